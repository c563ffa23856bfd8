/**
 * Reading the import page's posts: the first step (a file or pasted text) and the review step
 * (the text carried in a hidden field, the lines to remove, the metadata). A forged or cut-off
 * body is a 400, never a 500.
 */
import { m } from '../../../paraglide/messages.js';
import { looksLikeBoilerplate } from './boilerplate';
import { fromText, MAX_BYTES, readUpload, textLines, type ImportOutcome } from './read-upload';
import { idFromTitle } from '../../../studio/id-words';

export const META_FIELDS = [
	'id',
	'title',
	'title_basis',
	'name',
	'outlet',
	'outlet_basis',
	'published_date',
	'published_basis',
	'published_how',
	'language',
	'origin_kind',
	'second_hand',
	'origin_notes',
	'reliability'
] as const;

export type MetaValues = Partial<Record<(typeof META_FIELDS)[number], string>>;

async function formOf(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

/** First step: the uploaded file when one was chosen, else the pasted text. */
export async function readSource(request: Request): Promise<ImportOutcome> {
	const form = await formOf(request);
	if (!form) return { ok: false, status: 400, message: m.studio_form_unreadable() };
	const file = form.get('file');
	if (file instanceof File && file.size > 0) return readUpload(file);
	const pasted = form.get('pasted');
	return fromText(typeof pasted === 'string' ? pasted : '');
}

/** A suggested source id for a title: whole words, at most 50 characters (idFromTitle). */
export function sourceSlug(title: string): string {
	return idFromTitle(title);
}

/** Metadata prefilled from what an HTML page said about itself. */
export function suggestedMeta(meta: {
	title: string;
	outlet: string;
	published: string;
	language: string;
}): MetaValues {
	return {
		id: sourceSlug(meta.title),
		title: meta.title,
		title_basis: meta.title ? 'stated' : 'written',
		outlet: meta.outlet,
		outlet_basis: 'stated',
		published_date: meta.published,
		published_basis: meta.published ? 'stated' : 'inferred',
		language: meta.language || 'en',
		origin_kind: 'original',
		reliability: 'high'
	};
}

/** Indexes of lines that look like page furniture (ticked for removal at first). */
export function suggestedRemovals(lines: string[]): number[] {
	return lines.flatMap((line, i) => (looksLikeBoilerplate(line) ? [i] : []));
}

export type ReviewPost =
	| {
			ok: true;
			lines: string[];
			removed: number[];
			values: MetaValues;
			/** 'yes' when the author confirmed storing a source the topic seems to have already. */
			anyway: string;
	  }
	| { ok: false; message: string };

/** Review step: the text, the removals (checked against the text) and the metadata as typed. */
export async function readReview(request: Request): Promise<ReviewPost> {
	const form = await formOf(request);
	const text = form?.get('text');
	if (!form || typeof text !== 'string' || text.length > MAX_BYTES * 2) {
		return { ok: false, message: m.import_start_again() };
	}
	const lines = textLines(text);
	const removed = new Set<number>();
	for (const value of form.getAll('remove')) {
		const i = typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : -1;
		if (i < 0 || i >= lines.length) {
			return { ok: false, message: m.import_line_unknown() };
		}
		removed.add(i);
	}
	const values: MetaValues = {};
	for (const field of META_FIELDS) {
		const value = form.get(field);
		values[field] = typeof value === 'string' ? value.slice(0, 2000) : '';
	}
	const anyway = form.get('anyway') === 'yes' ? 'yes' : '';
	return { ok: true, lines, removed: [...removed].sort((a, b) => a - b), values, anyway };
}
