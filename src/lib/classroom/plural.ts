/**
 * "1 student", "2 students": English plural forms by Intl.PluralRules (CLDR), so the pages never
 * say "1 students". One place to change when the interface gets another language.
 */
const rules = new Intl.PluralRules('en');

/** `n` and the noun in the form its number takes, e.g. count(1, 'answer', 'answers'). */
export function count(n: number, one: string, other: string): string {
	return `${n} ${rules.select(n) === 'one' ? one : other}`;
}
