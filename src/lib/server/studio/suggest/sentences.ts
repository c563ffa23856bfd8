/**
 * Sentences of a stored source body, with their offsets in it. A sentence never crosses a line
 * break: stored bodies keep one paragraph per line, and a quote is cut from one paragraph.
 */
export interface Sentence {
	/** Offset of the first character in the body (UTF-16 code units). */
	start: number;
	/** Offset just past the last character (exclusive). */
	end: number;
	text: string;
}

// UAX #29 ends a sentence after any period before a capital: an initial ("Daniel P. Erikson"),
// a title ("Gen. Padrino") or "U.S." before the name of an office does not end one
const NOT_AN_END = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr))\.$/;
const US_END = /\bU\.S\.$/;
const OFFICE =
	/^(?:Department|Embassy|Senate|Congress|Treasury|State|Attorney|Navy|Army|Coast|Southern|Drug|Justice)\b/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Split `body` into sentences with Intl.Segmenter (Unicode UAX #29 sentence boundaries), one
 * paragraph (line) at a time, trimmed of surrounding whitespace. Empty lines give nothing.
 */
export function splitSentences(body: string): Sentence[] {
	const out: Sentence[] = [];
	let lineStart = 0;
	for (const line of body.split('\n')) {
		let held: Sentence | null = null;
		for (const seg of segmenter.segment(line)) {
			const lead = seg.segment.length - seg.segment.trimStart().length;
			const text = seg.segment.trim();
			if (!text) continue;
			const start = lineStart + seg.index + lead;
			if (held && US_END.test(held.text) && !OFFICE.test(text)) {
				out.push(held);
				held = null;
			}
			const s: Sentence = held
				? {
						start: held.start,
						end: start + text.length,
						text: line.slice(held.start - lineStart, start - lineStart + text.length)
					}
				: { start, end: start + text.length, text };
			held = NOT_AN_END.test(s.text) || US_END.test(s.text) ? s : null;
			if (!held) out.push(s);
		}
		if (held) out.push(held);
		lineStart += line.length + 1;
	}
	return out;
}
