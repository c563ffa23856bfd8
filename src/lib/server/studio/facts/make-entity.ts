/**
 * The new-entity post from a source's reader view: a person or organisation with its spellings
 * as this source writes them (each alias is checked to be in the source, as the validator does),
 * its group (side) and a summary of who it is, appended to the topic's entities.yaml.
 */
import { z } from 'zod';
import { m } from '../../../paraglide/messages.js';
import { EntitySchema, IdSchema } from '$lib/content/schema';
import { saveEntityEdit, spellingsIn } from './entity-edit';
import { slugOf } from './fact-id';
import { describeIssues } from './fact-form';
import { readTopic } from './plan';
import type { SaveContext, SaveResult } from '../save';

const Form = z.object({
	id: z
		.string()
		.optional()
		.transform((s) => s?.trim() || undefined)
		.pipe(IdSchema.optional()),
	name: z
		.string()
		.trim()
		.min(1, { error: () => m.entity_name_missing() }),
	kind: z.enum(['person', 'organisation', 'country', 'place']),
	group: z
		.string()
		.trim()
		.min(1, { error: () => m.entity_group_missing() }),
	summary: z
		.string()
		.trim()
		.min(1, { error: () => m.entity_summary_missing() }),
	aliases: z.string().default('')
});

export type EntityOutcome =
	| { ok: true; id: string; result: SaveResult }
	| { ok: false; status: 400 | 404 | 409; message: string; diff?: string };

const NEW_ENTITY_FILE =
	'# yaml-language-server: $schema=../.schema/entity-file.json\nentities: []\n';

/** Creates the entity `form` describes, its aliases attested in source `sourceId`. */
export async function makeEntity(
	context: SaveContext,
	topic: string,
	sourceId: string,
	form: Record<string, string>
): Promise<EntityOutcome> {
	const parsed = Form.safeParse(form);
	if (!parsed.success) return { ok: false, status: 400, message: describeIssues(parsed.error) };
	const f = parsed.data;
	const onDisk = readTopic(context.root, topic);
	const source = onDisk?.catalog.sourceById.get(sourceId);
	if (!onDisk || !source) {
		return { ok: false, status: 404, message: m.fact_source_missing({ id: sourceId }) };
	}
	const id = f.id ?? slugOf(f.name);
	if (onDisk.catalog.entityById.has(id)) {
		return {
			ok: false,
			status: 400,
			message: m.entity_taken({ id })
		};
	}
	const read = spellingsIn(f.aliases, f.name, source.text);
	if ('missing' in read) {
		return {
			ok: false,
			status: 400,
			message: m.entity_spelling_missing({ missing: read.missing })
		};
	}
	const spellings = read.spellings;
	const entity = EntitySchema.safeParse({
		id,
		name: f.name,
		kind: f.kind,
		group: f.group,
		summary: f.summary,
		aliases: spellings.map((text) => ({ text, sources: [sourceId] }))
	});
	if (!entity.success) return { ok: false, status: 400, message: describeIssues(entity.error) };
	return saveEntityEdit(
		context,
		topic,
		id,
		m.entity_add_label({ id }),
		[{ op: 'append', path: ['entities'], value: entity.data }],
		NEW_ENTITY_FILE
	);
}
