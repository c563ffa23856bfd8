/**
 * The closing lines of `npm run validate`, each number with its noun in the right form
 * ("1 entity", "2 entities", "1 error"): the command's output is the author's first reading of
 * the library, and "1 entities" looked careless.
 */

/** Nouns by the count's key: [one, other]; adjectives (authored, contested) have one form. */
const NOUNS: Record<string, [string, string]> = {
	sources: ['source', 'sources'],
	entities: ['entity', 'entities'],
	facts: ['fact', 'facts'],
	explainers: ['explainer', 'explainers'],
	questions: ['question', 'questions'],
	cuePairs: ['cue pair', 'cue pairs'],
	errors: ['error', 'errors'],
	warnings: ['warning', 'warnings'],
	topics: ['topic', 'topics']
};

/** `n` with the form of its noun for `key` that `n` takes, e.g. (1, 'entities') → "1 entity". */
export function counted(n: number, key: string): string {
	const [one, other] = NOUNS[key] ?? [key, key];
	return `${n} ${n === 1 ? one : other}`;
}

/** One topic's (or the library's) counts as a line: "3 sources, 1 entity, 12 facts, …". */
export function countsText(counts: Record<string, number>): string {
	return Object.entries(counts)
		.map(([key, n]) => counted(n, key))
		.join(', ');
}

/** The last line: problems, topics, counts and the time taken (ms). */
export function summaryText(s: {
	errors: number;
	warnings: number;
	topics: number;
	counts: Record<string, number>;
	ms: number;
}): string {
	const head = [counted(s.errors, 'errors'), counted(s.warnings, 'warnings')].join(', ');
	return `${head} in ${counted(s.topics, 'topics')}: ${countsText(s.counts)} (${s.ms.toFixed(0)} ms)`;
}
