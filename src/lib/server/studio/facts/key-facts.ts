/**
 * An entity's key facts (entities.yaml `facts:`, listed on the who's who page), chosen in the
 * reader view from the topic's facts that name the entity. Only that entity's `facts` line
 * changes; the rest of entities.yaml stays byte-identical (yaml-edit.ts).
 */
import { m } from '../../../paraglide/messages.js';
import { evidenceOf, type Catalog } from '../../content/catalog';
import { folded } from '../../content/normalize';
import { readTopic } from './plan';
import type { SaveContext } from '../save';
import { saveEntityEdit } from './entity-edit';
import type { EntityOutcome } from './make-entity';

type Fact = Catalog['facts'][number];
type Entity = Catalog['entities'][number];

/**
 * Whether `fact` names `entity`: the entity is among its people or says it, or one of its
 * spellings appears (case and typography folded) in the statement, a quote or a place.
 */
export function namesEntity(fact: Fact, entity: Entity): boolean {
	if (fact.said_by === entity.id || fact.people?.some((p) => p.entity === entity.id)) return true;
	const spellings = [entity.name, ...entity.aliases.map((a) => a.text)].map(folded);
	const texts = [fact.statement, ...evidenceOf(fact).map((e) => e.quote), ...(fact.places ?? [])];
	return texts.some((t) => spellings.some((s) => s && folded(t).includes(s)));
}

export interface KeyFactChoice {
	id: string;
	name: string;
	/** The entity's key facts now, in their stored order. */
	chosen: string[];
	/** The topic's facts that name it (the ones offered), in catalogue order. */
	naming: { id: string; statement: string }[];
}

/** For each entity of `catalog` (sorted by name), its key facts and the facts it may choose from. */
export function keyFactChoices(catalog: Catalog): KeyFactChoice[] {
	return catalog.entities
		.map((e) => ({
			id: e.id,
			name: e.name,
			chosen: e.facts ?? [],
			naming: catalog.facts
				.filter((f) => namesEntity(f, e) || e.facts?.includes(f.id))
				.map((f) => ({ id: f.id, statement: f.statement }))
		}))
		.filter((e) => e.naming.length > 0)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Sets the key facts of entity `form.entity` to the ticked `form.key_fact` ids: those it had keep
 * their order (the who's who lists them so), newly ticked ones follow in catalogue order; none
 * ticked removes the `facts` field. `form.was` is the
 * list the page showed (comma-separated): when the entity's key facts changed on disk since,
 * the save is refused (409) so the other change is not overwritten unseen.
 * @returns the entity's id and the save's result, or a message (400/404/409), nothing written
 */
export async function setKeyFacts(
	context: SaveContext,
	topic: string,
	form: { entity?: string; key_fact: string[]; was?: string }
): Promise<EntityOutcome> {
	const onDisk = readTopic(context.root, topic);
	if (!onDisk) return { ok: false, status: 404, message: m.studio_topic_missing({ topic }) };
	const id = (form.entity ?? '').trim();
	const choice = keyFactChoices(onDisk.catalog).find((e) => e.id === id);
	if (!choice) return { ok: false, status: 400, message: m.key_facts_no_entity({ id }) };
	const offered = new Set(choice.naming.map((f) => f.id));
	const unknown = form.key_fact.find((f) => !offered.has(f));
	if (unknown) return { ok: false, status: 400, message: m.key_facts_not_naming({ id: unknown }) };
	if (form.was !== undefined && form.was !== choice.chosen.join(',')) {
		return { ok: false, status: 409, message: m.key_facts_changed({ name: choice.name }) };
	}
	const ticked = new Set(form.key_fact);
	const kept = choice.chosen.filter((f) => ticked.has(f));
	const added = choice.naming.map((f) => f.id).filter((f) => ticked.has(f) && !kept.includes(f));
	const facts = [...kept, ...added];
	const index = onDisk.catalog.entities.findIndex((e) => e.id === id);
	const at = ['entities', index, 'facts'];
	return saveEntityEdit(context, topic, id, m.key_facts_label({ id }), [
		facts.length ? { op: 'set', path: at, value: facts } : { op: 'delete', path: at }
	]);
}
