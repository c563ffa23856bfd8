/**
 * The deterministic question generator (PRODUCT.md §2): typed facts become items — a role →
 * "which person …", a month date → "fill the gap: in ___ …", a figure → "fill the gap: … ___ …"
 * — with distractors of the key's kind only (same group and type of role, same precision of
 * date, same unit of figure). Where there are too few such distractors, no question is made:
 * a question whose wrong options can be ruled out blind teaches nothing. Same catalog in, same
 * questions out: choices are ordered by a hash of ids, never by chance. Contested facts and
 * facts carried only by low-reliability copies are skipped, so every key rests on settled,
 * well-sourced evidence.
 */
import type { Catalog, CatalogQuestion } from '../catalog';
import { findCuePairs } from '../checks/check-cues';
import { unresolvedReferences } from '../checks/lint-references';
import { contentWords } from '../checks/tokens';
import { usable, type Generated } from './common';
import { dateQuestions } from './dates';
import { numberQuestions } from './numbers';
import { roleQuestions } from './roles';

export type { Generated } from './common';
export { roleKind, type RoleKind } from './roles';

/**
 * Generated questions for the catalog's typed facts, leaving out any whose stem cannot be read
 * alone (see `unresolvedReferences`), and any whose stem gives away, or is
 * given away by, a question already written (authored, or generated before it), and any that
 * nearly repeats one (see `findCuePairs`): a reader of the whole bank could answer one from the
 * other.
 * @param catalog the content without the previous generated bank, so the output never depends on itself
 */
export function generateQuestions(catalog: Catalog): Generated[] {
	const facts = [...catalog.facts]
		.filter((f) => usable(f, catalog))
		.sort((a, b) => a.id.localeCompare(b.id));
	// A stem made from a statement can lean on its context ("the talks"): such stems are not used.
	const candidates = [
		...roleQuestions(catalog, facts),
		...dateQuestions(facts),
		...numberQuestions(catalog, facts)
	]
		.filter((q) => unresolvedReferences(q.stem).length === 0)
		// One question per fact: the explanation quotes the fact, which would answer a second one.
		.filter((q, i, all) => all.findIndex((o) => o.supports[0] === q.supports[0]) === i);
	const written = catalog.questions.filter((q) => q.origin !== 'generated');
	const leaks = leaksOf(written);
	const all: CatalogQuestion[] = [
		...written,
		...candidates.map((q) => ({ ...q, bank: 'generated' }))
	];
	const order = new Map(all.map((q, i) => [q.id, i]));
	const dropped = new Set<string>();
	// Later candidates give way to earlier ones, and every candidate to the written questions.
	// What a student reads before answering counts here; explanations, read after, are left to
	// quiz assembly, which keeps such pairs apart, except inside the generated bank itself: a live
	// session plays a bank whole, so two generated questions must not cue each other at all.
	const generated = (id: string) => order.get(id)! >= written.length;
	const pairs = [
		...findCuePairs(all, ['stem', 'hint']),
		...findCuePairs(all, ['explanation']).filter((p) => generated(p.from) && generated(p.to))
	];
	for (const p of pairs.sort(
		(a, b) =>
			Math.max(order.get(a.from)!, order.get(a.to)!) -
			Math.max(order.get(b.from)!, order.get(b.to)!)
	)) {
		const [first, later] = [p.from, p.to].sort((x, y) => order.get(x)! - order.get(y)!);
		if (dropped.has(first!) || order.get(later!)! < written.length) continue;
		dropped.add(later!);
	}
	return candidates.filter((q) => !dropped.has(q.id) && !leaks(q.stem));
}

/**
 * A stem made from a fact's statement restates the fact, all but the blank: where a written
 * question asks about that fact, the stem can hand its reader that question's key without
 * quoting it whole ("…Maduro released ___ Americans who had been detained" answers "what quick
 * result did the visit deliver?"). Such a stem leaks when it holds two or more distinctive words
 * of a written key that the written stem itself does not hold.
 */
function leaksOf(written: CatalogQuestion[]): (stem: string) => boolean {
	const df = new Map<string, number>();
	for (const q of written) for (const w of contentWords(q.stem)) df.set(w, (df.get(w) ?? 0) + 1);
	const common = Math.max(10, Math.ceil(written.length * 0.08));
	const keys = written.map((q) => {
		const own = contentWords(q.stem);
		const key = q.options.find((o) => o.correct)?.text ?? '';
		return [...contentWords(key)].filter((w) => !own.has(w) && (df.get(w) ?? 0) <= common);
	});
	return (stem) => {
		const words = contentWords(stem);
		return keys.some((k) => k.filter((w) => words.has(w)).length >= 2);
	};
}
