/**
 * A source's text as paragraphs of plain and highlighted pieces, so "show in the article" can
 * mark the quotes of one fact (found with the validator's own matching) without any HTML.
 */
import { normalize, normalizeWithMap } from '../content/normalize';

export interface Segment {
	text: string;
	/** Set on highlighted pieces; `anchor` only on the first piece of each quote. */
	mark: boolean;
	anchor: string | null;
}

export function findQuote(body: string, quote: string): [number, number] | null {
	const { text, origin } = normalizeWithMap(body);
	const q = normalize(quote);
	const at = text.indexOf(q);
	if (at < 0 || q.length === 0) return null;
	return [origin[at]!, origin[at + q.length - 1]! + 1];
}

export function highlight(body: string, quotes: string[]): Segment[][] {
	const ranges = quotes
		.map((q, i) => ({ range: findQuote(body, q), anchor: `quote-${i + 1}` }))
		.filter((r): r is { range: [number, number]; anchor: string } => r.range !== null)
		.sort((a, b) => a.range[0] - b.range[0]);

	const paragraphs: Segment[][] = [];
	const re = /\S[\s\S]*?(?=\n\s*\n|\s*$)/g;
	for (const m of body.matchAll(re)) {
		const start = m.index!;
		const end = start + m[0].length;
		const segments: Segment[] = [];
		let cursor = start;
		for (const { range, anchor } of ranges) {
			const [a, b] = [Math.max(range[0], cursor), Math.min(range[1], end)];
			if (a >= b) continue;
			if (a > cursor) segments.push({ text: body.slice(cursor, a), mark: false, anchor: null });
			segments.push({ text: body.slice(a, b), mark: true, anchor: a === range[0] ? anchor : null });
			cursor = b;
		}
		if (cursor < end) segments.push({ text: body.slice(cursor, end), mark: false, anchor: null });
		paragraphs.push(segments);
	}
	return paragraphs;
}
