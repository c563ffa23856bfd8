/**
 * The reader view's side of editing and deleting a fact: the fact as the edit form shows it, and
 * a planned change saved through saveOrDraft with every refusal turned into a status and a
 * message (a conflict on disk: 409; a change that would break validation: 422, kept as a draft).
 */
import { m } from '../../../paraglide/messages.js';
import { factVersion, storedFacts } from './edit';
import type { TopicOnDisk } from './plan';
import type { SourceView } from './source-view';
import { saveOrDraft, type SaveContext } from '../save';
import { ConflictError, type FileChange } from '../versioned-file';

/** What the edit form's fields hold: the stored fact, or what the author posted when refused. */
export interface EditValues {
	id: string;
	/** factVersion of the fact as first shown, posted back to notice a change made meanwhile. */
	version: string;
	statement: string;
	tags: string[];
	date_value: string;
	date_event: string;
	number_value: string;
	number_max: string;
	number_unit: string;
	number_approximate: boolean;
	said_by: string;
	people: { entity: string; role: string }[];
}

/** Fact `id` of this source's made facts, for the edit form; null when it is not one of them. */
export function editedFact(
	onDisk: TopicOnDisk,
	view: SourceView,
	id: string | null
): EditValues | null {
	if (!id || !view.made.some((f) => f.id === id)) return null;
	const fact = onDisk.catalog.factById.get(id);
	const raw = Object.entries(onDisk.files)
		.filter(([file]) => file.startsWith('facts/'))
		.flatMap(([, text]) => storedFacts(text))
		.find((f) => f.id === id);
	if (!fact || !raw) return null;
	const n = (x: number | undefined) => (x === undefined ? '' : String(x));
	return {
		id,
		version: factVersion(raw),
		statement: fact.statement,
		tags: fact.topics,
		date_value: fact.date?.value ?? '',
		date_event: fact.date?.event ?? '',
		number_value: n(fact.number?.value),
		number_max: n(fact.number?.max),
		number_unit: fact.number?.unit ?? '',
		number_approximate: fact.number?.approximate ?? false,
		said_by: fact.said_by ?? '',
		people: (fact.people ?? []).map((p) => ({ entity: p.entity, role: p.role ?? '' }))
	};
}

/** The edit form's fields as the author posted them (formObject), to show again on a refusal. */
export function postedValues(raw: Record<string, string | string[]>): EditValues {
	const one = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
	const many = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as string[]) : []);
	const roles = many('person_role');
	return {
		id: one('fact'),
		version: one('version'),
		statement: one('statement'),
		tags: many('tag'),
		date_value: one('date_value'),
		date_event: one('date_event'),
		number_value: one('number_value'),
		number_max: one('number_max'),
		number_unit: one('number_unit'),
		number_approximate: one('number_approximate') !== '',
		said_by: one('said_by'),
		people: many('person_entity').map((entity, i) => ({ entity, role: roles[i] ?? '' }))
	};
}

export type Saved = { ok: true } | { ok: false; status: 409 | 422; message: string };

/** Saves `changes` (none: nothing to do) under `label`, the refusals as messages. */
export async function saveFactChange(
	context: SaveContext,
	topic: string,
	label: string,
	changes: FileChange[]
): Promise<Saved> {
	if (changes.length === 0) return { ok: true };
	try {
		const result = await saveOrDraft({ topic, label, changes }, context);
		if (result.status === 'saved') return { ok: true };
		const first = result.errors[0]?.message ?? '';
		return {
			ok: false,
			status: 422,
			message: m.fact_change_kept_as_draft({ draft: result.draft.id, error: first })
		};
	} catch (error) {
		if (error instanceof ConflictError)
			return { ok: false, status: 409, message: m.fact_changed_meanwhile() };
		throw error;
	}
}
