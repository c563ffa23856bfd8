/**
 * An answer stands: once a question of an attempt is graded, every later answer to it gets the
 * first verdict back, and neither the score nor the missed list changes.
 *
 * Why a cookie as well as the token. The attempt token travels in the page, so Back, a reload of
 * an old page or a replayed post brings back an OLDER token that does not yet hold the answer;
 * the token alone cannot tell a first answer from a second one. Self-test quizzes keep no state
 * on the server (no account, no database, any instance can serve any request), so the browser
 * keeps a second record: the choices made in each recent attempt, in a signed, httpOnly cookie.
 * Back and replays restore pages and posts but not cookies, and the record only ever grows, so
 * an older token cannot shorten it. The server reads both and lets the earlier answer win
 * (`mergedChoices`). Only clearing this site's cookies, or 30 newer attempts, forgets a record;
 * then the token is all the server knows, as with a fresh quiz.
 */
import { z } from 'zod';
import { seal, unseal } from './seal';

export const RECORD_COOKIE = 'sourced-answers';
/** Attempts remembered, newest kept; and a size that stays far under browsers' 4 KB a cookie. */
const MAX_ATTEMPTS = 30;
const MAX_CHARS = 3000;

/** [attempt seed, one digit per answered question: the authored index of the option chosen]. */
const RecordSchema = z.array(
	z.tuple([z.string().min(8).max(32), z.string().regex(/^[0-4]{0,100}$/)])
);

export type AnswerRecord = Map<string, number[]>;

/** The record from the cookie's value; empty when absent, forged or damaged. */
export function readRecord(cookie: string | undefined): AnswerRecord {
	const parsed = RecordSchema.safeParse(unseal(cookie, 4000));
	if (!parsed.success) return new Map();
	return new Map(parsed.data.map(([seed, digits]) => [seed, [...digits].map(Number)]));
}

/**
 * The cookie's new value once `choices` are the answers of attempt `seed`: that attempt moves to
 * the newest place, and the oldest attempts are dropped to stay within the limits above.
 */
export function writeRecord(record: AnswerRecord, seed: string, choices: number[]): string {
	const entries: [string, string][] = [...record]
		.filter(([s]) => s !== seed)
		.map(([s, c]) => [s, c.join('')]);
	entries.push([seed, choices.join('')]);
	let kept = entries.slice(-MAX_ATTEMPTS);
	while (kept.length > 1 && seal(kept).length > MAX_CHARS) kept = kept.slice(1);
	return seal(kept);
}

/**
 * The answers of an attempt as far as anyone knows them: the token's answers, continued by the
 * record's (so a token restored by Back is caught up). Where both hold an answer they agree in
 * one browser; should they not (a link moved to another browser), the token's, graded first
 * when it was issued, wins. Choices only: whether each is right is the catalog's to say.
 */
export function mergedChoices(
	tokenAnswers: readonly (readonly [number, number])[],
	recorded: readonly number[] = [],
	questions: number
): number[] {
	const out = tokenAnswers.map(([choice]) => choice);
	for (let i = out.length; i < Math.min(recorded.length, questions); i++) out.push(recorded[i]!);
	return out;
}

export type Ruling =
	/** Not answered before and the next in turn: grade it and record it. */
	| { kind: 'first'; position: number }
	/** Answered before: the first answer stands, whatever was posted now. */
	| { kind: 'stands'; position: number; choice: number }
	/** Neither answered nor next (a forged or mixed-up post). */
	| { kind: 'out-of-turn' };

/** What to do with a posted answer to question `id`, given the attempt's questions and answers. */
export function ruling(
	questions: readonly string[],
	choices: readonly number[],
	id: string
): Ruling {
	const answered = questions.findIndex((q, i) => q === id && i < choices.length);
	if (answered >= 0) return { kind: 'stands', position: answered, choice: choices[answered]! };
	if (questions[choices.length] === id) return { kind: 'first', position: choices.length };
	return { kind: 'out-of-turn' };
}
