/**
 * The real content in questions/: every topic validates with zero errors, every fact is asked,
 * every key rests on quoted, uncontested evidence, and every conflict between sources is taught.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { buildLibrary } from '../../src/lib/server/content/build-library';
import { evidenceOf } from '../../src/lib/server/content/catalog';
import { generateQuestions } from '../../src/lib/server/content/generate';
import { readTree } from '../../src/lib/server/content/read-tree';

const { library, errors } = buildLibrary(readTree('questions'));
const FIRST = 'us-venezuela-2019-2025';
const files = readTree(`questions/${FIRST}`);
const { catalog } = library.topicById.get(FIRST)!;

describe('questions/ (the real content)', () => {
	it('validates with zero errors, every topic', () => {
		expect(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([]);
		expect(library.topics.map((t) => t.id)).toContain(FIRST);
	});

	it('points every schema line at a schema that exists (editors resolve it from the file)', () => {
		const content = Object.entries(readTree('questions')).filter(([p]) => p !== 'README.md');
		const lines = content.flatMap(([path, text]) => {
			const m = /^# yaml-language-server: \$schema=(\S+)/m.exec(text);
			return m ? [[path, m[1]!] as const] : [];
		});
		expect(lines.length).toBeGreaterThan(20);
		const missing = lines.filter(
			([path, schema]) => !existsSync(join('questions', dirname(path), schema))
		);
		expect(missing).toEqual([]);
	});
});

describe(`the first topic (${FIRST})`, () => {
	it('meets the content targets', () => {
		expect(catalog.sources).toHaveLength(5);
		expect(catalog.facts.length).toBeGreaterThanOrEqual(100);
		expect(catalog.explainers.length).toBeGreaterThanOrEqual(7);
		expect(catalog.questions.filter((q) => q.origin === 'authored').length).toBeGreaterThanOrEqual(
			150
		);
	});

	it('surfaces every contested fact in the critical-reading explainer', () => {
		const explainer = catalog.explainerById.get('reading-sources-critically');
		expect(explainer).toBeDefined();
		const cited = new Set(explainer!.steps.flatMap((s) => s.facts));
		const missing = catalog.facts.filter((f) => f.contested && !cited.has(f.id)).map((f) => f.id);
		expect(missing).toEqual([]);
	});
});

describe.each(library.topics.map((t) => [t.id, t.catalog] as const))('topic %s', (_, catalog) => {
	it('asks every fact in at least one question', () => {
		const asked = new Set(catalog.questions.flatMap((q) => q.supports));
		expect(catalog.facts.map((f) => f.id).filter((id) => !asked.has(id))).toEqual([]);
	});

	it('rests every key about events on an uncontested fact quoted from a source that is not low-reliability', () => {
		const weak = catalog.questions
			.filter((q) => q.about === 'events')
			.filter((q) => {
				const facts = q.supports.map((id) => catalog.factById.get(id)!);
				return !facts.some(
					(f) =>
						!f.contested &&
						evidenceOf(f).some((e) => catalog.sourceById.get(e.source)!.reliability !== 'low')
				);
			})
			.map((q) => q.id);
		expect(weak).toEqual([]);
	});

	it('holds no cue pair inside a bank or an explainer’s checkpoints (sessions use them whole)', () => {
		const sets = [
			...catalog.banks.map((b) => ({ name: `bank ${b.id}`, ids: b.questionIds })),
			...catalog.explainers.map((x) => ({
				name: `explainer ${x.id}`,
				ids: x.steps.flatMap((s) => (s.checkpoint ? [s.checkpoint] : []))
			}))
		];
		const inside = sets.flatMap(({ name, ids }) =>
			catalog.cuePairs
				.filter((p) => ids.includes(p.from) && ids.includes(p.to))
				.map((p) => `${name}: ${p.from} ${p.kind} ${p.to} (${p.detail})`)
		);
		expect(inside).toEqual([]);
	});

	it('has no near-duplicate stems and no stem that gives another question’s key away', () => {
		const stems = catalog.cuePairs
			.filter((p) => p.field !== 'explanation')
			.map((p) => `${p.from} ${p.kind} ${p.to} (${p.detail})`);
		expect(stems).toEqual([]);
	});

	it('gives every explainer 5–12 steps, most of them with a checkpoint question', () => {
		for (const x of catalog.explainers) {
			const withCheckpoint = x.steps.filter((s) => s.checkpoint).length;
			expect(withCheckpoint / x.steps.length, x.id).toBeGreaterThan(0.5);
		}
	});
});

describe('the question generator', () => {
	const withoutGenerated = { ...files };
	delete withoutGenerated['banks/generated.yaml'];
	const base = buildCatalog(withoutGenerated, `questions/${FIRST}`).catalog;

	it('is deterministic: the same facts give the same questions', () => {
		expect(generateQuestions(base)).toEqual(generateQuestions(base));
	});

	it('puts each key in the generated options exactly once and never on a contested fact', () => {
		for (const q of generateQuestions(base)) {
			expect(q.options.filter((o) => o.correct)).toHaveLength(1);
			expect(q.supports.every((id) => !base.factById.get(id)!.contested)).toBe(true);
		}
	});

	it('draws each generated key from the typed fields of the fact it cites', () => {
		for (const q of generateQuestions(base)) {
			const fact = base.factById.get(q.supports[0]!)!;
			const key = q.options.find((o) => o.correct)!.text;
			const typed = [
				...(fact.people ?? []).map((p) => base.entityById.get(p.entity)?.name),
				fact.date?.value,
				fact.number?.value.toLocaleString('en-US')
			].join(' | ');
			const dateLike = fact.date && key.includes(fact.date.value.slice(0, 4));
			expect(
				typed.includes(key.replace(/%$/, '').replace(/^between (\S+) and .*/, '$1')) || dateLike,
				`${q.id}: ${key} vs ${typed}`
			).toBe(true);
		}
	});
});
