/**
 * "In which month did this happen, according to the sources: <event>?" from dated facts (the
 * event phrase only: a whole statement would restate the fact and answer other questions on it).
 * Only month dates are asked: a year alone is
 * general knowledge for the events a newspaper covers, and day dates are mostly worked out from
 * weekdays ("on Tuesday") that a reader cannot check in the text. Distractors are other month
 * dates from the sources within a year of the key, the nearest first, then the months next to the
 * key on an evenly spaced ladder (the key at a drawn rank, as for figures): with far-off dates
 * ("September 2009", "January 2022" around "October 2016") the key was the only date of its era,
 * and blind readers picked it.
 */
import type { Fact } from '../../../content/schema';
import { formatDate } from '../../../dates';
import { assemble, plainStatement, rank, type Generated } from './common';

/** States ("still recognises") are true at many dates, so only events make "when" questions. */
const A_STATE = /\b(still|continues?|remains?|ongoing|since|until|not|never)\b/i;
/** Dates fixed by a calendar (an election, the end of a term) are known without the sources. */
const SCHEDULED = /\b(elections?|term ends?|inaugurat\w*)\b/i;

const months = (value: string) => {
	const [y, m] = value.split('-').map(Number);
	return y! * 12 + (m ?? 1);
};

/** How far (in months) another fact's date may lie from the key and still be offered. */
const NEAR = 12;

/** "YYYY-MM" for a month count as `months` returns it. */
const monthValue = (n: number) => {
	const y = Math.floor((n - 1) / 12);
	return `${y}-${String(n - y * 12).padStart(2, '0')}`;
};

const stemFor = (fact: Fact) =>
	`In which month did this happen, according to the sources: ${fact.date!.event}?`;

export function dateQuestions(facts: Fact[]): Generated[] {
	const asked = facts.filter(
		(f) =>
			f.date?.event &&
			f.date.precision === 'month' &&
			!/\b\d{4}\b/.test(f.date.event) &&
			!A_STATE.test(f.date.event) &&
			!SCHEDULED.test(f.date.event)
	);
	const all = facts.filter((f) => f.date?.precision === 'month');
	return asked.flatMap((fact) => {
		const d = fact.date!;
		const key = formatDate(d.value);
		const pool = new Map<string, Fact>();
		for (const o of all) {
			const text = formatDate(o.date!.value);
			if (text !== key && !pool.has(text)) pool.set(text, o);
		}
		const id = `gen-date-${fact.id}`;
		const distance = (o: Fact) => Math.abs(months(o.date!.value) - months(d.value));
		const near = [...pool.entries()]
			.filter(([, o]) => distance(o) <= NEAR)
			.sort(([ta, a], [tb, b]) => distance(a) - distance(b) || rank(id + ta) - rank(id + tb))
			.map(([text, o]) => ({
				text,
				fact: fact.id,
				feedback: `${text} is the date of something else${o.date!.event ? `: ${o.date!.event}` : ''}.`
			}));
		// Neighbouring months, `below` of them before the key, so the key is not always the middle.
		const at = months(d.value);
		const below = rank(id + ':ladder') % 4;
		const ladder = [
			...Array.from({ length: below }, (_, i) => at - i - 1),
			...Array.from({ length: 6 - below }, (_, i) => at + i + 1)
		]
			.map((m) => formatDate(monthValue(m)))
			.filter((text) => !near.some((n) => n.text === text))
			.map((text) => ({
				text,
				fact: fact.id,
				feedback: `The sources date it to ${key}, not ${text}.`
			}));
		const distractors = [...near, ...ladder];
		const q = assemble(
			id,
			fact,
			stemFor(fact),
			{ text: key, feedback: `Right: ${plainStatement(fact)}` },
			distractors,
			'medium'
		);
		return q ? [q] : [];
	});
}
