/** Shared by the quiz play and result pages: messages and lookups for an attempt's questions. */
import { error } from '@sveltejs/kit';
import type { Catalog } from '../content/catalog';
import { m } from '../../paraglide/messages.js';
import { questionByPublicId } from './public';

/** Said for a quiz link that does not decode, in the interface language of the request. */
export const badLink = () => m.quiz_bad_link();

export function attemptQuestion(catalog: Catalog, publicId: string) {
	const q = questionByPublicId(catalog, publicId);
	if (!q) error(410, m.quiz_question_gone());
	return q;
}
