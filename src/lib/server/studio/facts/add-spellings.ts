/**
 * The reader view's "spellings of an entity already in the topic": the names this source uses
 * for an entity made from another source's page, each checked to be in this source (as the
 * validator does). A spelling the entity already has gains this source in its `sources`; a new
 * one is appended as an alias of this source. Only that entity's `aliases` lines change.
 */
import { m } from '../../../paraglide/messages.js';
import { readTopic } from './plan';
import type { SaveContext } from '../save';
import { saveEntityEdit, spellingsIn } from './entity-edit';
import type { EntityOutcome } from './make-entity';

type Alias = { text: string; sources: string[] };

/** `aliases` with each of `spellings` attested in `source` (pure; order kept, new ones last). */
export function withSpellings(aliases: Alias[], spellings: string[], source: string): Alias[] {
	const out = aliases.map((a) => ({ ...a, sources: [...a.sources] }));
	for (const text of spellings) {
		const known = out.find((a) => a.text === text);
		if (!known) out.push({ text, sources: [source] });
		else if (!known.sources.includes(source)) known.sources.push(source);
	}
	return out;
}

/**
 * Adds the spellings in `form.aliases` (one a line) from source `sourceId` to entity `form.entity`.
 * @returns the entity's id and the save's result, or a message (400/404/409) and nothing written
 */
export async function addSpellings(
	context: SaveContext,
	topic: string,
	sourceId: string,
	form: Record<string, string>
): Promise<EntityOutcome> {
	const onDisk = readTopic(context.root, topic);
	const source = onDisk?.catalog.sourceById.get(sourceId);
	if (!onDisk || !source) {
		return { ok: false, status: 404, message: m.spellings_no_source({ source: sourceId }) };
	}
	const id = (form.entity ?? '').trim();
	const entity = onDisk.catalog.entityById.get(id);
	if (!entity) return { ok: false, status: 400, message: m.spellings_choose_entity() };
	const read = spellingsIn(form.aliases ?? '', entity.name, source.text);
	if ('missing' in read) {
		return {
			ok: false,
			status: 400,
			message: m.spellings_not_in_source({ missing: read.missing })
		};
	}
	const index = onDisk.catalog.entities.findIndex((e) => e.id === id);
	const aliases = withSpellings(entity.aliases, read.spellings, sourceId);
	return saveEntityEdit(context, topic, id, m.spellings_label({ id }), [
		{ op: 'set', path: ['entities', index, 'aliases'], value: aliases }
	]);
}
