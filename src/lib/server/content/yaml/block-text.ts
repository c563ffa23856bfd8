/**
 * A quick look, from the text alone, for what the swallowed-field check (block-scalars.ts)
 * warns about, so that the node tree it needs is only built for a file that may have one.
 *
 * It answers "maybe" for every line the check could warn at, and for more: a line ending in `|`
 * or `>` (with their `-`, `+` or digit, and a comment) is taken as a block's header, whatever it
 * really is; everything after it indented further than the header's key counts as the block
 * (the real block ends no later); and a field of any map counts, not only the block's owner's.
 */

/**
 * A header's end: `|` or `>`, up to two indicator characters, a comment, then the line's end
 * (what comes before the `|` or `>` is looked at after a match). One search over the whole
 * text, with no alternatives to try at each character: most lines are not headers.
 */
const HEADER = /[|>][-+1-9]{0,2}[ \t]*(?:#[^\n]*)?$/gm;

/** Whether the character before offset `at` can precede a header: a line's start, space, ":". */
function opensHeader(text: string, at: number): boolean {
	const c = text.charCodeAt(at - 1);
	return at === 0 || c === 10 || c === 32 || c === 9 || c === 58;
}

/**
 * A line that starts like a field: its indentation, then `name:` (the exact check matches the
 * same pattern), matched at the line's start (sticky) in the whole file.
 */
export const FIELD_AT = /([ \t]*)([A-Za-z_][\w-]*):(?=[ \t\r\n]|$)/y;

/** Column of the key of the header line at `at`: after its indentation and any `- ` entries. */
function keyColumn(text: string, at: number): number {
	let i = at;
	for (;;) {
		while (text.charCodeAt(i) === 32) i++;
		if (text.charCodeAt(i) === 45 /* - */ && text.charCodeAt(i + 1) === 32) i += 2;
		else return i - at;
	}
}

/** Spaces before the text of the line at `at`, or -1 when it holds only spaces and tabs. */
function indentAt(text: string, at: number): number {
	let i = at;
	while (text.charCodeAt(i) === 32) i++;
	const indent = i - at;
	for (; ; i++) {
		const c = text.charCodeAt(i);
		if (Number.isNaN(c) || c === 10) return -1;
		if (c !== 32 && c !== 9) return indent;
	}
}

/**
 * Whether some line inside a block of text in `text` starts like `name:` for a `name` in
 * `fields`. False means the swallowed-field check has nothing to find in this text.
 */
export function mayHideField(text: string, fields: ReadonlySet<string>): boolean {
	HEADER.lastIndex = 0;
	for (let m = HEADER.exec(text); m; m = HEADER.exec(text)) {
		if (!opensHeader(text, m.index)) continue;
		const header = text.lastIndexOf('\n', m.index) + 1;
		const key = keyColumn(text, header);
		let line = text.indexOf('\n', m.index) + 1;
		for (; line > 0; line = text.indexOf('\n', line) + 1) {
			const indent = indentAt(text, line);
			if (indent < 0) continue;
			if (indent <= key) break;
			FIELD_AT.lastIndex = line;
			const field = FIELD_AT.exec(text);
			if (field && fields.has(field[2]!)) return true;
		}
		// The line that ended the block may be a header itself.
		if (line <= 0) break;
		HEADER.lastIndex = line;
	}
	return false;
}
