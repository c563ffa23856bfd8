/**
 * Item-writing lint after Haladyna, Downing & Rodriguez (2002): the flaws that let a student
 * score without knowing the answer, or that confuse one who does.
 */
import type { CatalogQuestion, Indexed } from '../catalog';
import { describeConvergence, keyConvergence, optionWords as ofOption } from './lint-convergence';
import { QUOTED } from './lint-references';
import { normalize } from '../normalize';
import type { Problems } from '../problems';
import type { Position } from '../yaml/yaml-file';
import { hasWord } from './tokens';

const ALL_NONE = /\b(all|none|both|neither) of (the )?(above|these|the above)\b/i;
const NEGATIVE = /\b(not|except|never|least|false|incorrect)\b/gi;
const HAS_NEGATIVE = new RegExp(NEGATIVE.source, 'i');
const STOP = new Set([
	'the',
	'and',
	'that',
	'with',
	'from',
	'this',
	'they',
	'their',
	'have',
	'been',
	'were',
	'which',
	'what',
	'when',
	'who',
	'whom',
	'into',
	'than',
	'then',
	'them',
	'said',
	'says',
	'for',
	'was',
	'his',
	'her',
	'its',
	'are',
	'also',
	'about'
]);

/** Share of a bank's questions whose key is the longest option, above which we warn. */
export const KEY_LONGEST_LIMIT = 0.4;

/** A word that can give a key away: four letters or more, not a function word. */
const isWord = (w: string) => w.length >= 4 && !STOP.has(w);

export function lintItems(ix: Indexed, problems: Problems) {
	const { catalog, where } = ix;
	for (const q of catalog.questions) lintQuestion(q, ix, problems);
	for (const bank of catalog.banks) {
		const questions = bank.questionIds.map((id) => catalog.questionById.get(id)!);
		// Placed only when a warning needs it: positions cost a parse (yaml-file.ts).
		const at = () => where.bank.get(bank.id)!.yaml.locate(['questions']);
		lintKeyLength(questions, at, problems);
		lintKeyPositions(questions, at, problems);
	}
}

function lintQuestion(q: CatalogQuestion, ix: Indexed, problems: Problems) {
	const w = ix.where.question.get(q.id)!;
	const at = (...p: (string | number)[]) => w.yaml.locate([...w.path, ...p]);
	// Each option folded and split once, for the duplicate, convergence and giveaway checks.
	const optionWords = q.options.map((o) => ofOption(o.text));
	q.options.forEach((o, i) => {
		if (ALL_NONE.test(o.text)) {
			problems.add(
				'error',
				at('options', i, 'text'),
				'all-none-of-the-above',
				`"${o.text}": "all/none of the above" options reward test-wiseness; write a specific option`
			);
		}
		const key = optionWords[i]!.folded;
		const first = optionWords.findIndex((o) => o.folded === key);
		if (first < i) {
			problems.add(
				'error',
				at('options', i, 'text'),
				'duplicate-option',
				`option ${i + 1} repeats option ${first + 1}: "${o.text}"`
			);
		}
	});

	const convergence = keyConvergence(q, optionWords);
	if (convergence) {
		problems.add(
			'warning',
			at('options', convergence.key, 'text'),
			'key-convergence',
			describeConvergence(convergence)
		);
	}

	const key = q.options.findIndex((o) => o.correct);
	if (key >= 0) {
		// Words of the key that no distractor shares are the giveaway when the stem repeats them.
		// Option and stem word lists are short: scanning them costs less than a set of each.
		const telling = optionWords[key]!.words.filter(
			(k) => isWord(k) && optionWords.every((o, j) => j === key || !o.words.includes(k))
		);
		// Looked for in the stem's text: most keys have a telling word the stem lacks, and finding
		// that costs less than splitting the stem into words.
		const stem = telling.length > 0 ? q.stem.toLowerCase() : '';
		if (telling.length > 0 && telling.every((k) => hasWord(stem, k))) {
			problems.add(
				'warning',
				at('stem'),
				'stem-gives-key',
				`the stem repeats the key's words (${telling.join(', ')}), which gives the answer away`
			);
		}
	}

	// A negative inside quotation marks is the source's wording, which the stem must not change.
	// Most stems have no negative word at all: those are not copied to blank their quotes.
	if (!HAS_NEGATIVE.test(q.stem)) return;
	const unquoted = q.stem.replace(QUOTED, (t) => ' '.repeat(t.length));
	for (const m of unquoted.matchAll(NEGATIVE)) {
		const word = m[0];
		if (/^least$/i.test(word) && /\bat $/i.test(q.stem.slice(0, m.index))) continue; // "at least"
		const emphasised =
			word === word.toUpperCase() ||
			/\*\*|_/.test(q.stem.slice(Math.max(0, m.index! - 2), m.index! + word.length + 2));
		if (!emphasised) {
			problems.add(
				'warning',
				at('stem'),
				'negative-stem',
				`negative stem ("${word}"): rephrase positively, or write it in capitals (${word.toUpperCase()}) so it is not missed`
			);
		}
	}
}

function lintKeyLength(questions: CatalogQuestion[], at: () => Position, problems: Problems) {
	if (questions.length < 5) return;
	const longest = questions.filter((q) => {
		const key = q.options.find((o) => o.correct);
		if (!key) return false;
		const keyLength = normalize(key.text).length;
		return q.options.every((o) => o === key || normalize(o.text).length < keyLength);
	});
	const share = longest.length / questions.length;
	if (share > KEY_LONGEST_LIMIT) {
		problems.add(
			'warning',
			at(),
			'key-longest',
			`the key is the longest option in ${longest.length} of ${questions.length} questions (${Math.round(share * 100)}%, limit ${KEY_LONGEST_LIMIT * 100}%): students learn to pick the longest option; lengthen distractors in e.g. ${longest
				.slice(0, 3)
				.map((q) => q.id)
				.join(', ')}`
		);
	}
}

function lintKeyPositions(questions: CatalogQuestion[], at: () => Position, problems: Problems) {
	if (questions.length < 8) return;
	const observed = [0, 0, 0, 0, 0];
	const expected = [0, 0, 0, 0, 0];
	for (const q of questions) {
		const k = q.options.findIndex((o) => o.correct);
		if (k >= 0) observed[k]!++;
		for (let i = 0; i < q.options.length; i++) expected[i]! += 1 / q.options.length;
	}
	const skewed = expected.some(
		(e, i) => e >= 3 && (observed[i]! > e * 1.75 || observed[i]! < e * 0.4)
	);
	if (skewed) {
		const shown = observed
			.map((o, i) => `${i + 1}: ${o} (expected ~${expected[i]!.toFixed(0)})`)
			.filter((_, i) => expected[i]! > 0);
		problems.add(
			'warning',
			at(),
			'key-position',
			`keys are unevenly placed across this bank (${shown.join(', ')}); move some keys so printed copies do not teach a pattern`
		);
	}
}
