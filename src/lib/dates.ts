/**
 * Dates at the precision the sources support ("2019", "March 2022", "5 March 2022"), formatted
 * with Intl for a locale. Server rendering always uses the page's language, so a page's HTML is
 * the same for every reader; pages that run JavaScript may then switch to the reader's own variant
 * of that language (see readerLocale).
 */

/** The language of every page: keep in step with `<html lang>` in src/app.html (a test checks). */
export const PAGE_LOCALE = 'en-GB';

/**
 * @param value a partial date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the content schema's form)
 * @param locale a BCP 47 tag; unknown tags fall back to Intl's default
 * @param month "long" (March) or "short" (Mar)
 */
export function formatDate(
	value: string,
	locale: string = PAGE_LOCALE,
	month: 'long' | 'short' = 'long'
): string {
	const [y, m, d] = value.split('-').map(Number);
	const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	if (m) options.month = month;
	if (d) options.day = 'numeric';
	return new Intl.DateTimeFormat(locale, options).format(
		new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1))
	);
}

/**
 * The reader's variant of the page's language: the first of the browser's preferred languages
 * that shares the page's language ("en-US" for an English page), so dates read the way the reader
 * is used to without putting another language's month names into an English page.
 * @param preferred navigator.languages, most preferred first
 */
export function readerLocale(preferred: readonly string[], page: string = PAGE_LOCALE): string {
	const language = (tag: string) => tag.toLowerCase().split('-')[0];
	const match = preferred.find((tag) => language(tag) === language(page));
	try {
		return match ? Intl.getCanonicalLocales(match)[0]! : page;
	} catch {
		return page; // a malformed tag from the browser
	}
}
