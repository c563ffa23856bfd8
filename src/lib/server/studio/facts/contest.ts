/**
 * Marking a fact contested from the reader view: the selected passage becomes a new competing
 * version (its own `says`, label and quote) of fact X. When X is not yet contested, its current
 * `evidence` becomes the first version (saying X's statement) and `evidence` is removed, since
 * the schema allows a fact either `evidence` or `contested`, never both; `contested` then needs
 * a `kind` and a `note` (ContestedSchema).
 */
import { evidenceOf } from '../../content/catalog';
import { z } from 'zod';
import { m } from '../../../paraglide/messages.js';
import {
	ConflictKindSchema,
	ContestedSchema,
	FactSchema,
	PartialDateSchema,
	VersionSchema,
	type Fact
} from '$lib/content/schema';
import { describeIssues } from './fact-form';
import { whereIsFact, type TopicOnDisk } from './plan';
import { readVersioned, type FileChange } from '../versioned-file';
import { editYaml } from '../yaml-edit';

const optionalText = z
	.string()
	.optional()
	.transform((s) => s?.trim() || undefined);

/** The version fields of the make-a-fact form (mode `version`). */
export const VersionFormSchema = z.object({
	version_of: optionalText,
	version_says: optionalText,
	version_label: optionalText,
	version_as_of: optionalText.pipe(PartialDateSchema.optional()),
	/** Only read when the fact is not yet contested. */
	contest_kind: optionalText.pipe(ConflictKindSchema.optional()),
	contest_note: optionalText,
	first_label: optionalText,
	/** What the first version says (default: the fact's statement) and its date, if any. */
	first_says: optionalText,
	first_as_of: optionalText.pipe(PartialDateSchema.optional())
});

export type VersionForm = z.infer<typeof VersionFormSchema>;

type Evidence = { source: string; quote: string };

/**
 * The fact `fact` with `evidence` added as a new competing version.
 * @param defaultLabel label for a version when the form leaves it empty (source id → its name)
 * @returns the contested fact, or a message for the author (a 400)
 */
export function contestedWith(
	fact: Fact,
	form: VersionForm,
	evidence: Evidence,
	defaultLabel: (source: string) => string
): { fact: Fact } | { error: string } {
	const version = VersionSchema.safeParse({
		label: form.version_label ?? defaultLabel(evidence.source),
		says: form.version_says ?? '',
		...(form.version_as_of && { as_of: form.version_as_of }),
		evidence: [evidence]
	});
	if (!version.success) return { error: describeIssues(version.error, 'version_') };
	if (evidenceOf(fact).some((e) => e.source === evidence.source && e.quote === evidence.quote)) {
		return { error: m.fact_has_quote({ id: fact.id }) };
	}
	let contested;
	if (fact.contested) {
		contested = { ...fact.contested, versions: [...fact.contested.versions, version.data] };
	} else {
		const first = {
			label: form.first_label ?? defaultLabel(fact.evidence![0]!.source),
			says: form.first_says ?? fact.statement,
			...(form.first_as_of && { as_of: form.first_as_of }),
			evidence: fact.evidence!
		};
		const parsed = ContestedSchema.safeParse({
			kind: form.contest_kind ?? '',
			note: form.contest_note ?? '',
			versions: [first, version.data]
		});
		if (!parsed.success) return { error: describeIssues(parsed.error, 'contest_') };
		contested = parsed.data;
	}
	const { evidence: _dropped, ...rest } = fact;
	void _dropped;
	const parsed = FactSchema.safeParse({ ...rest, contested });
	return parsed.success ? { fact: parsed.data } : { error: describeIssues(parsed.error) };
}

/**
 * The change that adds `evidence` as a competing version of fact `factId`: an append to its
 * `contested.versions` when it is already contested (other lines untouched), else the fact's own
 * `evidence` field replaced by `contested` in the same place (its other fields untouched).
 * @returns the change, or a message for the author
 */
export async function planVersion(
	root: string,
	topic: TopicOnDisk & { id: string },
	factId: string,
	form: VersionForm,
	evidence: Evidence
): Promise<FileChange | { error: string }> {
	const fact = topic.catalog.factById.get(factId);
	const where = whereIsFact(topic.files, factId);
	if (!fact || !where) return { error: m.fact_not_found({ id: factId }) };
	const label = (id: string) => {
		const s = topic.catalog.sourceById.get(id);
		return s?.name ?? s?.title ?? id;
	};
	const made = contestedWith(fact, form, evidence, label);
	if ('error' in made) return made;
	const path = `${topic.id}/${where.file}`;
	const now = await readVersioned(root, path);
	const at = ['facts', where.index];
	const text = fact.contested
		? editYaml(now.text, [
				{
					op: 'append',
					path: [...at, 'contested', 'versions'],
					value: made.fact.contested!.versions.at(-1)
				}
			])
		: editYaml(now.text, [
				{ op: 'replace', path: [...at, 'evidence'], key: 'contested', value: made.fact.contested }
			]);
	return { path, text, expected: now.version, opened: now.text };
}
