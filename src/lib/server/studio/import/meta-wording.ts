/**
 * The source-details form's labels and messages (issue 8: every problem at once, each beside its
 * field, named by its label, in words a teacher acts on). The page's fields and the server's
 * messages read the labels from here, so a message names exactly what the author sees.
 */
import { m } from '../../../paraglide/messages.js';
import type { FormWording } from '../field-problems';
import { idProblem } from '../topics';
import { META_FIELDS } from './import-form';

export const META_LABELS: Record<string, () => string> = {
	id: m.meta_id,
	title: m.meta_title,
	title_basis: m.meta_title_basis,
	name: m.meta_name,
	outlet: m.meta_outlet,
	outlet_basis: m.meta_outlet_basis,
	published_date: m.meta_published,
	published_basis: m.meta_published_basis,
	published_how: m.meta_published_how,
	language: m.meta_language,
	origin_kind: m.meta_origin_kind,
	second_hand: m.meta_second_hand,
	origin_notes: m.meta_origin_notes,
	reliability: m.meta_reliability
};

function say(field: string, code: string, value: string, max?: number): string {
	if (code === 'too_big') return m.studio_too_long({ max: String(max ?? '') });
	switch (field) {
		case 'id':
			return idProblem(value.trim()) ?? m.studio_choose_option();
		case 'title':
			return m.meta_title_missing();
		case 'published_date':
			return value.trim() === ''
				? m.meta_published_missing()
				: m.meta_published_bad({ value: value.trim().slice(0, 40) });
		case 'published_how':
			return m.meta_published_how_missing();
		case 'language':
			return m.meta_language_bad();
		case 'origin_notes':
			return m.meta_origin_notes_missing();
		default:
			return m.studio_choose_option();
	}
}

export const META_WORDING: FormWording = {
	order: META_FIELDS,
	label: (field) => (META_LABELS[field] ?? (() => field))(),
	say: (field, issue, value) =>
		say(field, issue.code, value, issue.code === 'too_big' ? Number(issue.maximum) : undefined)
};
