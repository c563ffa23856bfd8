/**
 * Exports a set of questions in one of the formats (formats.ts says what each keeps and loses).
 * Pure apart from the zip and xlsx writers: the caller chooses the set (select.ts) and decides
 * who may download it (answer keys are for teachers only).
 */
import { toAnkiCsv } from './anki';
import { FORMATS, type FormatId } from './formats';
import { toGift } from './gift';
import { toKahootXlsx, type LeftOut } from './kahoot';
import type { ExportSet } from './model';
import { toMoodleXml } from './moodle-xml';
import { toQtiPackage } from './qti-package';

export interface ExportFile {
	body: Uint8Array<ArrayBuffer>;
	/** A file name from the topic, the set and the format, e.g. `us-venezuela-2019-2025-detainees.gift.txt`. */
	filename: string;
	mime: string;
	/** Questions the format could not hold (Kahoot only), with why. */
	leftOut: LeftOut[];
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export async function exportSet(
	format: FormatId,
	set: ExportSet,
	name: string
): Promise<ExportFile> {
	const info = FORMATS[format];
	const file = (body: Uint8Array<ArrayBuffer>, leftOut: LeftOut[] = []): ExportFile => ({
		body,
		filename: `${name}.${info.extension}`,
		mime: info.mime,
		leftOut
	});
	switch (format) {
		case 'gift':
			return file(utf8(toGift(set)));
		case 'moodle-xml':
			return file(utf8(toMoodleXml(set)));
		case 'qti21':
			return file(new Uint8Array(toQtiPackage('2.1', set)));
		case 'qti3':
			return file(new Uint8Array(toQtiPackage('3.0', set)));
		case 'anki':
			return file(utf8(toAnkiCsv(set)));
		case 'kahoot': {
			const { body, leftOut } = await toKahootXlsx(set);
			return file(body, leftOut);
		}
	}
}

export { FORMATS, FORMAT_IDS, isFormatId, type FormatId } from './formats';
export { chooseSet, ExportChoiceError, type Choice } from './select';
