/**
 * Where each item of a file's main list begins (`questions:`, `facts:`, `entities:`), found
 * from the text's indentation alone, so that a position inside one item can be had by parsing
 * that item again instead of the whole file (see `YamlFile.locate`).
 *
 * Only the layout every content file has is recognised: a key at the start of a line with
 * nothing after it but a comment, then a block sequence (`- ` items, all at one indentation).
 * Anything else gives undefined, and the caller parses the whole file. The caller also checks
 * that the count of items found equals the list's length in the parsed data: every real item
 * begins with `- ` at the sequence's indentation, so equal counts mean no line was mistaken for
 * an item start (YAML requires the lines of a value to be indented further than its item).
 */

import { SEQ, type FlatTree } from './flat-tree';
import { fastFlatTree } from './yaml-tree';

/** A node of a flat tree whose offsets are `offset` short of the file's. */
export interface Subtree {
	tree: FlatTree;
	node: number;
	offset: number;
}

/**
 * Item `index` of a list, parsed on its own (with js-yaml's listener, as a whole file is), from
 * `starts` as `listItemStarts` gives them. Offsets in the tree plus `offset` are the file's.
 * @returns undefined when the item's text does not read as one sequence entry
 */
export function parseListItem(text: string, starts: number[], index: number): Subtree | undefined {
	const offset = starts[index]!;
	const fast = fastFlatTree(text.slice(offset, starts[index + 1]));
	// The slice holds one item: a sequence of one node, as in the whole file.
	const seq = fast?.tree.root ?? -1;
	if (!fast || seq < 0 || fast.tree.kind[seq] !== SEQ || fast.tree.count[seq] !== 1)
		return undefined;
	return { tree: fast.tree, node: fast.tree.kids[fast.tree.first[seq]!]!, offset };
}

/** Indentation of the line at `at` in spaces, or -1 for a blank or comment-only line. */
function indentAt(text: string, at: number): number {
	let i = at;
	while (text.charCodeAt(i) === 32) i++;
	const c = text.charCodeAt(i);
	if (Number.isNaN(c) || c === 10 || c === 35 /* # */) return -1;
	// A tab in the indentation is not YAML; a tab after spaces on a blank line is.
	if (c === 9) return /^[ \t]*(?:#.*)?$/.test(lineAt(text, at)) ? -1 : -2;
	return i - at;
}

function lineAt(text: string, at: number): string {
	const end = text.indexOf('\n', at);
	return text.slice(at, end < 0 ? text.length : end);
}

/** Whether a block sequence entry (`-` then a space, a tab or the line's end) is at `at`. */
function isEntry(text: string, at: number): boolean {
	if (text.charCodeAt(at) !== 45 /* - */) return false;
	const next = text.charCodeAt(at + 1);
	return Number.isNaN(next) || next === 32 || next === 9 || next === 10;
}

/**
 * Offsets in `text` where each item of the root mapping's `key` list begins (at the start of its
 * first line), then the offset where the last one ends: n + 1 numbers for n items.
 * @returns undefined when the list is not laid out as described above
 */
export function listItemStarts(text: string, key: string): number[] | undefined {
	const head = keyLine(text, key);
	if (head < 0) return undefined;
	const starts: number[] = [];
	let indent = -1;
	let line = text.indexOf('\n', head) + 1;
	while (line > 0 && line < text.length) {
		const own = indentAt(text, line);
		if (own === -2) return undefined;
		if (own >= 0) {
			if (indent < 0) indent = own;
			if (own < indent) break;
			if (own === indent) {
				if (!isEntry(text, line + own)) break;
				starts.push(line);
			}
		}
		line = text.indexOf('\n', line) + 1;
	}
	if (starts.length === 0) return undefined;
	starts.push(line > 0 ? line : text.length);
	return starts;
}

/** Offset of the line `key:` (at column 0, with no value on the line), or -1. */
function keyLine(text: string, key: string): number {
	const head = `${key}:`;
	for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
		if (!text.startsWith(head, at)) continue;
		const rest = lineAt(text, at + head.length);
		return /^[ \t]*(?:#.*)?$/.test(rest) ? at : -1;
	}
	return -1;
}
