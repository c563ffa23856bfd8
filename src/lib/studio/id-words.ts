/**
 * Ids made from words, shared by the server (fact, tag, source and topic ids) and the browser (the
 * topic form fills its id in from the title as the author types).
 */

/** The words of `text` as an id may hold them: accents stripped, lower case, [a-z0-9] runs. */
export function idWords(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/**
 * An id for a title: "The US offers amnesty" → "the-us-offers-amnesty", at most `max` characters
 * and cut between words (a cut inside one left ids like "…-after-two-ye"); '' when the title has
 * no letters or digits.
 */
export function idFromTitle(title: string, max = 50): string {
	const words = idWords(title);
	let out = '';
	for (const word of words) {
		const next = out ? `${out}-${word}` : word;
		if (next.length > max) break;
		out = next;
	}
	return out || words[0]?.slice(0, max) || '';
}
