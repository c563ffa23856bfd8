/**
 * Offline copies in the reader's language. The same address answers in English or Spanish (the
 * switch's cookie, else the browser's languages), so the service worker keeps one copy of a page
 * per interface language, under a key that names it, and shows offline the copy in the language the
 * reader last read in. Pure and browser-safe, so it is unit-tested (tests/unit/offline.test.ts).
 */
import { locales, type Locale } from '../paraglide/runtime.js';

export type { Locale };

/**
 * The interface locale a language tag names (`<html lang>` or a Content-Language header: "en-GB"
 * is "en", "es" is "es"), or null for none of the interface's languages, an empty tag or null.
 */
export function localeOfTag(tag: string | null | undefined): Locale | null {
	const base = tag
		?.trim()
		.split(/[-_,;\s]/)[0]
		?.toLowerCase();
	return ((locales as readonly string[]).find((l) => l === base) as Locale | undefined) ?? null;
}

/**
 * The cache key of the copy of `path` (a pathname, no query) kept in `locale`: the path with a
 * `locale` query, which no kept page has (pages with a query are never kept, see keptAs), so keys
 * of different languages never collide and the key's pathname is still the page's.
 */
export function keyIn(path: string, locale: Locale): string {
	return `${path}?locale=${locale}`;
}

/** The locale a cache key made by keyIn names, or null for a key kept before copies had one. */
export function localeOfKey(url: URL): Locale | null {
	return localeOfTag(url.searchParams.get('locale'));
}
