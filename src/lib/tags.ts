/**
 * Tags (`topics:` in facts, questions and explainers, e.g. "us-politics") as readers see them.
 * Each topic labels its own tags in topic.yaml (`tags:`; the validator requires one for every
 * tag used); an id without a label is spelled out with its acronyms kept ("us" → "US"), never
 * capitalised letter by letter ("Us politics"). Browser-safe.
 */

/** Short words that are acronyms when they stand alone in an id. */
const ACRONYMS = new Set(['us', 'usa', 'uk', 'eu', 'un', 'cne', 'nato', 'opec', 'wsj', 'cnn']);

/** `labels[id]` (a topic's `tags:`); else "us-politics" → "US politics", "eu-trade" → "EU trade". */
export function tagLabel(id: string, labels: Record<string, string> = {}): string {
	if (Object.hasOwn(labels, id)) return labels[id]!;
	const words = id.split('-').map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
	const first = words[0] ?? '';
	words[0] = first.charAt(0).toUpperCase() + first.slice(1);
	return words.join(' ');
}
