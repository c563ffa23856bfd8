/**
 * The language switch's form post: which language was chosen and where to go back to. Validated
 * with zod; a bad post is the client's mistake (400), and `next` must be a path on this site, so
 * the switch cannot be used to send a reader elsewhere (an open redirect).
 */
import { z } from 'zod';
import { locales } from '$lib/i18n';

/** A same-site path: one leading slash, not `//host` or `/\host`, which browsers read as another site. */
const SamePath = z
	.string()
	.max(2000)
	.regex(/^\/(?![/\\])/)
	.catch('/');

export const LanguageChoice = z.object({
	locale: z.enum(locales),
	next: SamePath.default('/')
});

/** A year: the choice is a preference the reader set on purpose, so it should outlast a term. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
