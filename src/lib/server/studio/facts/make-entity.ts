/**
 * The new-entity post from a source's reader view: a person or organisation with its spellings
 * as this source writes them (each alias is checked to be in the source, as the validator does),
 * its group (side) and a summary of who it is, appended to the topic's entities.yaml.
 */
import { z } from 'zod';
import { m } from '../../../paraglide/messages.js';
import { EntitySchema, IdSchema } from '$lib/content/schema';
import { normalize } from '../../content/normalize';
import { slugOf } from './fact-id';
import { describeIssues } from './fact-form';
import { readTopic } from './plan';
import { saveOrDraft, type SaveContext, type SaveResult } from '../save';
import { ConflictError, readVersioned } from '../versioned-file';
import { editYaml } from '../yaml-edit';

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
	const spellings = [
		...new Set(
			f.aliases
				.split('\n')
				.map((a) => a.trim())
				.filter(Boolean)
		)
	];
	if (spellings.length === 0) spellings.push(f.name);
	const body = normalize(source.text);
	const missing = spellings.find((a) => !body.includes(normalize(a)));
	if (missing) {
		return {
			ok: false,
			status: 400,
			message: m.entity_spelling_missing({ missing })
		};
	}
	const entity = EntitySchema.safeParse({
		id,
		name: f.name,
		kind: f.kind,
		group: f.group,
		summary: f.summary,
		aliases: spellings.map((text) => ({ text, sources: [sourceId] }))
	});
	if (!entity.success) return { ok: false, status: 400, message: describeIssues(entity.error) };
	const path = `${topic}/entities.yaml`;
	const now = await readVersioned(context.root, path);
	const text = editYaml(now.text || NEW_ENTITY_FILE, [
		{ op: 'append', path: ['entities'], value: entity.data }
	]);
	try {
		const result = await saveOrDraft(
			{
				topic,
				label: `Add entity ${id}`,
				changes: [{ path, text, expected: now.version, opened: now.text }]
			},
			context
		);
		return { ok: true, id, result };
	} catch (error) {
		if (error instanceof ConflictError) {
			return { ok: false, status: 409, message: error.message, diff: error.diff };
		}
		throw error;
	}
}
