/**
 * Turns parsed files into indexed records, reporting duplicate ids on the way
 * (the second occurrence is the error; the message names the first).
 */
import type { Problems } from './problems';
import type { ParsedTree } from './read-files';
import type { Catalog, CatalogQuestion, Indexed, Located } from './catalog';
import type { Entity, Explainer, Fact, Source } from '../../content/schema';
import type { YamlFile } from './yaml/yaml-file';

function register<T>(
	kind: string,
	id: string,
	item: T,
	at: Located,
	list: T[],
	byId: Map<string, T>,
	where: Map<string, Located>,
	problems: Problems
) {
	const first = where.get(id);
	if (first) {
		const p = first.yaml.locate(first.path);
		problems.add(
			'error',
			at.yaml.locate([...at.path, 'id']),
			'duplicate-id',
			`${kind} id "${id}" is already used at ${p.file}:${p.line}:${p.column}`
		);
		return;
	}
	list.push(item);
	byId.set(id, item);
	where.set(id, at);
}

export function buildIndex(tree: ParsedTree, problems: Problems): Indexed {
	const catalog: Catalog = {
		sources: [],
		entities: [],
		facts: [],
		banks: [],
		questions: [],
		explainers: [],
		sourceById: new Map(),
		entityById: new Map(),
		factById: new Map(),
		questionById: new Map(),
		explainerById: new Map(),
		bankById: new Map(),
		cuePairs: [],
		cues: new Map()
	};
	const where: Indexed['where'] = {
		source: new Map(),
		entity: new Map(),
		fact: new Map(),
		question: new Map(),
		explainer: new Map(),
		bank: new Map()
	};
	const bodies: Indexed['bodies'] = new Map();
	const at = (yaml: YamlFile, path: Located['path']): Located => ({ yaml, path });

	for (const s of tree.sources) {
		const source: Source = { ...s.data, id: s.id, text: s.body, file: s.yaml.file };
		register(
			'source',
			s.id,
			source,
			at(s.yaml, []),
			catalog.sources,
			catalog.sourceById,
			where.source,
			problems
		);
		bodies.set(s.id, {
			body: s.body,
			offset: s.bodyOffset,
			file: s.yaml.file,
			fullText: s.fullText,
			hash: s.bodyHash,
			declared: s.data.hash,
			yaml: s.yaml
		});
	}
	for (const f of tree.entityFiles) {
		f.data.entities.forEach((e: Entity, i) => {
			register(
				'entity',
				e.id,
				e,
				at(f.yaml, ['entities', f.indexes?.[i] ?? i]),
				catalog.entities,
				catalog.entityById,
				where.entity,
				problems
			);
		});
	}
	for (const f of tree.factFiles) {
		f.data.facts.forEach((fact: Fact, i) => {
			register(
				'fact',
				fact.id,
				fact,
				at(f.yaml, ['facts', f.indexes?.[i] ?? i]),
				catalog.facts,
				catalog.factById,
				where.fact,
				problems
			);
		});
	}
	for (const f of tree.bankFiles) {
		const { questions, ...meta } = f.data;
		const bank = { ...meta, id: f.id, file: f.yaml.file, questionIds: [] as string[] };
		register(
			'bank',
			f.id,
			bank,
			at(f.yaml, []),
			catalog.banks,
			catalog.bankById,
			where.bank,
			problems
		);
		questions.forEach((q, i) => {
			const question: CatalogQuestion = { ...q, bank: f.id };
			const before = catalog.questions.length;
			register(
				'question',
				q.id,
				question,
				at(f.yaml, ['questions', f.indexes?.[i] ?? i]),
				catalog.questions,
				catalog.questionById,
				where.question,
				problems
			);
			if (catalog.questions.length > before) bank.questionIds.push(q.id);
		});
	}
	for (const f of [...tree.explainerFiles].sort(
		(a, b) => a.order - b.order || a.id.localeCompare(b.id)
	)) {
		const explainer: Explainer = { ...f.data, id: f.id, order: f.order, file: f.yaml.file };
		register(
			'explainer',
			f.id,
			explainer,
			at(f.yaml, []),
			catalog.explainers,
			catalog.explainerById,
			where.explainer,
			problems
		);
		const seen = new Set<string>();
		f.data.steps.forEach((step, i) => {
			if (seen.has(step.id)) {
				problems.add(
					'error',
					f.yaml.locate(['steps', i, 'id']),
					'duplicate-id',
					`step id "${step.id}" is used twice in this explainer`
				);
			}
			seen.add(step.id);
		});
	}
	return {
		catalog,
		where,
		bodies,
		broken: tree.broken,
		unreadable: tree.unreadable,
		askedByBroken: tree.askedByBroken
	};
}
