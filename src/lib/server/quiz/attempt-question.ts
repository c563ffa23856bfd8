/** Shared by the quiz play and result pages: messages and lookups for an attempt's questions. */
import { error } from '@sveltejs/kit';
import type { Catalog } from '../content/catalog';
import { questionByPublicId } from './public';

export const BAD_LINK =
	'This quiz link is not valid (it may be incomplete, or from before the server restarted). Start a new quiz.';

export function attemptQuestion(catalog: Catalog, publicId: string) {
	const q = questionByPublicId(catalog, publicId);
	if (!q) error(410, 'A question in this quiz no longer exists. Start a new quiz.');
	return q;
}
