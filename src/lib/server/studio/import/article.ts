/**
 * An HTML page reduced to its article's text, one paragraph a line, with what the page says about
 * itself (headline, outlet, publication time, language). Mozilla's Readability (Firefox's reader
 * view) finds the article; linkedom gives it a DOM: a small, fast DOM that runs no scripts and
 * loads nothing, which is all Readability needs (jsdom would add a full browser emulation and
 * many dependencies for nothing here).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface Article {
	title: string;
	outlet: string;
	/** ISO date (YYYY-MM-DD) the page states, or ''. */
	published: string;
	/** Two-letter language code the page states, or ''. */
	language: string;
	lines: string[];
}

/** Fewer words than this is a page with no article in it (an index, a login wall, an error page). */
const MIN_WORDS = 30;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';

function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** One line per block element that holds no other block (a <li> with <p>s gives the <p>s). */
function linesOf(html: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	const lines: string[] = [];
	for (const el of document.querySelectorAll(BLOCKS)) {
		if (el.querySelector(BLOCKS)) continue;
		const line = clean(el.textContent ?? '');
		if (line) lines.push(line);
	}
	if (lines.length === 0) {
		const all = clean(document.body.textContent ?? '');
		if (all) lines.push(all);
	}
	return lines;
}

/** The article in `html`, or null when the page has none. */
export function extractArticle(html: string): Article | null {
	const { document } = parseHTML(html);
	let parsed: ReturnType<Readability<string>['parse']>;
	try {
		parsed = new Readability(document).parse();
	} catch {
		return null;
	}
	if (!parsed?.content) return null;
	const lines = linesOf(parsed.content);
	const words = lines.join(' ').split(/\s+/).filter(Boolean).length;
	if (words < MIN_WORDS) return null;
	const published = /^\d{4}-\d{2}-\d{2}/.exec(parsed.publishedTime ?? '')?.[0] ?? '';
	const language = /^([a-z]{2})\b/i.exec(parsed.lang ?? '')?.[1]?.toLowerCase() ?? '';
	return {
		title: clean(parsed.title ?? ''),
		outlet: clean(parsed.siteName ?? ''),
		published,
		language,
		lines
	};
}
