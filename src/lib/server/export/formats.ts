/**
 * The export formats and, for each, what it keeps and loses of what Sourced promises: the teacher
 * reads this before downloading (the studio's export page and the CLI print it), so nobody finds
 * out in the LMS that the quotes or a question went missing. The words are the interface's
 * messages, read when asked for (getters), so the studio shows them in the author's language and
 * the CLI, outside any request, in English.
 */
import { m } from '../../paraglide/messages.js';
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

const KEY = () => m.export_keeps_key();
const QUOTES_IN_FEEDBACK = () => m.export_keeps_quotes();
const OPTION_FEEDBACK = () => m.export_keeps_option_feedback();
const EXPLANATION = () => m.export_keeps_explanation();
const LABELS = () => m.export_loses_labels();

/** What both QTI versions keep: the same item model (choice interaction, modal feedback). */
const qtiKeeps = () => [
	KEY(),
	m.export_keeps_modal_feedback(),
	EXPLANATION(),
	QUOTES_IN_FEEDBACK(),
	m.export_keeps_shuffling()
];

export const FORMATS: Record<FormatId, FormatInfo> = {
	gift: {
		id: 'gift',
		label: 'GIFT',
		get for() {
			return m.export_for_gift();
		},
		extension: 'gift.txt',
		mime: 'text/plain; charset=utf-8',
		get keeps() {
			return [KEY(), OPTION_FEEDBACK(), EXPLANATION(), QUOTES_IN_FEEDBACK()];
		},
		get loses() {
			return [m.export_loses_gift_hints(), LABELS(), m.export_loses_gift_shuffling()];
		}
	},
	'moodle-xml': {
		id: 'moodle-xml',
		label: 'Moodle XML',
		get for() {
			return m.export_for_moodle_xml();
		},
		extension: 'moodle.xml',
		mime: 'application/xml; charset=utf-8',
		get keeps() {
			return [
				KEY(),
				OPTION_FEEDBACK(),
				EXPLANATION(),
				QUOTES_IN_FEEDBACK(),
				m.export_keeps_moodle_hints(),
				m.export_keeps_lettered_shuffling()
			];
		},
		get loses() {
			return [LABELS()];
		}
	},
	qti21: {
		id: 'qti21',
		get label() {
			return m.export_label_qti({ version: '2.1' });
		},
		get for() {
			return m.export_for_qti21();
		},
		extension: 'qti21.zip',
		mime: 'application/zip',
		get keeps() {
			return qtiKeeps();
		},
		get loses() {
			return [m.export_loses_hints(), LABELS(), m.export_loses_qti_feedback()];
		}
	},
	qti3: {
		id: 'qti3',
		get label() {
			return m.export_label_qti({ version: '3.0' });
		},
		get for() {
			return m.export_for_qti3();
		},
		extension: 'qti3.zip',
		mime: 'application/zip',
		get keeps() {
			return qtiKeeps();
		},
		get loses() {
			return [m.export_loses_hints(), LABELS()];
		}
	},
	anki: {
		id: 'anki',
		label: 'Anki (CSV)',
		get for() {
			return m.export_for_anki();
		},
		extension: 'anki.csv',
		mime: 'text/csv; charset=utf-8',
		get keeps() {
			return [m.export_keeps_anki_front(), m.export_keeps_anki_back()];
		},
		get loses() {
			return [
				m.export_loses_option_feedback(),
				m.export_loses_hints(),
				LABELS(),
				m.export_loses_anki_shuffling()
			];
		}
	},
	kahoot: {
		id: 'kahoot',
		get label() {
			return m.export_label_kahoot();
		},
		get for() {
			return m.export_for_kahoot();
		},
		extension: 'kahoot.xlsx',
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		get keeps() {
			return [m.export_keeps_kahoot(), m.export_keeps_kahoot_time()];
		},
		get loses() {
			return [
				m.export_loses_kahoot_feedback(),
				m.export_loses_kahoot_hints(),
				m.export_loses_kahoot_misfits()
			];
		}
	}
};

export const isFormatId = (id: string): id is FormatId =>
	(FORMAT_IDS as readonly string[]).includes(id);
