/**
 * The export formats and, for each, what it keeps and loses of what Sourced promises: the teacher
 * reads this before downloading (the studio's export page and the CLI print it), so nobody finds
 * out in the LMS that the quotes or a question went missing.
 */
export const FORMAT_IDS = ['gift', 'moodle-xml', 'qti21', 'qti3', 'anki', 'kahoot'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface FormatInfo {
	id: FormatId;
	label: string;
	/** Who imports it. */
	for: string;
	extension: string;
	mime: string;
	keeps: string[];
	loses: string[];
}

const KEY = 'stem, options and key';
const QUOTES_IN_FEEDBACK = "the key's quotes (with their sources) in the general feedback";

/** What both QTI versions keep: the same item model (choice interaction, modal feedback). */
const QTI_KEEPS = [
	KEY,
	'per-option feedback (modal feedback), with the quote that rules a contradicted distractor out',
	'the explanation as general feedback',
	QUOTES_IN_FEEDBACK,
	'option shuffling'
];

export const FORMATS: Record<FormatId, FormatInfo> = {
	gift: {
		id: 'gift',
		label: 'GIFT',
		for: 'Moodle (Question bank → Import → GIFT format)',
		extension: 'gift.txt',
		mime: 'text/plain; charset=utf-8',
		keeps: [
			KEY,
			'per-option feedback, with the quote that rules a contradicted distractor out',
			'the explanation as general feedback',
			QUOTES_IN_FEEDBACK
		],
		loses: [
			'hints (GIFT has no hint field)',
			'distractor labels (contradicted / not stated)',
			'option shuffling is set in the Moodle quiz, not in the file'
		]
	},
	'moodle-xml': {
		id: 'moodle-xml',
		label: 'Moodle XML',
		for: 'Moodle (Question bank → Import → Moodle XML format)',
		extension: 'moodle.xml',
		mime: 'application/xml; charset=utf-8',
		keeps: [
			KEY,
			'per-option feedback, with the quote that rules a contradicted distractor out',
			'the explanation as general feedback',
			QUOTES_IN_FEEDBACK,
			'hints (shown between tries in interactive quizzes)',
			'option shuffling, lettered A, B, C'
		],
		loses: ['distractor labels (contradicted / not stated)']
	},
	qti21: {
		id: 'qti21',
		label: 'QTI 2.1 content package',
		for: 'Canvas, Blackboard and other platforms that import QTI 2.1',
		extension: 'qti21.zip',
		mime: 'application/zip',
		keeps: QTI_KEEPS,
		loses: [
			'hints',
			'distractor labels (contradicted / not stated)',
			'some platforms show only part of the feedback'
		]
	},
	qti3: {
		id: 'qti3',
		label: 'QTI 3.0 content package',
		for: 'platforms that import QTI 3.0',
		extension: 'qti3.zip',
		mime: 'application/zip',
		keeps: QTI_KEEPS,
		loses: ['hints', 'distractor labels (contradicted / not stated)']
	},
	anki: {
		id: 'anki',
		label: 'Anki (CSV)',
		for: 'Anki (File → Import), one card per question',
		extension: 'anki.csv',
		mime: 'text/csv; charset=utf-8',
		keeps: [
			'front: the stem and the options lettered A, B, C',
			"back: the key, the explanation and the key's quotes with their sources"
		],
		loses: [
			'per-option feedback',
			'hints',
			'distractor labels (contradicted / not stated)',
			'option shuffling (a card shows the options in one order)'
		]
	},
	kahoot: {
		id: 'kahoot',
		label: 'Kahoot spreadsheet',
		for: "Kahoot (Create → Import spreadsheet), in Kahoot's quiz template",
		extension: 'kahoot.xlsx',
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		keeps: ['stem, up to 4 options and the key', 'a 30-second time limit per question'],
		loses: [
			'all feedback: the template has no feedback column, so no per-option feedback, explanation or quotes',
			'hints and distractor labels',
			'questions that do not fit: more than 4 options, a question over 120 characters or an answer over 75 are left out (never cut short) and listed'
		]
	}
};

export const isFormatId = (id: string): id is FormatId =>
	(FORMAT_IDS as readonly string[]).includes(id);
