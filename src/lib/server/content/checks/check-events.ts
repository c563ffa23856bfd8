/**
 * `date.same_as` joins two facts into one timeline entry, so it must name another dated fact
 * with the same date, which is itself the main entry (no chains or loops to follow).
 */
import type { Indexed } from '../catalog';
import type { Problems } from '../problems';

export function checkEvents(ix: Indexed, problems: Problems) {
	for (const f of ix.catalog.facts) {
		const target = f.date?.same_as;
		if (!target) continue;
		const w = ix.where.fact.get(f.id)!;
		const other = ix.catalog.factById.get(target);
		const problem = (message: string) =>
			problems.add('error', w.yaml.locate([...w.path, 'date', 'same_as']), 'same-event', message);
		if (!other) {
			if (!ix.broken.has(target)) problem(`no fact has the id "${target}"`);
		} else if (other.id === f.id) problem('a fact cannot be the same event as itself');
		else if (other.date?.value !== f.date!.value)
			problem(
				`"${target}" is dated ${other.date?.value ?? 'nothing'}, not ${f.date!.value}: the same event has one date`
			);
		else if (other.date.same_as)
			problem(
				`"${target}" itself points at "${other.date.same_as}": point at that main entry instead`
			);
	}
}
