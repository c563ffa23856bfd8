/**
 * Near-duplicate stems, for the cue check (check-cues.ts): two stems that share most of their
 * distinctive content words (Jaccard similarity), found through an inverted index of stem words
 * rather than by comparing every pair.
 */
import type { CatalogQuestion, CuePair } from '../catalog';
import { contentOf, isContentWord } from './tokens';

/** Stems sharing at least this share of their content words are near-duplicates… */
export const NEAR_DUPLICATE = 0.55;
/** …or this share, when the two questions also rest on a common fact. */
export const NEAR_DUPLICATE_SAME_FACT = 0.4;

/**
 * Each question's stem: its words (split once, read by every search), and its content words as a
 * set, made on first use (this search reads the words; the key search needs a few stems' sets).
 */
export interface Stem {
	tokens: readonly string[];
	readonly content: ReadonlySet<string>;
}

/** The `Stem` of a stem's words. */
export function stemOf(tokens: readonly string[]): Stem {
	let content: ReadonlySet<string> | undefined;
	return {
		tokens,
		get content() {
			return (content ??= contentOf(tokens));
		}
	};
}

/**
 * Words in more than this share of all stems (a source's name, "Maduro", a year) say nothing
 * about which of two stems is which: they are left out of the comparison (and of the candidate
 * search, which keeps it near-linear).
 */
const COMMON_SHARE = 0.08;
const COMMON_MIN = 10;

/**
 * Every near-duplicate pair among `qs`, the earlier question first, in question order.
 * @param stems each question's stem words, in the order of `qs`
 */
export function nearDuplicates(qs: CatalogQuestion[], stems: Stem[]): CuePair[] {
	// Each distinct word gets a number, so counting and indexing are array work: looking every
	// word up by its text, four times over, was most of this search's cost.
	const ids = new Map<string, number>();
	// The stem that last took each word's id: a word repeated in a stem counts once, as in a set.
	let lastStem = new Int32Array(1024).fill(-1);
	const all = stems.map((s, n) => {
		const own: number[] = [];
		for (const w of s.tokens) {
			if (!isContentWord(w)) continue;
			let id = ids.get(w);
			if (id === undefined) {
				ids.set(w, (id = ids.size));
				if (id === lastStem.length) {
					const more = new Int32Array(id * 2).fill(-1);
					more.set(lastStem);
					lastStem = more;
				}
			}
			if (lastStem[id] === n) continue;
			lastStem[id] = n;
			own.push(id);
		}
		return own;
	});
	const df = new Int32Array(ids.size);
	for (const own of all) for (const w of own) df[w]!++;
	const common = Math.max(COMMON_MIN, Math.ceil(qs.length * COMMON_SHARE));
	const words = all.map((own) => own.filter((w) => df[w]! <= common));
	// Postings of word w: stems postings[start[w] .. start[w + 1]), in stem order.
	const start = new Int32Array(ids.size + 1);
	for (const own of words) for (const w of own) start[w + 1]!++;
	for (let w = 0; w < ids.size; w++) start[w + 1]! += start[w]!;
	const postings = new Int32Array(start[ids.size]!);
	const fill = start.slice(0, ids.size);
	words.forEach((own, i) => {
		for (const w of own) postings[fill[w]!++] = i;
	});
	// Pairs sharing at least two distinctive words are the only candidates: for each stem, count
	// the words it shares with each later stem (a counter per stem, reset after use).
	const shared = new Int32Array(qs.length);
	const touched: number[] = [];
	const candidates = new Int32Array(qs.length);
	const pairs: CuePair[] = [];
	for (let i = 0; i < qs.length; i++) {
		touched.length = 0;
		for (const w of words[i]!) {
			// Postings are in stem order: start after i.
			let lo = start[w]!;
			let hi = start[w + 1]!;
			const end = hi;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (postings[mid]! <= i) lo = mid + 1;
				else hi = mid;
			}
			for (let x = lo; x < end; x++) {
				const j = postings[x]!;
				if (shared[j] === 0) touched.push(j);
				shared[j]!++;
			}
		}
		// Most stems touched share one word only: drop those before sorting (a typed array sorts
		// numbers without a comparator call).
		let m = 0;
		for (const j of touched) if (shared[j]! >= 2) candidates[m++] = j;
		const sorted = candidates.subarray(0, m).sort();
		for (let x = 0; x < m; x++) {
			const j = sorted[x]!;
			const n = shared[j]!;
			const similarity = n / (words[i]!.length + words[j]!.length - n);
			if (similarity < NEAR_DUPLICATE_SAME_FACT) continue;
			const sameFact = qs[i]!.supports.some((f) => qs[j]!.supports.includes(f));
			if (similarity >= NEAR_DUPLICATE || sameFact) {
				pairs.push({
					from: qs[i]!.id,
					to: qs[j]!.id,
					kind: 'near-duplicate',
					field: 'stem',
					detail: `${Math.round(similarity * 100)}% of their content words shared${sameFact ? ', same fact' : ''}`
				});
			}
		}
		for (const j of touched) shared[j] = 0;
	}
	return pairs;
}
