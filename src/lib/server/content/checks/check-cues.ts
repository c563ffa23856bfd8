/**
 * Questions that give each other away. Two kinds of pair are found and recorded in
 * `catalog.cuePairs` (and, per question, in `catalog.cues`), so that quiz assembly never puts
 * both in one quiz, and each is reported to the author:
 * - gives-key: one question's stem, hint or explanation contains another's key (normalised,
 *   as whole words), so reading or answering the first answers the second;
 * - near-duplicate: two stems share most of their content words (Jaccard similarity).
 *
 * Cost: linear in the text of all questions plus the matches found. Keys are indexed by their
 * rarest word, so each word of a text is compared only with the few keys that hold it; near
 * duplicates are found through an inverted index of stem words, leaving out words so common
 * that they would pair nearly everything (near-duplicates.ts): the pairs counted are those of
 * distinctive words, each in at most `COMMON_SHARE` of the stems.
 */
import type { CatalogQuestion, CuePair, Indexed } from '../catalog';
import { nearDuplicates, stemOf, type Stem } from './near-duplicates';
import type { Problems } from '../problems';
import {
	contentOf,
	sharedContentWords as contentWords,
	sharedTokens,
	tokens,
	WordSpans
} from './tokens';

export { NEAR_DUPLICATE, NEAR_DUPLICATE_SAME_FACT } from './near-duplicates';

const FIELDS = ['stem', 'hint', 'explanation'] as const;
type Field = (typeof FIELDS)[number];

interface Key {
	question: CatalogQuestion;
	words: string[];
	/** Index in `words` of the word the key is filed under. */
	at: number;
	/** The cued question's stem. */
	stem: Stem;
	/** Made when the key is first found in a text (see `contextOf`): few keys ever are. */
	context?: KeyContext;
}

interface KeyContext {
	/** Short keys ("2022", "Maduro") count only where the text is about the same thing. */
	short: boolean;
	/** Content words of the cued question's stem, minus the key's own. */
	topic: Set<string>;
}

function contextOf(key: Key): KeyContext {
	if (key.context) return key.context;
	// The key's words are tokens already: their content words need no second split.
	const own = contentOf(key.words);
	const topic = new Set([...key.stem.content].filter((w) => !own.has(w)));
	return (key.context = { short: own.size < 3, topic });
}

const LEADING_ARTICLE = new Set(['the', 'a', 'an']);

function keysOf(questions: CatalogQuestion[], stems: Stem[]): Map<string, Key[]> {
	const raw: { question: CatalogQuestion; words: string[]; stem: Stem }[] = [];
	const freq = new Map<string, number>();
	for (const [i, question] of questions.entries()) {
		const key = question.options.find((o) => o.correct);
		if (!key) continue;
		const words = tokens(key.text);
		while (words.length > 1 && LEADING_ARTICLE.has(words[0]!)) words.shift();
		const joined = words.join(' ');
		// Too short to mean anything out of context ("6", "no", "US").
		if (joined.length < 4 && !(/\d/.test(joined) && joined.length >= 2)) continue;
		raw.push({ question, words, stem: stems[i]! });
		// Each distinct word once (a key is a few words: a scan, not a set).
		words.forEach((w, i) => {
			if (words.indexOf(w) === i) freq.set(w, (freq.get(w) ?? 0) + 1);
		});
	}
	const index = new Map<string, Key[]>();
	for (const { question, words, stem } of raw) {
		let at = 0;
		words.forEach((w, i) => {
			if (freq.get(w)! < freq.get(words[at]!)!) at = i;
		});
		const entry: Key = { question, words, at, stem };
		const list = index.get(words[at]!) ?? [];
		list.push(entry);
		index.set(words[at]!, list);
	}
	return index;
}

/**
 * A key found in more questions' texts than this (and at least `FREQUENT_MIN`) is the content's
 * common vocabulary — a source's name, a main actor — so, like a short key, it counts as a cue
 * only where the text is also about what its question asks.
 */
const FREQUENT_SHARE = 0.02;
const FREQUENT_MIN = 5;

const CELLS = 32 * 64 * 64;
const cellOf = (w: string) =>
	((w.length & 31) << 12) | ((w.charCodeAt(0) & 63) << 6) | (w.charCodeAt(w.length - 1) & 63);

