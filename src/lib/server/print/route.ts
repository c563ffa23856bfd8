/**
 * What the print routes share: the topic and the sheet a URL names. Sheet paths (after
 * `print/` or `pdf/`): `bank/<bank>`, `questions?q=<id>,<id>`, `explainer/<explainer>`.
 * Until content is split into topic folders the app has one topic, served from the catalog.
 */
import { error } from '@sveltejs/kit';
import { catalog } from '../content';
import { buildSheet, SheetNotFound, type SheetSource } from './sheet';
import type { Sheet } from '../../print/types';

export const PRINT_TOPIC = {
	id: 'us-venezuela-2019-2025',
	title: 'US–Venezuela relations 2019–2025',
	language: 'en'
};

function sourceOf(path: string, url: URL): SheetSource {
	const [kind, id, extra] = path.split('/');
	if (kind === 'bank' && id && !extra) return { kind: 'bank', bank: id };
	if (kind === 'explainer' && id && !extra) return { kind: 'explainer', explainer: id };
	if (kind === 'questions' && !id) {
		const q = (url.searchParams.get('q') ?? '').split(',').filter(Boolean).slice(0, 200);
		return { kind: 'chosen', questions: q };
	}
	error(
		404,
		'No such sheet: print a bank (bank/<id>), chosen questions (questions?q=…) or an explainer.'
	);
}

/** The sheet for a print URL, or a 404 naming what is missing. */
export function sheetFor(topic: string, path: string, url: URL, withKey: boolean): Sheet {
	if (topic !== PRINT_TOPIC.id) error(404, `There is no topic "${topic}".`);
	try {
		return buildSheet(catalog, PRINT_TOPIC, sourceOf(path, url), withKey);
	} catch (e) {
		if (e instanceof SheetNotFound) error(404, e.message);
		throw e;
	}
}
