/**
 * A distractor from another side of the story is a giveaway: asked which person was Colombia's
 * leader, a student rules out every option who is not Colombian without knowing the answer.
 * When a question's key names an entity, each distractor that names one too must be of the
 * same `group` (entities.yaml), or this warns (rule `distractor-group`).
 *
 * An option names an entity when its whole text is the entity's name or one of its aliases
 * (normalised, case-insensitive), or, for a `contradicted` distractor, when it contains the
 * name or an alias of a person or organisation of the fact that rules it out.
 */
import type { Entity } from '../../../content/schema';
import type { Indexed } from '../catalog';
import { folded } from '../normalize';
import type { Problems } from '../problems';

const fold = folded;

/** Name or alias → entity; a spelling two entities share names neither. */
function entityIndex(entities: Entity[]): Map<string, Entity> {
	const index = new Map<string, Entity>();
	const shared = new Set<string>();
	for (const e of entities) {
		for (const name of new Set([e.name, ...e.aliases.map((a) => a.text)].map(fold))) {
			const other = index.get(name);
			if (other && other.id !== e.id) shared.add(name);
			else index.set(name, e);
		}
	}
	for (const name of shared) index.delete(name);
	return index;
}

const namesOf = (e: Entity) => [e.name, ...e.aliases.map((a) => a.text)].map(fold);

function containsWords(text: string, name: string): boolean {
	const i = text.indexOf(name);
	if (i < 0) return false;
	const before = text[i - 1];
	const after = text[i + name.length];
	const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
	return edge(before) && edge(after);
}

export function checkDistractorGroups(ix: Indexed, problems: Problems) {
	const { catalog, where } = ix;
	const byName = entityIndex(catalog.entities);
	for (const q of catalog.questions) {
		const key = q.options.find((o) => o.correct);
		const keyEntity = key && byName.get(fold(key.text));
		if (!keyEntity) continue;
		const w = where.question.get(q.id)!;
		q.options.forEach((o, i) => {
			if (o.correct) return;
			const text = fold(o.text);
			let entity = byName.get(text);
			if (!entity && o.why_wrong === 'contradicted' && o.fact) {
				const people = catalog.factById.get(o.fact)?.people ?? [];
				entity = people
					.map((p) => catalog.entityById.get(p.entity))
					.find((e) => e && namesOf(e).some((n) => containsWords(text, n)));
			}
			if (!entity || entity.group === keyEntity.group) return;
			problems.add(
				'warning',
				w.yaml.locate([...w.path, 'options', i, 'text']),
				'distractor-group',
				`distractor "${o.text}" (${entity.group}) is not of the key's group ("${key!.text}": ${keyEntity.group}): a student can rule it out without knowing the answer; choose a distractor from ${keyEntity.group}`
			);
		});
	}
}
