/**
 * Finds interface text written straight into a Svelte component's markup instead of coming from
 * the message catalogue: text between tags and user-facing attributes (aria-label, title, alt,
 * placeholder, value of buttons is not checked) written as plain quoted strings. Script and style
 * blocks, comments, <code> and `{…}` expressions are skipped; so are names that are the same in every
 * language (ALLOWED).
 */

/** Text that is not translated on purpose: the product's name, each language named in itself. */
const ALLOWED = new Set(['Sourced', 'English', 'Español']);

/** `source` with every `{…}` expression (nested braces included) replaced by a space. */
function withoutExpressions(source: string): string {
	let out = '';
	let depth = 0;
	for (const ch of source) {
		if (ch === '{') depth++;
		else if (ch === '}' && depth > 0) {
			depth--;
			if (depth === 0) out += ' ';
		} else if (depth === 0) out += ch;
	}
	return out;
}

const ATTRIBUTE = /\b(aria-label|aria-description|title|alt|placeholder|label|hint)="([^"]*)"/g;

/** The pieces of hard-coded interface text in a .svelte file's markup, in order. */
export function hardCodedText(svelte: string): string[] {
	const markup = withoutExpressions(
		svelte
			.replace(/<script[\s\S]*?<\/script>/g, ' ')
			.replace(/<style[\s\S]*?<\/style>/g, ' ')
			.replace(/<!--[\s\S]*?-->/g, ' ')
			// Code (file names, commands, variables) reads the same in every language.
			.replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, ' ')
			// Entities such as &nbsp; are spacing, not words.
			.replace(/&[a-z]+;/g, ' ')
	);
	const found: string[] = [];
	for (const [, , value] of markup.matchAll(ATTRIBUTE)) {
		if (/[a-z]{2}/i.test(value!) && !ALLOWED.has(value!.trim())) found.push(value!.trim());
	}
	const text = markup.replace(/<[^>]*>/g, '\n');
	for (const piece of text.split('\n')) {
		// The product's name inside a title ("{page} · Sourced") is not interface text either.
		const t = piece.replace(/\bSourced\b/g, '').trim();
		if (/[a-z]{2}/i.test(t) && !ALLOWED.has(t)) found.push(t);
	}
	return found;
}
