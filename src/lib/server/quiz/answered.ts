/** The quiz play page once a question is answered: verdict, next token, score, progress entry. */
import type { TopicEntry } from '../content/build-library';
import type { Catalog } from '../content/catalog';
import { type Attempt, encodeAttempt } from './attempt';
import { attemptQuestion } from './attempt-question';
import { grade } from './grade';
import { questionByPublicId } from './public';

/**
 * `choices` cut at the first one that is not an option of its question (a record made before the
 * content changed), so grading never indexes past a question's options.
 */
export function usableChoices(catalog: Catalog, attempt: Attempt, choices: number[]): number[] {
	const bad = choices.findIndex((c, i) => {
		const q = questionByPublicId(catalog, attempt.q[i]!);
		return !q || c >= q.options.length;
	});
	return bad < 0 ? choices : choices.slice(0, bad);
}

/**
 * Question `position` of `attempt` as answered by `choices[position]` (which must exist). The
 * next token holds the answers up to and including this one: the token's own where it has them
 * (graded when it was issued), the rest graded now. `score` counts this answer too.
 */
export function afterAnswer(
	topic: TopicEntry,
	attempt: Attempt,
	choices: number[],
	position: number
) {
	const { catalog } = topic;
	const q = attemptQuestion(catalog, attempt.q[position]!);
	const verdict = grade(catalog, q, choices[position]!, attempt.s);
	const a = choices.slice(0, position + 1).map((choice, i): [number, 0 | 1] => {
		const own = attempt.a[i];
		if (own) return own;
		return [choice, attemptQuestion(catalog, attempt.q[i]!).options[choice]?.correct ? 1 : 0];
	});
	return {
		verdict,
		next: encodeAttempt({ ...attempt, a }),
		score: a.filter(([, ok]) => ok === 1).length,
		/** What the browser adds to its progress log; `att` lets it log each answer once. */
		progress: {
			id: verdict.questionId,
			ok: verdict.correct,
			topic: topic.id,
			bank: q.bank,
			topics: q.topics,
			att: attempt.s
		}
	};
}
