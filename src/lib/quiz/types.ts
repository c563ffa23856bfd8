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
	quote: string;
	/** Opens the source with this quote highlighted and scrolled into view. */
	href: string;
	/** For contested facts: which version this quote belongs to. */
	version: string | null;
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
	date: string | null;
	sortKey: string | null;
	event: string | null;
	evidence: EvidenceLink[];
	contested: null | {
		kind: string;
		note: string;
		versions: { label: string; says: string; asOf: string | null; evidence: EvidenceLink[] }[];
	};
}
