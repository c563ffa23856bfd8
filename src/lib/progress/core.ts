/**
 * The learner's progress (no account): answers per question, explainer steps seen, and an FSRS
 * card for every question ever missed, so it comes back for review at growing intervals. Pure
 * functions, computed by replaying the browser's log (`log.ts`).
 */
import type { Card, FSRS } from 'ts-fsrs';
import type { LogEntry } from './log';

export interface AnswerRecord {
	right: number;
	wrong: number;
	last: boolean;
	bank: string;
	topics: string[];
}

/** A ts-fsrs Card with its dates as ISO strings, as JSON stores it. */
export type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };

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
	answer: { id: string; correct: boolean; bank: string; topics: string[] },
	scheduler: Scheduler,
	now = new Date()
): Progress {
	const prev = p.answers[answer.id];
	const record: AnswerRecord = {
		right: (prev?.right ?? 0) + (answer.correct ? 1 : 0),
		wrong: (prev?.wrong ?? 0) + (answer.correct ? 0 : 1),
		last: answer.correct,
		bank: answer.bank,
		topics: answer.topics
	};
	const cards = { ...p.cards };
	const existing = cards[answer.id];
	// Only a miss starts a review card; once started, every answer reschedules it.
	if (existing || !answer.correct) {
		const card = existing ? toCard(existing) : scheduler.emptyCard(now);
		// Never before the card's last review: ts-fsrs throws on negative elapsed time
		// ("Invalid delta_t"), which a clock set back between two answers would otherwise cause.
		const last = card.last_review?.getTime() ?? -Infinity;
		const at = new Date(Math.max(now.getTime(), last));
		const rating = answer.correct ? scheduler.good : scheduler.again;
		try {
			cards[answer.id] = toStored(scheduler.fsrs.next(card, at, rating as never).card);
		} catch {
			// Anything else the scheduler refuses leaves the card as it was: the answer still counts.
		}
	}
	return { ...p, answers: { ...p.answers, [answer.id]: record }, cards };
}

export function withStepSeen(p: Progress, explainer: string, step: string): Progress {
	const seen = p.steps[explainer] ?? [];
	if (seen.includes(step)) return p;
	return { ...p, steps: { ...p.steps, [explainer]: [...seen, step] } };
}

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

/** Share of questions answered right at the last try, per topic. */
export function mastery(p: Progress): { topic: string; answered: number; right: number }[] {
	const byTopic = new Map<string, { answered: number; right: number }>();
	for (const a of Object.values(p.answers)) {
		for (const t of a.topics) {
			const m = byTopic.get(t) ?? { answered: 0, right: 0 };
			m.answered++;
			if (a.last) m.right++;
			byTopic.set(t, m);
		}
	}
	return [...byTopic]
		.map(([topic, m]) => ({ topic, ...m }))
		.sort((a, b) => a.topic.localeCompare(b.topic));
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
			p = withStepSeen(p, e.x, e.s);
			continue;
		}
		if (e.att) {
			const key = `${e.att} ${e.id}`;
			if (counted.has(key)) continue;
			counted.add(key);
		}
		p = withAnswer(
			p,
			{ id: e.id, correct: e.ok, bank: e.bank, topics: e.topics },
			scheduler,
			new Date(e.at)
		);
	}
	return p;
}
