/**
 * A file or pasted text turned into the lines of a source, or a refusal the author can act on
 * (status and message for `fail`). Nothing is stored here.
 */
import { m } from '../../../paraglide/messages.js';
import { extractArticle } from './article';

/** Largest file (or paste) accepted, in bytes. */
export const MAX_BYTES = 2 * 1024 * 1024;

const KINDS: Record<string, 'text' | 'html'> = {
	txt: 'text',
	md: 'text',
	html: 'html',
	htm: 'html'
};

export interface Imported {
	lines: string[];
	/** What the page said about itself (HTML only), to prefill the metadata form. */
	meta: { title: string; outlet: string; published: string; language: string };
	/** Where the text came from: "pasted text" or the file's name. */
	from: string;
}

export type ImportOutcome =
	{ ok: true; imported: Imported } | { ok: false; status: 400 | 413 | 415 | 422; message: string };

const NO_META = { title: '', outlet: '', published: '', language: '' };

/** Paragraph lines of a text: line endings normalised, whitespace trimmed, empty lines dropped. */
export function textLines(text: string): string[] {
	return text
		.replace(/^\uFEFF/, '')
		.split(/\r\n?|\n/)
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter((line) => line !== '');
}

function megabytes(bytes: number): string {
	return (bytes / 1024 / 1024).toFixed(1);
}

/**
 * Decodes UTF-8 strictly: 'binary' for a file that is not text at all (NUL bytes: a photo, a PDF
 * or a Word file renamed), 'other-encoding' for text saved in an older encoding (Windows-1252,
 * Latin-1), which the teacher cannot be expected to know by name.
 */
function decode(bytes: Uint8Array): string | 'binary' | 'other-encoding' {
	if (bytes.includes(0)) return 'binary';
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return 'other-encoding';
	}
}

/** Reads an uploaded .txt, .md or .html file. */
export async function readUpload(file: File): Promise<ImportOutcome> {
	const name = file.name.slice(0, 200);
	if (file.size > MAX_BYTES) {
		return {
			ok: false,
			status: 413,
			message: m.import_too_big({ name, size: megabytes(file.size) })
		};
	}
	const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	const kind = KINDS[extension];
	if (!kind) {
		return {
			ok: false,
			status: 415,
			message: m.import_wrong_kind({ name })
		};
	}
	const text = decode(new Uint8Array(await file.arrayBuffer()));
	if (text === 'binary' || text === 'other-encoding') {
		return {
			ok: false,
			status: 415,
			message: text === 'binary' ? m.import_not_text({ name }) : m.import_other_encoding({ name })
		};
	}
	if (kind === 'text') return fromText(text, name);
	const article = extractArticle(text);
	if (!article) {
		return {
			ok: false,
			status: 422,
			message: m.import_no_article({ name })
		};
	}
	const { lines, ...meta } = article;
	return { ok: true, imported: { lines, meta, from: name } };
}

/** Reads pasted text (or a text file's contents). */
export function fromText(text: string, from: string = m.import_from_pasted()): ImportOutcome {
	if (new TextEncoder().encode(text).length > MAX_BYTES) {
		return {
			ok: false,
			status: 413,
			message: m.import_paste_too_big()
		};
	}
	const lines = textLines(text);
	if (lines.length === 0) {
		return {
			ok: false,
			status: 400,
			message: m.import_nothing()
		};
	}
	return { ok: true, imported: { lines, meta: NO_META, from } };
}
