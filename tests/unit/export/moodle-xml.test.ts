/**
 * Moodle XML read back with fast-xml-parser and compared field by field with the source
 * question (stem, options, key, per-answer feedback, general feedback with the quotes, hint),
 * for every real bank and for adversarial texts; shuffling and single-answer settings checked.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ExportSet } from '../../../src/lib/server/export/model';
import { toMoodleXml } from '../../../src/lib/server/export/moodle-xml';
import { differences, type ReadBack } from './expected';
import { adversarialSet, bankSets, htmlToText } from './support';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['question', 'answer', 'hint'].includes(name),
	parseTagValue: false,
	trimValues: false
});

type Text = { text: string };
interface MoodleQuestion {
	'@type': string;
	name: Text;
	questiontext: Text & { '@format': string };
	generalfeedback: Text;
	single: string;
	shuffleanswers: string;
	answer: (Text & { '@fraction': string; feedback: Text })[];
	hint?: Text[];
	category?: Text;
}

function readMoodle(xml: string): {
	category: string;
	questions: (ReadBack & { raw: MoodleQuestion })[];
} {
	expect(XMLValidator.validate(xml)).toBe(true);
	const all: MoodleQuestion[] = parser.parse(xml).quiz.question;
	const category = all.find((q) => q['@type'] === 'category')?.category?.text ?? '';
	const questions = all
		.filter((q) => q['@type'] !== 'category')
		.map((q) => ({
			raw: q,
			id: q.name.text,
			stem: htmlToText(q.questiontext.text),
			options: q.answer.map((a) => ({
				text: htmlToText(a.text),
				correct: a['@fraction'] === '100',
				feedback: htmlToText(a.feedback.text)
			})),
			general: htmlToText(q.generalfeedback.text),
			hint: q.hint ? htmlToText(q.hint[0]!.text) : null
		}));
	return { category, questions };
}

function roundTrip(set: ExportSet): string[] {
	const { questions } = readMoodle(toMoodleXml(set));
	const byId = new Map(questions.map((r) => [r.id, r]));
	const settings = questions.flatMap((r) =>
		r.raw['@type'] === 'multichoice' && r.raw.single === 'true' && r.raw.shuffleanswers === 'true'
			? []
			: [`${r.id}: not a shuffled single-answer multichoice`]
	);
	return [
		...(questions.length === set.questions.length
			? []
			: [`read ${questions.length}, wrote ${set.questions.length}`]),
		...settings,
		...set.questions.flatMap((q) => differences(q, byId.get(q.id), { feedback: true, hint: true }))
	];
}

describe('Moodle XML export', () => {
	it.each(bankSets.map((s) => [s.title, s] as const))(
		'reads back every question of bank "%s" as written',
		(_, set) => {
			expect(roundTrip(set)).toEqual([]);
		}
	);

	it('reads back adversarial texts (& < > " \' ]]>, line breaks, non-ASCII) as written', () => {
		expect(roundTrip(adversarialSet)).toEqual([]);
	});

	it('names the category after the topic and the set, with a slash in a name doubled', () => {
		expect(readMoodle(toMoodleXml(adversarialSet)).category).toBe(
			'$course$/top/Odd <topic> & "title" // slash/Adversarial: {=a = b ~c}'
		);
	});
});