function givesKey(
	questions: CatalogQuestion[],
	fields: readonly Field[],
	stems: Stem[]
): CuePair[] {
	const index = keysOf(questions, stems);
	// Most words of a text begin no key: a table by length and first and last letter turns them
	// away before the index is asked (looking up every word by its text was this search's cost).
	const maybe = new Uint8Array(CELLS);
	for (const w of index.keys()) maybe[cellOf(w)] = 1;
	const matches: { a: CatalogQuestion; n: number; field: Field; key: Key }[] = [];
	const texts = new Map<Key, Set<string>>();
	// Words as spans of the text: only the few that pass `maybe` are ever made into strings.
	const words = new WordSpans();
	for (const [n, a] of questions.entries()) {
		const found = new Set<string>();
		for (const field of fields) {
			const text = a[field];
			if (!text) continue;
			words.of(text.toLowerCase());
			const lower = words.text;
			for (let i = 0; i < words.count; i++) {
				const from = words.start[i]!;
				const to = words.end[i]!;
				const cell =
					(((to - from) & 31) << 12) |
					((lower.charCodeAt(from) & 63) << 6) |
					(lower.charCodeAt(to - 1) & 63);
				if (maybe[cell] === 0) continue;
				for (const k of index.get(words.word(i)) ?? []) {
					if (k.question.id === a.id || found.has(k.question.id)) continue;
					const start = i - k.at;
					if (start < 0 || start + k.words.length > words.count) continue;
					if (!k.words.every((w, j) => words.is(start + j, w))) continue;
					found.add(k.question.id);
					matches.push({ a, n, field, key: k });
					texts.set(k, (texts.get(k) ?? new Set()).add(a.id));
				}
			}
		}
	}
	const frequent = Math.max(FREQUENT_MIN, Math.ceil(questions.length * FREQUENT_SHARE));
	const around = new Map<string, ReadonlySet<string>>();
	const pairs: CuePair[] = [];
	for (const { a, n, field, key } of matches) {
		// A key phrase counts where the text is about what its question asks: one shared word for
		// a specific key, two for a short or common one ("2022", a source's name).
		const { short, topic } = contextOf(key);
		const needed = short || texts.get(key)!.size > frequent ? 2 : 1;
		const id = `${a.id}\u0000${field}`;
		let words = around.get(id);
		if (!words)
			around.set(id, (words = field === 'stem' ? stems[n]!.content : contentWords(a[field]!)));
		let shared = 0;
		for (const w of topic) if (words.has(w)) shared++;
		if (shared < needed) continue;
		pairs.push({
			from: a.id,
			to: key.question.id,
			kind: 'gives-key',
			field,
			detail: key.question.options.find((o) => o.correct)!.text
		});
	}
	return pairs;
}

/**
 * Every cue pair among `questions` (pure: used by the validator and by the generator).
 * @param fields where to look for other questions' keys: by default the stem, the hint and the
 *   explanation (shown after answering, so it cues every later question of a quiz)
 */
export function findCuePairs(
	questions: CatalogQuestion[],
	fields: readonly Field[] = FIELDS
): CuePair[] {
	const stems = questions.map((q) => stemOf(sharedTokens(q.stem)));
	return [...givesKey(questions, fields, stems), ...nearDuplicates(questions, stems)];
}

/**
 * Find every cue pair, record them in the catalog, and warn: `cues-key` at the text that gives
 * a key away, `near-duplicate` at the later of two near-identical stems.
 */
export function checkCues(ix: Indexed, problems: Problems) {
	const { catalog, where } = ix;
	const pairs = findCuePairs(catalog.questions);
	const place = (id: string, field: Field) => {
		const w = where.question.get(id)!;
		return w.yaml.locate([...w.path, field]);
	};
	const ref = (id: string) => {
		const p = place(id, 'stem');
		return `"${id}" (${p.file}:${p.line}:${p.column})`;
	};
	for (const p of pairs) {
		for (const [x, y] of [
			[p.from, p.to],
			[p.to, p.from]
		] as const) {
			const set = catalog.cues.get(x) ?? new Set<string>();
			set.add(y);
			catalog.cues.set(x, set);
		}
		if (p.kind === 'gives-key') {
			problems.add(
				'warning',
				place(p.from, p.field),
				'cues-key',
				`the ${p.field} contains "${p.detail}", the key of question ${ref(p.to)}: whoever reads this one can answer that one (quizzes keep the two apart); reword one of them`
			);
		} else {
			problems.add(
				'warning',
				place(p.to, 'stem'),
				'near-duplicate',
				`this stem is nearly the same as that of question ${ref(p.from)} (${p.detail}): one answers the other (quizzes keep the two apart); ask something else or keep one`
			);
		}
	}
	catalog.cuePairs.push(...pairs);
}
