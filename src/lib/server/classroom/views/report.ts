/** The end-of-session report: per-student results and per-question item analysis. */
import { m } from '../../../paraglide/messages.js';
import { inQuotes } from '../../../i18n';
import { labelText } from '../../../classroom/live';
import type { CatalogQuestion } from '../../content';
import { pearson, upperLowerGroups } from './item-stats';

export interface ReportInput {
	/** The questions asked, in session order. */
	questions: CatalogQuestion[];
	/** Display order of a question's options (authored indexes); authored order by default. */
	orderOf?: (q: CatalogQuestion) => number[];
	students: { id: string; nickname: string }[];
	answers: { student_id: string; question_id: string; choice: number; correct: boolean }[];
}

export interface StudentResult {
	id: string;
	nickname: string;
	score: number;
	answered: number;
	/** Per question, in session order: the chosen option index and whether it was right. */
	marks: ({ choice: number; correct: boolean } | null)[];
}

export interface OptionStats {
	/** Authored index. */
	index: number;
	/** A, B, C… as every screen of the session showed it. */
	letter: string;
	text: string;
	correct: boolean;
	label: 'contradicted' | 'not-stated' | null;
	misconception: string;
	count: number;
	share: number | null;
	upper: number;
	lower: number;
}

export interface ItemStats {
	id: string;
	/** Q1, Q2… in session order. */
	label: string;
	stem: string;
	answered: number;
	facility: number | null;
	discrimination: number | null;
	flags: string[];
	options: OptionStats[];
}

export interface Report {
	/** Questions asked (a session ended early counts only those). */
	total: number;
	students: StudentResult[];
	items: ItemStats[];
	upperSize: number;
}

/** A, B, C… for option positions. */
export const letterAt = (position: number) => String.fromCharCode(65 + position);

export function buildReport({
	questions,
	students,
	answers,
	orderOf = (q) => q.options.map((_, i) => i)
}: ReportInput): Report {
	const byStudent = new Map<string, Map<string, { choice: number; correct: boolean }>>();
	for (const a of answers) {
		const own = byStudent.get(a.student_id) ?? new Map();
		own.set(a.question_id, { choice: a.choice, correct: a.correct });
		byStudent.set(a.student_id, own);
	}
	const results: StudentResult[] = students.map((s) => {
		const own = byStudent.get(s.id) ?? new Map();
		const marks = questions.map((q) => own.get(q.id) ?? null);
		return {
			id: s.id,
			nickname: s.nickname,
			score: marks.filter((m) => m?.correct).length,
			answered: marks.filter((m) => m !== null).length,
			marks
		};
	});
	results.sort((a, b) => b.score - a.score || a.nickname.localeCompare(b.nickname));
	const ranked = results.filter((r) => r.answered > 0);
	const { upper, lower } = upperLowerGroups(ranked);

	const items = questions.map((q, qi): ItemStats => {
		const takers = ranked.filter((r) => r.marks[qi] !== null);
		const xs = takers.map((r) => (r.marks[qi]!.correct ? 1 : 0));
		const ys = takers.map((r, i) => r.score - xs[i]!);
		const upperTakers = takers.filter((r) => upper.has(r));
		const options = orderOf(q).map((index, position): OptionStats => {
			const o = q.options[index]!;
			const chose = (r: StudentResult) => r.marks[qi]?.choice === index;
			const count = takers.filter(chose).length;
			return {
				index,
				letter: letterAt(position),
				text: o.text,
				correct: !!o.correct,
				label: o.why_wrong ?? null,
				misconception: o.feedback,
				count,
				share: takers.length ? count / takers.length : null,
				upper: upperTakers.filter(chose).length,
				lower: takers.filter((r) => lower.has(r) && chose(r)).length
			};
		});
		const discrimination = pearson(xs, ys);
		return {
			id: q.id,
			label: `Q${qi + 1}`,
			stem: q.stem,
			answered: takers.length,
			facility: takers.length ? xs.filter((x) => x === 1).length / takers.length : null,
			discrimination,
			flags: flagsFor(options, upperTakers.length, discrimination),
			options
		};
	});
	return { total: questions.length, students: results, items, upperSize: upper.size };
}

/**
 * An item misleads strong students when a distractor draws at least a fifth of the upper group and
 * no fewer of them than of the lower group; a negative discrimination means the item favours the
 * weaker students. Either is worth a look in class and in the question bank.
 */
function flagsFor(options: OptionStats[], upperTakers: number, discrimination: number | null) {
	const flags: string[] = [];
	for (const o of options) {
		if (o.correct || o.upper === 0 || upperTakers === 0) continue;
		if (o.upper / upperTakers >= 0.2 && o.upper >= o.lower) {
			const words = {
				n: o.upper,
				total: upperTakers,
				letter: o.letter,
				text: inQuotes(o.text),
				label: o.label ? lowerFirst(labelText(o.label)) : m.report_distractor(),
				misconception: o.misconception
			};
			// "1 of the 1 strongest students chose" reads wrong, and Spanish's verb agrees with 1.
			const flag =
				upperTakers === 1
					? m.report_flag_strong_only(words)
					: o.upper === 1
						? m.report_flag_strong_single(words)
						: m.report_flag_strong(words);
			flags.push(flag);
		}
	}
	if (discrimination !== null && discrimination < 0) {
		flags.push(m.report_flag_negative());
	}
	return flags;
}

/** "Contradicted by the sources" as it reads inside a sentence's parentheses. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
