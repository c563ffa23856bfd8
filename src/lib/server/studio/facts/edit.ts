/**
 * Editing a fact from the reader view: its statement, tags and typed fields (date, number, who
 * said it, people). Its quotes are not edited here: a quote is the source's own words, so changing
 * it means selecting the passage again. Each changed field is one YAML edit (set, or delete when
 * emptied), so the file's other lines stay as they are. A fact changed by someone else since the
 * author opened it is refused (its fingerprint, `factVersion`, no longer matches).
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { FactSchema, precisionOf } from '$lib/content/schema';
import { m } from '../../../paraglide/messages.js';
import { describeIssues, type FactForm } from './fact-form';
import { planTagLabels, resolveTags, topicTags } from './tags';
import type { TopicOnDisk } from './plan';
import { readVersioned, type FileChange } from '../versioned-file';
import { editYaml, type YamlEdit } from '../yaml-edit';

/** The fields this form edits, in the order they are written when added. */
const EDITED = ['statement', 'topics', 'date', 'number', 'people', 'said_by'] as const;

type RawFact = Record<string, unknown> & { id?: unknown };

/** A fingerprint of a fact as stored (its YAML value), to notice a change made meanwhile. */
export function factVersion(fact: unknown): string {
	return createHash('sha256').update(JSON.stringify(fact)).digest('hex').slice(0, 16);
}

/** The stored facts of a facts file's text, or []. */
export function storedFacts(text: string): RawFact[] {
	const facts = (parseDocument(text).toJS() as { facts?: unknown } | null)?.facts;
	return Array.isArray(facts) ? (facts as RawFact[]) : [];
}

/** The fact's fields as the form posts them, applied to the stored fact. */
function edited(raw: RawFact, f: FactForm, topics: string[]): RawFact {
	const oldDate = raw.date as { same_as?: string } | undefined;
	const people = f.person_entity
		.map((entity, i) => ({ entity, role: f.person_role[i] || undefined }))
		.filter((p) => p.entity)
		.map((p) => (p.role ? p : { entity: p.entity }));
	return {
		...raw,
		statement: f.statement ?? '',
		topics,
		date: f.date_value
			? {
					value: f.date_value,
					precision: precisionOf(f.date_value),
					...(f.date_event && { event: f.date_event }),
					...(oldDate?.same_as && { same_as: oldDate.same_as })
				}
			: undefined,
		number:
			f.number_value !== undefined
				? {
						value: f.number_value,
						...(f.number_max !== undefined && { max: f.number_max }),
						unit: f.number_unit ?? '',
						...(f.number_approximate && { approximate: true })
					}
				: undefined,
		people: people.length ? people : undefined,
		said_by: f.said_by
	};
}

export type EditPlan =
	{ ok: true; changes: FileChange[] } | { ok: false; status: 400 | 404 | 409; message: string };

/**
 * The changes that give fact `factId` the fields of `form` (plus topic.yaml when a new tag is
 * labelled), or why not.
 * @param opened the fact's `factVersion` when the author opened the form
 */
export async function planEdit(
	root: string,
	topic: TopicOnDisk & { id: string },
	factId: string,
	form: FactForm,
	opened: string
): Promise<EditPlan> {
	const file = Object.keys(topic.files).find(
		(f) => f.startsWith('facts/') && storedFacts(topic.files[f]!).some((x) => x.id === factId)
	);
	if (!file) return { ok: false, status: 404, message: m.fact_not_found({ id: factId }) };
	const path = `${topic.id}/${file}`;
	const now = await readVersioned(root, path);
	const facts = storedFacts(now.text);
	const index = facts.findIndex((x) => x.id === factId);
	if (index < 0) return { ok: false, status: 404, message: m.fact_not_found({ id: factId }) };
	const raw = facts[index]!;
	if (factVersion(raw) !== opened)
		return { ok: false, status: 409, message: m.fact_changed_meanwhile() };
	const tags = resolveTags(form, topicTags(topic.files));
	if ('error' in tags) return { ok: false, status: 400, message: tags.error };
	const next = edited(raw, form, tags.topics);
	const parsed = FactSchema.safeParse(
		Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined))
	);
	if (!parsed.success) return { ok: false, status: 400, message: describeIssues(parsed.error) };
	const edits: YamlEdit[] = EDITED.filter((k) => !isDeepStrictEqual(raw[k], next[k])).map((k) =>
		next[k] === undefined
			? { op: 'delete', path: ['facts', index, k] }
			: { op: 'set', path: ['facts', index, k], value: next[k] }
	);
	if (edits.length === 0) return { ok: true, changes: [] };
	const changes: FileChange[] = [
		{ path, text: editYaml(now.text, edits), expected: now.version, opened: now.text }
	];
	const labels = await planTagLabels(root, topic.id, tags.added);
	return { ok: true, changes: labels ? [...changes, labels] : changes };
}
