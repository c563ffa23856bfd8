/**
 * Convergence cue (blind readings, issue 11 item 6): when options are built from parts
 * ("rising; nobody could say exactly"), a test-wise student picks the option whose parts recur
 * most often in the others, because writers build distractors by varying one part of the key.
 * Only a perfectly balanced design (e.g. 2×2: every value of each part equally often) hides it.
 */
import type { CatalogQuestion } from '../catalog';
import { folded } from '../normalize';
import { splitWords } from './tokens';

/** Where options split into parts: the joins writers use to build two-part options. */
const JOINS = /;|,|\s+and\s+|\s+[—–-]\s+|\s+but\s+|\s+while\s+/i;

/** An option's text folded (see `folded`), and that split into words (`splitWords`). */
export interface OptionWords {
	folded: string;
	words: string[];
}

/** `OptionWords` of an option's text: the lints of one question fold and split each option once. */
export function optionWords(text: string): OptionWords {
	const f = folded(text);
	return { folded: f, words: splitWords(f) };
}

/** An option's parts, normalised: lower case, no quote marks, edge punctuation or articles. */
export function optionParts(text: string, foldedText = folded(text)): string[] {
	const parts = foldedText
		.split(JOINS)
		.map((p) =>
			p
				.replace(/["'()]/g, '')
				.replace(/[.!?:]+$/, '')
				.replace(/^(the|a|an)\s+/, '')
				.trim()
		)
		.filter((p) => p.length > 0);
	return [...new Set(parts)];
}

export interface Convergence {
	/** Index of the key among the options. */
	key: number;
	/** Each part of the key that other options repeat, with those options' indexes. */
	shared: { part: string; with: number[] }[];
}

const FILLER = new Set([
	'the',
	'and',
	'for',
	'its',
	'was',
	'had',
	'has',
	'have',
	'with',
	'from',
	'that',
	'this',
	'are',
	'were',
	'been',
	'who',
	'which',
	'but',
	'into',
	'than',
	'his',
	'her',
	'their',
	'they'
]);

/**
 * The frame: words every option has. Options are a few words each, so a scan of their word
 * lists costs less than a set per option (this runs for every question of every bank).
 */
function frameOf(words: OptionWords[]): Set<string> {
	const frame = new Set<string>();
	const [first, ...rest] = words;
	for (const w of first?.words ?? []) {
		if (!frame.has(w) && rest.every((o) => o.words.includes(w))) frame.add(w);
	}
	return frame;
}

/** Content words of a part, minus the frame every option repeats (which cues nothing). */
function content(part: string, frame: Set<string>): Set<string> {
	return new Set(splitWords(part).filter((w) => w.length >= 3 && !FILLER.has(w) && !frame.has(w)));
}

/**
 * Two parts say the same thing when, beyond the common frame, one's words are all in the
 * other's ("called primaries" in "already called primaries to pick a challenger") or they
 * share most words: writers vary a part slightly, and readers still see it repeated.
 */
function same(a: Set<string>, b: Set<string>): boolean {
	if (a.size === 0 || b.size === 0) return false;
	let both = 0;
	for (const w of a) if (b.has(w)) both++;
	return both === Math.min(a.size, b.size) || both / (a.size + b.size - both) >= 0.5;
}

/**
 * The key's convergence, if it is the centre of the options: it shares parts with more
 * distractors, or more shared parts in total, than any distractor does. Null otherwise,
 * and for single-part keys (nothing to converge on).
 */
export function keyConvergence(
	q: Pick<CatalogQuestion, 'options'>,
	words: OptionWords[] = q.options.map((o) => optionWords(o.text))
): Convergence | null {
	const key = q.options.findIndex((o) => o.correct);
	if (key < 0 || q.options.length < 3) return null;
	const frame = frameOf(words);
	// A single-part key without a common frame has nothing to converge on. That is most keys,
	// so a key with no join is turned away before anything is split into parts.
	if (frame.size < 2 && !JOINS.test(words[key]!.folded)) return null;
	const keyParts = optionParts(q.options[key]!.text, words[key]!.folded);
	let parts: Set<string>[][];
	let texts: string[][];
	if (keyParts.length >= 2) {
		texts = q.options.map((o, i) => (i === key ? keyParts : optionParts(o.text, words[i]!.folded)));
		parts = texts.map((ps) => ps.map((p) => content(p, frame)));
	} else if (frame.size >= 2) {
		// Options with no join ("A Republican win could end the talks") still vary word by word
		// around a common frame: then each word beyond the frame is a part (its own content).
		texts = words.map((o) =>
			o.words.filter((w) => w.length >= 3 && !FILLER.has(w) && !frame.has(w))
		);
		if (texts[key]!.length < 2) return null;
		parts = texts.map((ps) => ps.map((w) => new Set([w])));
	} else return null;
	/** For each part of option i, the other options that repeat it. */
	const repeats = (i: number) =>
		parts[i]!.map((p) =>
			parts.flatMap((other, j) => (j !== i && other.some((o) => same(p, o)) ? [j] : []))
		);
	const score = (r: number[][]) => {
		const partners = new Set<number>();
		let total = 0;
		for (const js of r) {
			for (const j of js) partners.add(j);
			total += js.length;
		}
		return { partners: partners.size, total };
	};
	const keyRepeats = repeats(key);
	const k = score(keyRepeats);
	if (k.partners === 0) return null;
	let maxPartners = 0;
	let maxTotal = 0;
	for (let i = 0; i < q.options.length; i++) {
		if (i === key) continue;
		const s = score(repeats(i));
		maxPartners = Math.max(maxPartners, s.partners);
		maxTotal = Math.max(maxTotal, s.total);
		// Some distractors already match the key on both counts: it is not the centre.
		if (k.partners <= maxPartners && k.total <= maxTotal) return null;
	}
	// Parts repeated by the same options are named together ("end chance diplomatic solution").
	const shared: Convergence['shared'] = [];
	keyRepeats.forEach((js, n) => {
		if (js.length === 0) return;
		const same = shared.find((s) => s.with.join() === js.join());
		if (same) same.part += ` ${texts[key]![n]!}`;
		else shared.push({ part: texts[key]![n]!, with: js });
	});
	return { key, shared };
}

/** "the key shares 'x' with B and 'y' with C and D": options lettered as students see them. */
export function describeConvergence(c: Convergence): string {
	const letter = (i: number) => String.fromCharCode(65 + i);
	const list = (xs: string[]) =>
		xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
	return `the key shares ${list(c.shared.map((s) => `'${s.part}' with ${list(s.with.map(letter))}`))}: a test-wise student picks the option at the centre; balance the parts so each value appears equally often, or use single-part options`;
}
