/**
 * "What figure do the sources give for the hours Maduro spent with the US delegation?" from facts
 * with a figure; the stem names only the unit, so it restates nothing else of the fact (a stem
 * made of the whole statement gave other questions' answers away). Distractors are figures of
 * the same unit: first other facts' figures for exactly that unit, then rungs of an evenly spaced
 * ladder through the key, so a figure cannot be picked for being the only one of its kind, nor for
 * being the one the others were made from.
 * One question per kind of quantity: units that share a word ("trips", "prisoners") count the
 * same thing, and each such stem would answer the other.
 */
import type { Catalog } from '../catalog';
import type { Fact } from '../../../content/schema';
import { evidenceOf } from '../catalog';
import { normalize } from '../normalize';
import { assemble, overlaps, plainStatement, rank, type Choice, type Generated } from './common';

type Quantity = NonNullable<Fact['number']>;

const WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];

const isPercent = (n: Quantity) => n.unit.trim().startsWith('%');
const fmt = (x: number) => x.toLocaleString('en-US');

/** A figure as an option shows it: "6", "6%", "between 29 and 50". */
export function formatNumber(value: number, max: number | undefined, percent: boolean): string {
	const pct = percent ? '%' : '';
	return max !== undefined ? `between ${fmt(value)} and ${fmt(max)}` : `${fmt(value)}${pct}`;
}

/** How the statement writes the figure, so it can be blanked: "between 29 and 50", "6%", "two". */
function spelled(n: Quantity): RegExp {
	if (n.max !== undefined) return new RegExp(`\\bbetween ${n.value} and ${n.max}\\b`, 'i');
	const word = WORDS[n.value];
	const digits = `${fmt(n.value)}${isPercent(n) ? '\\s?%' : '\\b'}`;
	return new RegExp(`\\b(?:${digits}${word ? `|${word}\\b` : ''})`, 'i');
}

const nice = (v: number) => (v >= 20 ? Math.round(v / 5) * 5 : Math.round(v));

/**
 * Values on an evenly spaced ladder through `x` (step 1 for small counts, a fifth of `x` else),
 * `below` of them under `x` and the rest over it, then further rungs over it as spares. Equal
 * steps and a key rank drawn per item leave no odd one out: with ×½, ×1.5, ×2 around it the key
 * was the value the others were made from, and blind readers picked it.
 */
export function ladder(x: number, below: number, count = 3): number[] {
	const step = x <= 12 ? 1 : Math.max(1, nice(x * 0.2));
	const under = Math.min(below, Math.floor((x - 1) / step));
	const down = Array.from({ length: under }, (_, i) => x - step * (i + 1));
	const up = Array.from({ length: count - under + 3 }, (_, i) => x + step * (i + 1));
	return [...down, ...up].filter((v) => v > 0 && v !== x);
}

/** Words of a unit that say what is counted (5+ letters: "trips", "prisoners", "hours"…). */
const counted = (unit: string) =>
	new Set(
		normalize(unit)
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length >= 5)
	);

/** Two units that share a counted word describe the same kind of quantity. */
function sameQuantity(a: string, b: string): boolean {
	const wa = counted(a);
	return [...counted(b)].some((w) => wa.has(w)) || overlaps(a, b);
}

/** A name that carries the figure ("Citgo 6") and is in the statement gives the answer away. */
function namedBy(catalog: Catalog, n: Quantity, statement: string): boolean {
	const text = normalize(statement).toLowerCase();
	return catalog.entities.some((e) =>
		[e.name, ...e.aliases.map((a) => a.text)].some((name) => {
			const words = normalize(name).toLowerCase().split(/\s+/);
			return (
				words.includes(String(n.value)) &&
				words.filter((w) => w !== String(n.value)).every((w) => text.includes(w))
			);
		})
	);
}

export function numberQuestions(catalog: Catalog, facts: Fact[]): Generated[] {
	// Hedged figures ("nearly four") and units that do not read as a noun phrase ("of the six …")
	// make poor keys.
	const numbered = facts.filter(
		(f) => f.number && !f.number.approximate && !/^(of|in|to)\b/i.test(f.number.unit.trim())
	);
	const out: Generated[] = [];
	const done: Quantity[] = [];
	for (const fact of numbered) {
		const n = fact.number!;
		if (done.some((d) => sameQuantity(d.unit, n.unit))) continue;
		const statement = plainStatement(fact);
		if (namedBy(catalog, n, statement)) continue;

		const percent = isPercent(n);
		const key = formatNumber(n.value, n.max, percent);
		const quotes = evidenceOf(fact)
			.map((e) => e.quote)
			.join(' ');
		const inQuote = (x: number) => spelled({ ...n, value: x, max: undefined }).test(quotes);
		const seen = new Set([key]);
		const choices: Choice[] = [];
		const add = (text: string, c: Omit<Choice, 'text'>) => {
			if (seen.has(text)) return;
			seen.add(text);
			choices.push({ text, ...c });
		};
		for (const o of numbered) {
			const on = o.number!;
			if (o === fact || normalize(on.unit).toLowerCase() !== normalize(n.unit).toLowerCase())
				continue;
			add(formatNumber(on.value, on.max, percent), {
				fact: fact.id,
				feedback: `${formatNumber(on.value, on.max, percent)} is the figure the sources give for another case.`
			});
		}
		const id = `gen-number-${fact.id}`;
		const below = rank(id + ':ladder') % 4;
		const ends = n.max !== undefined ? ladder(n.max, below) : [];
		const synthetic = ladder(n.value, below)
			.map((v, i) => (n.max !== undefined ? { v, max: ends[i] } : { v, max: undefined }))
			.filter((x) => !inQuote(x.v) && (x.max === undefined || x.max > x.v));
		for (const { v, max } of synthetic) {
			const text = formatNumber(v, max, percent);
			add(text, { feedback: `The sources give ${key}, not ${text}.` });
		}
		const unit = n.unit.trim().replace(/^%\s*/, '');
		const q = assemble(
			id,
			fact,
			percent
				? `What percentage do the sources give for the ${unit}?`
				: `What figure do the sources give for the ${unit}?`,
			{ text: key, feedback: `Right: ${statement}` },
			choices,
			'medium'
		);
		if (q) {
			out.push(q);
			done.push(n);
		}
	}
	return out;
}
