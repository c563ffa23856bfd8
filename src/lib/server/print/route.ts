/**
 * What the print routes share: the topic and the sheet a URL names. Sheet paths (after
 * `print/` or `pdf/`): `bank/<bank>`, `questions?q=<id>,<id>`, `explainer/<explainer>`.
 */
import { m } from '../../paraglide/messages.js';
import { error, redirect } from '@sveltejs/kit';
import type { TopicEntry } from '../content';
import type { ExportTopic } from '../export/model';
import { topicOr404 } from '../topic';
import { buildSheet, SheetNotFound, type SheetSource } from './sheet';
import type { Sheet } from '../../print/types';

/** A topic as exports and sheets name it. */
export const exportTopic = (t: TopicEntry): ExportTopic => ({
	id: t.id,
	title: t.meta.title,
	language: t.meta.language
});

function sourceOf(path: string, url: URL): SheetSource {
	const [kind, id, extra] = path.split('/');
	if (kind === 'bank' && id && !extra) return { kind: 'bank', bank: id };
	if (kind === 'explainer' && id && !extra) return { kind: 'explainer', explainer: id };
	if (kind === 'questions' && !id) {
		const q = (url.searchParams.get('q') ?? '').split(',').filter(Boolean).slice(0, 200);
		return { kind: 'chosen', questions: q };
	}
	error(404, m.print_no_sheet());
}

/**
 * A sheet path cut short to a kind or to nothing ("", "bank", "explainer") names no sheet: the
 * print and PDF routes lead (303) to the page that lists the sheets instead of a 404, the export
 * page for the teacher's copy, the quizzes page for the public one. Any other path returns.
 */
export function leadToSheetList(topic: string, path: string, withKey: boolean): void {
	if (!['', 'bank', 'explainer'].includes(path)) return;
	redirect(303, withKey ? `/author/topics/${topic}/export` : `/topics/${topic}/quiz`);
}

/** The sheet for a print URL, or a 404 naming what is missing. */
export function sheetFor(topicId: string, path: string, url: URL, withKey: boolean): Sheet {
	const topic = topicOr404(topicId);
	try {
		return buildSheet(topic.catalog, exportTopic(topic), sourceOf(path, url), withKey);
	} catch (e) {
		if (e instanceof SheetNotFound) error(404, e.message);
		throw e;
	}
}
