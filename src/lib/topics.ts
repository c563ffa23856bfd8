/**
 * Topic ids (`topics:` in facts and questions, e.g. "us-politics") as readers see them. Known
 * topics have a written label; any other id is spelled out with its acronyms kept ("us" → "US"),
 * never capitalised letter by letter from the id ("Us politics").
 */
const LABELS: Record<string, string> = {
	amnesty: 'Amnesty offers',
	'conversations-2025': 'The 2025 conversations',
	detainees: 'Detained Americans',
	'government-opposition-talks': 'Government–opposition talks',
	'election-2024': 'The 2024 election',
	negotiations: 'Negotiations',
	'oil-and-sanctions': 'Oil and sanctions',
	'prisoner-swaps': 'Prisoner swaps',
	recognition: 'Who is recognised as leader',
	'regional-politics': 'Regional politics',
	sources: 'Reading the sources',
	'ukraine-and-russia': 'Ukraine and Russia',
	'ukraine-war': 'The war in Ukraine',
	'us-politics': 'US politics',
	'visit-2022': 'The March 2022 visit'
};

/** Short words that are acronyms when they stand alone in an id. */
const ACRONYMS = new Set(['us', 'usa', 'uk', 'eu', 'un', 'cne', 'nato', 'opec', 'wsj', 'cnn']);

/** True when the id has a written label (the content test requires one for every topic). */
export const hasTopicLabel = (id: string) => Object.hasOwn(LABELS, id);

/** "us-politics" → "US politics"; an unknown "eu-trade" → "EU trade". */
export function topicLabel(id: string): string {
	if (hasTopicLabel(id)) return LABELS[id]!;
	const words = id.split('-').map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
	const first = words[0] ?? '';
	words[0] = first.charAt(0).toUpperCase() + first.slice(1);
	return words.join(' ');
}
