/**
 * A file or pasted text turned into the lines of a source, or a refusal the author can act on
 * (status and message for `fail`). Nothing is stored here.
 */
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

/** Decodes UTF-8 strictly; null for a binary file (NUL bytes) or one in another encoding. */
function decode(bytes: Uint8Array): string | null {
	if (bytes.includes(0)) return null;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** Reads an uploaded .txt, .md or .html file. */
export async function readUpload(file: File): Promise<ImportOutcome> {
	const name = file.name.slice(0, 200);
	if (file.size > MAX_BYTES) {
		return {
			ok: false,
			status: 413,
			message: `${name} is ${megabytes(file.size)} MB; the limit is 2 MB. Save only the article (its text or its page without images) and upload that.`
		};
	}
	const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	const kind = KINDS[extension];
	if (!kind) {
		return {
			ok: false,
			status: 415,
			message: `${name} is not a .txt, .md or .html file. Save the article as one of those, or paste its text.`
		};
	}
	const text = decode(new Uint8Array(await file.arrayBuffer()));
	if (text === null) {
		return {
			ok: false,
			status: 415,
			message: `${name} is not UTF-8 text (it looks binary or uses another encoding). Save it as UTF-8 text or HTML, or paste the article's text.`
		};
	}
	if (kind === 'text') return fromText(text, name);
	const article = extractArticle(text);
	if (!article) {
		return {
			ok: false,
			status: 422,
			message: `No article was found in ${name}: the page has too little running text. Open the article's own page and save that, or paste its text.`
		};
	}
	const { lines, ...meta } = article;
	return { ok: true, imported: { lines, meta, from: name } };
}

/** Reads pasted text (or a text file's contents). */
export function fromText(text: string, from = 'pasted text'): ImportOutcome {
	if (new TextEncoder().encode(text).length > MAX_BYTES) {
		return {
			ok: false,
			status: 413,
			message: 'The pasted text is over 2 MB. Paste only the article.'
		};
	}
	const lines = textLines(text);
	if (lines.length === 0) {
		return {
			ok: false,
			status: 400,
			message: 'There is no text to import. Paste the article or choose a file.'
		};
	}
	return { ok: true, imported: { lines, meta: NO_META, from } };
}
