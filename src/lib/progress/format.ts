/** Dates as the reader reads them: in the browser's languages, through Intl. */

/** A date and time, e.g. "2 Dec 2026, 10:40" (en-GB) or "Dec 2, 2026, 10:40 AM" (en-US). */
export function formatDateTime(date: Date, locales?: readonly string[]): string {
	return new Intl.DateTimeFormat(locales as string[] | undefined, {
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['second', 1000],
	['minute', 60_000],
	['hour', 3_600_000],
	['day', 86_400_000],
	['month', 2_629_800_000],
	['year', 31_557_600_000]
];
/** Up to what size each unit is used (in ms); past the last, years. */
const LIMITS = [60_000, 3_600_000, 86_400_000, 45 * 86_400_000, 365 * 86_400_000];

/**
 * How far `date` is from `now`, e.g. "in 10 minutes", "tomorrow", "3 days ago" (numeric: auto,
 * so a day ahead is "tomorrow"), in the largest unit that keeps the number at least 1.
 */
export function relativeTime(date: Date, now: Date, locales?: readonly string[]): string {
	const diff = date.getTime() - now.getTime();
	const size = Math.abs(diff);
	const i = LIMITS.findIndex((limit) => size < limit);
	const [unit, ms] = UNITS[i < 0 ? UNITS.length - 1 : i]!;
	return new Intl.RelativeTimeFormat(locales as string[] | undefined, { numeric: 'auto' }).format(
		Math.round(diff / ms),
		unit
	);
}

/** The browser's preferred languages (Intl falls back to its default when there are none). */
export function readerLocales(): readonly string[] | undefined {
	return typeof navigator !== 'undefined' && navigator.languages?.length
		? navigator.languages
		: undefined;
}
