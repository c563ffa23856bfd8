/**
 * Quiz assembly never puts two questions that give each other away in one quiz, and the quiz
 * that follows an explainer leaves out the checkpoints just answered unless asked for them.
 * Runs on the real content plus an "echo" bank built so that every one of its questions gives
 * away a real one, so the pairs under test exist whatever the content holds.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import type { Catalog, CatalogQuestion } from '../../src/lib/server/content/catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import { publicIdOf } from '../../src/lib/server/quiz/public';
import { selectQuestions } from '../../src/lib/server/quiz/select';

const files = readTree('questions/us-venezuela-2019-2025');
const real = buildCatalog(files, 'questions/us-venezuela-2019-2025').catalog;

/** One question per real question: its stem repeats the other's stem and key. */
function echoBank(catalog: Catalog): string {
	const questions = catalog.questions
		.filter((_, i) => i % 5 === 0)
		.map((q, i) => {
			const key = q.options.find((o) => o.correct)!;
			return {
				...q,
				bank: undefined,
				id: `echo-${i}`,
				stem: `Earlier you read "${q.stem}" and its answer, "${key.text}". Which bank was it in?`,
				hint: undefined
			};
		})
		.map(({ bank: _, ...q }) => q);
	return stringify({ title: 'Echo', questions: JSON.parse(JSON.stringify(questions)) });
}

const { catalog, errors } = buildCatalog({ ...files, 'banks/echo.yaml': echoBank(real) }, 'q');

function pairIn(quiz: CatalogQuestion[]): string | undefined {
	for (const a of quiz)
		for (const b of quiz)
			if (a !== b && catalog.cues.get(a.id)?.has(b.id)) return `${a.id} + ${b.id}`;
	return undefined;
}

const checkpointsOf = (c: Catalog, id: string) =>
	c.explainerById.get(id)!.steps.flatMap((s) => (s.checkpoint ? [s.checkpoint] : []));
const SEEDS = Array.from({ length: 60 }, (_, i) => `seed-${i}`);

describe('quiz assembly', () => {
	it('has pairs to keep apart (the test would prove nothing without them)', () => {
		expect(errors).toEqual([]);
		const inEcho = catalog.cuePairs.filter((p) => p.from.startsWith('echo-')).length;
		expect(inEcho).toBeGreaterThanOrEqual(50);
	});

	it('never puts a recorded pair in one quiz: every bank, topic and difficulty, many seeds', () => {
		const filters = [
			{},
			...catalog.banks.map((b) => ({ bank: b.id })),
			...[...new Set(catalog.questions.flatMap((q) => q.topics))].map((topic) => ({ topic })),
			...(['easy', 'medium', 'hard'] as const).map((difficulty) => ({ difficulty }))
		];
		let quizzes = 0;
		for (const f of filters)
			for (const length of [10, 50])
				for (const seed of SEEDS.slice(0, 15)) {
					const quiz = selectQuestions(catalog, { ...f, length }, seed);
					expect(pairIn(quiz), `${JSON.stringify(f)} ${seed}`).toBeUndefined();
					quizzes++;
				}
		expect(quizzes).toBeGreaterThan(500);
	});

	it('still fills a quiz when the pool allows it', () => {
		for (const seed of SEEDS) {
			expect(selectQuestions(catalog, { bank: 'echo', length: 10 }, seed)).toHaveLength(10);
			expect(selectQuestions(catalog, { length: 50 }, seed)).toHaveLength(50);
		}
	});

	it('drops the later of a pair from a review queue too', () => {
		const pair = catalog.cuePairs.find((p) => p.from.startsWith('echo-'))!;
		const ids = [pair.to, pair.from].map(publicIdOf);
		expect(selectQuestions(catalog, { ids, length: 10 }, 's').map((q) => q.id)).toEqual([pair.to]);
	});
});

describe('the quiz after an explainer', () => {
	for (const x of real.explainers) {
		const checkpoints = checkpointsOf(real, x.id);
		const partners = new Set(checkpoints.flatMap((id) => [...(real.cues.get(id) ?? [])]));

		it(`${x.id}: leaves out the ${checkpoints.length} checkpoints just answered, and what they give away`, () => {
			expect(checkpoints.length).toBeGreaterThan(0);
			for (const seed of SEEDS) {
				const quiz = selectQuestions(
					real,
					{ topic: x.topics[0], length: 10, after: x.id },
					seed
				).map((q) => q.id);
				expect(quiz.length).toBeGreaterThan(0);
				expect(quiz.filter((id) => checkpoints.includes(id))).toEqual([]);
				expect(quiz.filter((id) => partners.has(id))).toEqual([]);
			}
		});

		it(`${x.id}: includes them when asked to review them`, () => {
			for (const seed of SEEDS.slice(0, 20)) {
				const quiz = selectQuestions(
					real,
					{ topic: x.topics[0], length: 12, after: x.id, reviewCheckpoints: true },
					seed
				);
				const ids = new Set(quiz.map((q) => q.id));
				// Each checkpoint is asked, unless another checkpoint in the quiz gives it away.
				for (const id of checkpoints)
					expect(ids.has(id) || [...ids].some((o) => real.cues.get(id)?.has(o)), id).toBe(true);
				expect(pairIn(quiz)).toBeUndefined();
			}
		});
	}
});
