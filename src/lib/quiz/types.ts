/**
 * What the browser may see of a question (no key, no feedback, no explanation) and what it
 * sees after answering. Browser-safe types only.
 */
export interface PublicOption {
	/** Position of the option in the authored question; the form posts this back. */
	index: number;
	text: string;
}

export interface PublicQuestion {
	/** Opaque id (authors' ids can name the answer); the server maps it back. */
	id: string;
	stem: string;
	/** In display order: shuffled per attempt. */
	options: PublicOption[];
	hint: string | null;
	difficulty: 'easy' | 'medium' | 'hard';
	topics: string[];
	about: 'events' | 'sources';
}

export interface EvidenceLink {
	source: string;
	sourceTitle: string;
	/** The source's one short name (src/lib/sources.ts), e.g. "CNN copy, 16 Aug 2022". */
	sourceName: string;
	quote: string;
	/** Opens the source with this quote highlighted and scrolled into view. */
	href: string;
	/** For contested facts: which version this quote belongs to. */
	version: string | null;
	/** The source's language (ISO 639-1), so the quote is marked with `lang`. */
	language?: string;
}

export interface OptionReview {
	index: number;
	text: string;
	correct: boolean;
	feedback: string;
	/** For distractors: why it is wrong. */
	label: 'contradicted' | 'not-stated' | null;
}

export interface Verdict {
	questionId: string;
	choice: number;
	correct: boolean;
	keyIndex: number;
	chosenFeedback: string;
	explanation: string;
	/** Every option with its feedback, in the order the student saw them. */
	options: OptionReview[];
	/** The quotes that settle the key. */
	evidence: EvidenceLink[];
	/**
	 * The one quote shown first: for a distractor contradicted by a fact, that fact's quote (why
	 * this choice is wrong); otherwise the first quote that settles the key.
	 */
	lead: EvidenceLink[];
}

/** A fact as pages show it. */
export interface FactView {
	id: string;
	statement: string;
	/** The date as the content gives it ("2022", "2022-03", "2022-03-05"); see LocalDate. */
	date: string | null;
	event: string | null;
	topics: string[];
	evidence: EvidenceLink[];
	contested: null | {
		kind: string;
		note: string;
		/** `asOf`: a partial date like `date`. */
		versions: { label: string; says: string; asOf: string | null; evidence: EvidenceLink[] }[];
	};
}

/** One entry of a timeline: an event, with every fact that reports it merged in. */
export interface TimelineEntry {
	/** The main fact's id (facts joined to it by `date.same_as` are merged in). */
	id: string;
	/** A partial date: its form is its precision ("2022" is the year as a whole). */
	date: string;
	event: string;
	topics: string[];
	/** True when a merged fact is contested: sources differ about it. */
	contested: boolean;
	/** Quotes of every merged fact, one link per source first. */
	evidence: EvidenceLink[];
}
