/**
 * The interface language, from one place: which locale is in force (Paraglide's getLocale: the
 * switch's cookie, else the browser's languages, else English), the tag `<html lang>` and Intl get
 * for it, and plural forms and numbers in it. Content keeps its own language (topic.yaml's
 * `language`), marked with `lang` where it appears inside the interface.
 */
import { getLocale, locales, type Locale } from '../paraglide/runtime.js';
import { quoted } from '../text';

export { getLocale, locales, type Locale };

/** The cookie the language switch sets; Paraglide's cookie strategy reads the same name. */
export { cookieName as LOCALE_COOKIE } from '../paraglide/runtime.js';

/**
 * The BCP 47 tag for `<html lang>` and Intl. English stays British ("en-GB", the spelling of the
 * interface and the format of its dates); Spanish is plain "es", neutral between regions.
 */
export function htmlLang(locale: Locale = getLocale()): string {
	return locale === 'en' ? 'en-GB' : locale;
}

/** A verbatim quote between the interface language's quotation marks (`quoted` in text.ts). */
export function inQuotes(quote: string, locale: Locale = getLocale()): string {
	return quoted(quote, locale);
}

/** Whether a string names an interface locale ("en", "es"). */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** `n` in the interface's number format ("1,234" in English, "1234" / "12.345" in Spanish). */
export function formatNumber(n: number, locale: Locale = getLocale()): string {
	return new Intl.NumberFormat(htmlLang(locale)).format(n);
}

type Form<T> = (inputs: { n: string } & T) => string;

/**
 * A number with its noun in the form the number takes, by CLDR plural rules (Intl.PluralRules) of
 * the interface language: count(2, m.n_questions_one, m.n_questions_other) is "2 questions" or
 * "2 preguntas". Both messages take `{n}`, already formatted for the locale, and any other inputs
 * in `more`. Languages with more forms than one/other would need more arguments; English and
 * Spanish have these two.
 */
export function count<T extends object = object>(
	n: number,
	one: Form<T>,
	other: Form<T>,
	more?: T
): string {
	const locale = getLocale();
	const form = new Intl.PluralRules(htmlLang(locale)).select(n) === 'one' ? one : other;
	return form({ ...(more as T), n: formatNumber(n, locale) });
}
