/**
 * Every id an item names must resolve. References to items that failed their own shape check
 * are skipped: that item already has an error, and a second one would only add noise.
 */
import type { Indexed, Located } from '../catalog';
import type { Problems } from '../problems';
import type { Path } from '../yaml/yaml-file';

export function checkReferences(ix: Indexed, problems: Problems) {
	const { catalog, where, broken, unreadable } = ix;
	const known = {
		source: catalog.sourceById,
		entity: catalog.entityById,
		fact: catalog.factById,
		question: catalog.questionById
	};
	// Most references resolve: the path to point at is built only for one that does not.
	const expect = (
		kind: 'source' | 'entity' | 'fact' | 'question',
		id: string,
		yaml: Located['yaml'],
		path: () => Path
	) => {
		const ids = known[kind];
		if (ids.has(id) || broken.has(id) || unreadable.has(kind)) return;
		problems.add(
			'error',
			yaml.locate(path()),
			'unknown-reference',
			`no ${kind} has the id "${id}"${suggest(id, [...ids.keys()])}`
		);
	};

	for (const s of catalog.sources) {
		const w = where.source.get(s.id)!;
		if (s.origin.of) expect('source', s.origin.of, w.yaml, () => ['origin', 'of']);
	}
	for (const e of catalog.entities) {
		const w = where.entity.get(e.id)!;
		e.aliases.forEach((a, i) =>
			a.sources.forEach((s, j) =>
				expect('source', s, w.yaml, () => [...w.path, 'aliases', i, 'sources', j])
			)
		);
		e.facts?.forEach((f, i) => expect('fact', f, w.yaml, () => [...w.path, 'facts', i]));
	}
	for (const f of catalog.facts) {
		const w = where.fact.get(f.id)!;
		const at =
			(...p: Path) =>
			() => [...w.path, ...p];
		f.evidence?.forEach((e, i) => expect('source', e.source, w.yaml, at('evidence', i, 'source')));
		f.contested?.versions.forEach((v, i) =>
			v.evidence.forEach((e, j) =>
				expect('source', e.source, w.yaml, at('contested', 'versions', i, 'evidence', j, 'source'))
			)
		);
		f.people?.forEach((p, i) => expect('entity', p.entity, w.yaml, at('people', i, 'entity')));
		if (f.said_by) expect('entity', f.said_by, w.yaml, at('said_by'));
	}
	for (const q of catalog.questions) {
		const w = where.question.get(q.id)!;
		const supports = q.supports;
		for (let i = 0; i < supports.length; i++)
			expect('fact', supports[i]!, w.yaml, () => [...w.path, 'supports', i]);
		q.options.forEach(
			(o, i) => o.fact && expect('fact', o.fact, w.yaml, () => [...w.path, 'options', i, 'fact'])
		);
	}
	for (const x of catalog.explainers) {
		const w = where.explainer.get(x.id)!;
		x.steps.forEach((s, i) => {
			s.facts.forEach((f, j) => expect('fact', f, w.yaml, () => ['steps', i, 'facts', j]));
			if (s.checkpoint) expect('question', s.checkpoint, w.yaml, () => ['steps', i, 'checkpoint']);
		});
	}
}

/** " (did you mean "x"?)" for the closest known id, when one is close. */
function suggest(id: string, known: string[]): string {
	let best = '';
	let bestScore = Infinity;
	for (const k of known) {
		const d = editDistance(id, k, bestScore);
		if (d < bestScore) [best, bestScore] = [k, d];
	}
	return best && bestScore <= Math.max(2, id.length / 4) ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string, cap: number): number {
	if (Math.abs(a.length - b.length) >= cap) return cap;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const curr = [i];
		for (let j = 1; j <= b.length; j++) {
			curr[j] = Math.min(
				prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
				prev[j]! + 1,
				curr[j - 1]! + 1
			);
		}
		prev = curr;
	}
	return prev[b.length]!;
}
