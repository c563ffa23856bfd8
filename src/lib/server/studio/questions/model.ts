/**
 * A question as the editor holds it (every field a plain string or list, so a half-written
 * question can be kept, checked and shown back), and the same question as a bank item, in the
 * field order questions/README.md documents: kind, id, stem, options, supports, about,
 * explanation, hint, difficulty, bloom, topics, origin.
 */

export interface OptionDraft {
	text: string;
	/** Why a distractor is wrong; ignored for the key. */
	why: 'contradicted' | 'not-stated';
	/** For a contradicted distractor: the fact that rules it out. */
	fact: string;
	feedback: string;
}

export interface QuestionDraft {
	id: string;
	stem: string;
	options: OptionDraft[];
	/** Index of the key in `options`. */
	key: number;
	supports: string[];
	about: 'events' | 'sources';
	explanation: string;
	hint: string;
	difficulty: string;
	bloom: string;
	topics: string[];
	origin: 'authored' | 'generated';
}

export const MIN_OPTIONS = 3;
export const MAX_OPTIONS = 5;

const str = (v: unknown) =>
	typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const list = (v: unknown) => (Array.isArray(v) ? v.map(str) : []);

/** A blank question with three options, the first the key, in the author's topics. */
export function blankQuestion(topics: string[] = []): QuestionDraft {
	const option = (): OptionDraft => ({ text: '', why: 'not-stated', fact: '', feedback: '' });
	return {
		id: '',
		stem: '',
		options: [option(), option(), option()],
		key: 0,
		supports: [],
		about: 'events',
		explanation: '',
		hint: '',
		difficulty: 'medium',
		bloom: 'remember',
		topics,
		origin: 'authored'
	};
}

/** A bank item (as parsed from YAML, possibly malformed) as the editor's draft. */
export function fromItem(item: unknown): QuestionDraft {
	const q = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
	const options = (Array.isArray(q.options) ? q.options : []).map((o) => {
		const opt = (o && typeof o === 'object' ? o : {}) as Record<string, unknown>;
		return {
			text: str(opt.text),
			why: opt.why_wrong === 'contradicted' ? ('contradicted' as const) : ('not-stated' as const),
			fact: str(opt.fact),
			feedback: str(opt.feedback),
			correct: opt.correct === true
		};
	});
	const key = Math.max(
		0,
		options.findIndex((o) => o.correct)
	);
	return {
		id: str(q.id),
		stem: str(q.stem),
		options: options.map(({ correct: _, ...o }) => o),
		key,
		supports: list(q.supports),
		about: q.about === 'sources' ? 'sources' : 'events',
		explanation: str(q.explanation),
		hint: str(q.hint),
		difficulty: str(q.difficulty),
		bloom: str(q.bloom),
		topics: list(q.topics),
		origin: q.origin === 'generated' ? 'generated' : 'authored'
	};
}

/** The draft as a bank item; empty optional fields (hint, a non-`sources` about) are left out. */
export function toItem(d: QuestionDraft): Record<string, unknown> {
	const options = d.options.map((o, i) => {
		if (i === d.key) return { text: o.text, correct: true, feedback: o.feedback };
		if (o.why === 'contradicted') {
			return { text: o.text, why_wrong: 'contradicted', fact: o.fact, feedback: o.feedback };
		}
		return { text: o.text, why_wrong: 'not-stated', feedback: o.feedback };
	});
	const item: Record<string, unknown> = {
		kind: 'single',
		id: d.id,
		stem: d.stem,
		options,
		supports: d.supports
	};
	if (d.about === 'sources') item.about = 'sources';
	item.explanation = d.explanation;
	if (d.hint.trim()) item.hint = d.hint;
	item.difficulty = d.difficulty;
	item.bloom = d.bloom;
	item.topics = d.topics;
	item.origin = d.origin;
	return item;
}
