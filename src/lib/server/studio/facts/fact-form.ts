/**
 * The make-a-fact form, read with zod: where the quote is (offsets or ticked sentences, with the
 * body hash), and what the author wrote (statement, id, topics, optional typed fields). Turns a
 * valid post into a schema-valid Fact; every problem is a message for a 400.
 */
import { z } from 'zod';
import { m } from '../../../paraglide/messages.js';
import {
	FactSchema,
	IdSchema,
	PartialDateSchema,
	precisionOf,
	type Fact
} from '$lib/content/schema';

const optionalText = z
	.string()
	.optional()
	.transform((s) => s?.trim() || undefined);
/** A number typed in figures ("15000000", "2.5"), or undefined when the field is empty. */
const numberField = (check: (n: number) => boolean, message: () => string) =>
	optionalText.transform((s, ctx) => {
		if (s === undefined) return undefined;
		const n = Number(s);
		if (Number.isFinite(n) && check(n)) return n;
		ctx.addIssue({ code: 'custom', message: message() });
		return z.NEVER;
	});
const optionalNumber = numberField(() => true, m.field_number_figures);
const offset = numberField((n) => Number.isInteger(n) && n >= 0, m.field_selection_cut);

export const SelectionSchema = z.object({
	source: IdSchema,
	hash: z.string().regex(/^sha256-[0-9a-f]{64}$/, { error: () => m.field_page_cut() }),
	start: offset,
	end: offset,
	/** Ticked sentence indexes (the sentence list), when no offsets were sent. */
	sentence: z.array(z.coerce.number().int().nonnegative()).default([])
});

export type Selection = z.infer<typeof SelectionSchema>;

export const FactFormSchema = z.object({
	/**
	 * `new`: make a fact. `add`: add the quote to the fact `add_to` (a second source).
	 * `version`: add the quote as a competing version of the fact `version_of` (contest.ts).
	 */
	mode: z.enum(['new', 'add', 'version']).default('new'),
	add_to: optionalText,
	id: optionalText,
	statement: optionalText,
	/** Ticked tags labelled in topic.yaml; typed ids; new tags with their labels (tags.ts). */
	tag: z.array(z.string().trim()).default([]),
	topics: optionalText,
	new_tag: z.array(z.string()).default([]),
	new_tag_label: z.array(z.string()).default([]),
	file: optionalText.pipe(IdSchema.optional()),
	date_value: optionalText.pipe(PartialDateSchema.optional()),
	date_event: optionalText,
	number_value: optionalNumber,
	number_max: optionalNumber,
	number_unit: optionalText,
	number_approximate: optionalText,
	said_by: optionalText,
	/** Places the fact happens in, comma-separated as the text names them ("Halley, Weddell Sea"). */
	places: optionalText,
	/** `sources`: the fact is about an article itself, not what happened (left off the timeline). */
	about: z.enum(['events', 'sources']).default('events'),
	/** Set when the author confirms a second fact from a passage another fact quotes. */
	same_passage: optionalText,
	person_entity: z.array(z.string().trim()).default([]),
	person_role: z.array(z.string().trim()).default([])
});

export type FactForm = z.infer<typeof FactFormSchema>;

/** Every field of `form`, repeated keys (sentence, person_*, tag, new_tag*) as arrays. */
export function formObject(form: FormData): Record<string, string | string[]> {
	const repeated = new Set([
		'sentence',
		'person_entity',
		'person_role',
		'tag',
		'new_tag',
		'new_tag_label'
	]);
	const out: Record<string, string | string[]> = {};
	for (const [key, value] of form) {
		if (typeof value !== 'string') continue;
		if (repeated.has(key)) ((out[key] ??= []) as string[]).push(value);
		else if (!(key in out)) out[key] = value;
	}
	return out;
}

