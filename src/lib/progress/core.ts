/**
 * The learner's progress (no account): answers per question, explainer steps seen, and an FSRS
 * card for every question ever missed, so it comes back for review at growing intervals. Pure
 * functions, computed by replaying the browser's log (`log.ts`).
 */
import type { Card, FSRS } from 'ts-fsrs';
import { LEGACY_TOPIC } from '../legacy';
import type { LogEntry } from './log';

/**
 * Ids are unique only within a topic, so progress is kept under "<topic>/<id>" (ids never hold
 * a "/"). Entries logged before topics carry none: they are the first topic's.
 */
export const progressKey = (topic: string | undefined, id: string) =>
	`${topic ?? LEGACY_TOPIC}/${id}`;

/** "ozone-layer/q1" → { topic: "ozone-layer", id: "q1" }. */
export function splitKey(key: string): { topic: string; id: string } {
	const slash = key.indexOf('/');
	return { topic: key.slice(0, slash), id: key.slice(slash + 1) };
}

export interface AnswerRecord {
	right: number;
	wrong: number;
	last: boolean;
	/** The topic (content folder) the question belongs to. */
	topic: string;
	bank: string;
	/** Its tags (`topics:` in the content). */
	topics: string[];
}

/** A ts-fsrs Card with its dates as ISO strings, as JSON stores it. */
export type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };

/** Every map is keyed by `progressKey(topic, id)`: questions' public ids, explainers' ids. */
export interface Progress {
	v: 1;
	answers: Record<string, AnswerRecord>;
	steps: Record<string, string[]>;
	cards: Record<string, StoredCard>;
}

export const emptyProgress = (): Progress => ({ v: 1, answers: {}, steps: {}, cards: {} });

const toCard = (c: StoredCard): Card => ({
	...c,
	due: new Date(c.due),
	last_review: c.last_review ? new Date(c.last_review) : undefined
});
const toStored = (c: Card): StoredCard => ({
	...c,
	due: c.due.toISOString(),
	last_review: c.last_review?.toISOString()
});

export interface Scheduler {
	fsrs: FSRS;
	emptyCard: (now: Date) => Card;
	again: number;
	good: number;
}

export function withAnswer(
	p: Progress,
	answer: { topic?: string; id: string; correct: boolean; bank: string; topics: string[] },
	scheduler: Scheduler,
	now = new Date()
): Progress {
	const key = progressKey(answer.topic, answer.id);
	const prev = p.answers[key];
	const record: AnswerRecord = {
		right: (prev?.right ?? 0) + (answer.correct ? 1 : 0),
		wrong: (prev?.wrong ?? 0) + (answer.correct ? 0 : 1),
		last: answer.correct,
		topic: splitKey(key).topic,
		bank: answer.bank,
		topics: answer.topics
	};
	const cards = { ...p.cards };
	const existing = cards[key];
	// Only a miss starts a review card; once started, every answer reschedules it.
	if (existing || !answer.correct) {
		const card = existing ? toCard(existing) : scheduler.emptyCard(now);
		// Never before the card's last review: ts-fsrs throws on negative elapsed time
		// ("Invalid delta_t"), which a clock set back between two answers would otherwise cause.
		const last = card.last_review?.getTime() ?? -Infinity;
		const at = new Date(Math.max(now.getTime(), last));
		const rating = answer.correct ? scheduler.good : scheduler.again;
		try {
			cards[key] = toStored(scheduler.fsrs.next(card, at, rating as never).card);
		} catch {
			// Anything else the scheduler refuses leaves the card as it was: the answer still counts.
		}
	}
	return { ...p, answers: { ...p.answers, [key]: record }, cards };
}

export function withStepSeen(
	p: Progress,
	topic: string | undefined,
	explainer: string,
	step: string
): Progress {
	const key = progressKey(topic, explainer);
	const seen = p.steps[key] ?? [];
	if (seen.includes(step)) return p;
	return { ...p, steps: { ...p.steps, [key]: [...seen, step] } };
}

/** Keys (`progressKey`) of the questions due for review, most overdue first. */
export function dueIds(p: Progress, now = new Date()): string[] {
	return Object.entries(p.cards)
		.filter(([, c]) => new Date(c.due) <= now)
		.sort(([, a], [, b]) => a.due.localeCompare(b.due))
		.map(([id]) => id);
}

export function nextDue(p: Progress): Date | null {
	const dates = Object.values(p.cards)
		.map((c) => c.due)
		.sort();
	return dates.length ? new Date(dates[0]!) : null;
}

/** Share of questions answered right at the last try, per topic and tag. */
export function mastery(
	p: Progress
): { topic: string; tag: string; answered: number; right: number }[] {
	const byTag = new Map<string, { topic: string; tag: string; answered: number; right: number }>();
	for (const a of Object.values(p.answers)) {
		for (const tag of a.topics) {
			const key = JSON.stringify([a.topic, tag]);
			const m = byTag.get(key) ?? { topic: a.topic, tag, answered: 0, right: 0 };
			m.answered++;
			if (a.last) m.right++;
			byTag.set(key, m);
		}
	}
	return [...byTag.values()].sort(
		(a, b) => a.topic.localeCompare(b.topic) || a.tag.localeCompare(b.tag)
	);
}

/**
 * Progress is derived, never stored: replay the log through the scheduler, in time order.
 *
 * Time order, not the order of the array: a log merged from two devices (import) interleaves in
 * time only. Ties keep the log's order (the sort is stable). A timestamp in the future (written
 * while the clock was ahead) counts as `now`, and `withAnswer` never lets a card's time run
 * backwards, so a corrected clock cannot make elapsed time negative. One answer per question and
 * attempt counts (`att`): a repeated log line for the same answer changes nothing.
 */
export function replay(log: LogEntry[], scheduler: Scheduler, now = Date.now()): Progress {
	const ordered = log.map((e) => (e.at > now ? { ...e, at: now } : e)).sort((a, b) => a.at - b.at);
	const counted = new Set<string>();
	let p = emptyProgress();
	for (const e of ordered) {
		if (e.k === 's') {
			p = withStepSeen(p, e.topic, e.x, e.s);
			continue;
		}
		if (e.att) {
			const key = `${e.att} ${progressKey(e.topic, e.id)}`;
			if (counted.has(key)) continue;
			counted.add(key);
		}
		p = withAnswer(
			p,
			{ topic: e.topic, id: e.id, correct: e.ok, bank: e.bank, topics: e.topics },
			scheduler,
			new Date(e.at)
		);
	}
	return p;
}