/** The studio forms' field names as their labels say them, so a message names what the author sees. */
const LABELS: Record<string, () => string> = {
	statement: m.fact_label_statement,
	topics: m.fact_label_topics,
	tag: m.fact_label_topics,
	new_tag: m.fact_label_new_tag,
	new_tag_label: m.fact_label_new_tag_label,
	id: m.fact_label_id,
	file: m.fact_label_file,
	date_value: m.fact_label_date,
	date_event: m.fact_label_event,
	date: m.fact_label_date,
	number_value: m.fact_label_number,
	number_max: m.fact_label_number_max,
	number_unit: m.fact_label_unit,
	said_by: m.fact_label_said_by,
	add_to: m.fact_label_add_to,
	version_of: m.fact_label_version_of,
	version_says: m.fact_label_version_says,
	version_label: m.fact_label_version_label,
	version_as_of: m.fact_label_as_of,
	first_label: m.fact_label_first_label,
	contest_kind: m.fact_label_contest_kind,
	contest_note: m.fact_label_contest_note,
	name: m.entity_label_name,
	aliases: m.entity_label_aliases,
	kind: m.entity_label_kind,
	group: m.entity_label_group,
	summary: m.entity_label_summary,
	people: m.fact_people_legend,
	number: m.fact_label_number,
	places: m.fact_label_places,
	first_says: m.fact_label_first_says,
	first_as_of: m.fact_label_first_as_of
};

/** The label of form field `name` ("new_tag" → "New tag" when no label is listed). */
export function fieldLabel(name: string): string {
	const label = LABELS[name]?.() ?? name.replace(/_/g, ' ');
	return label[0]!.toUpperCase() + label.slice(1);
}

/**
 * Every zod issue as a sentence naming its field by its label ("Statement: must not be empty."),
 * so an author fixes all of them in one round. `prefix` is the form's name for the schema's fields
 * (a version's `says` is the form's `version_says`).
 */
export function describeIssues(error: z.ZodError, prefix = ''): string {
	const seen = new Set<string>();
	for (const issue of error.issues) {
		const name = issue.path.length ? String(issue.path[0]) : '';
		const field = name ? fieldLabel(`${prefix}${name}`) : '';
		// the schema's own messages may open with the field's name ("statement must not be empty")
		const own = name && issue.message.startsWith(`${name} `);
		const message = (own ? issue.message.slice(name.length + 1) : issue.message).replace(
			/[.]?$/,
			'.'
		);
		seen.add(field ? `${field}: ${message}` : message[0]!.toUpperCase() + message.slice(1));
	}
	return [...seen].join(' ');
}

/**
 * The fact the form describes, with `evidence` as its one quote.
 * @returns the fact, or a message for the author (a 400)
 */
export function factFrom(
	form: FactForm,
	evidence: { source: string; quote: string }
): { fact: Fact } | { error: string } {
	const topics = (form.topics ?? '').split(/[\s,]+/).filter(Boolean);
	const people = form.person_entity
		.map((entity, i) => ({ entity, role: form.person_role[i] || undefined }))
		.filter((p) => p.entity)
		.map((p) => (p.role ? p : { entity: p.entity }));
	const places = (form.places ?? '')
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean);
	const draft = {
		id: form.id ?? '',
		statement: form.statement ?? '',
		topics,
		evidence: [evidence],
		...(people.length && { people }),
		...(form.date_value && {
			date: {
				value: form.date_value,
				precision: precisionOf(form.date_value),
				...(form.date_event && { event: form.date_event })
			}
		}),
		...(form.number_value !== undefined && {
			number: {
				value: form.number_value,
				...(form.number_max !== undefined && { max: form.number_max }),
				unit: form.number_unit ?? '',
				...(form.number_approximate && { approximate: true })
			}
		}),
		...(places.length && { places }),
		...(form.about === 'sources' && { about: 'sources' as const }),
		...(form.said_by && { said_by: form.said_by })
	};
	const parsed = FactSchema.safeParse(draft);
	return parsed.success ? { fact: parsed.data } : { error: describeIssues(parsed.error) };
}
