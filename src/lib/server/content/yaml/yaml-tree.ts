/**
 * The shape of a YAML document with the offset of every node, which is all the validator needs
 * to point at a field. Two ways to get it:
 * - `fastTree`: js-yaml (CORE_SCHEMA, i.e. YAML 1.2 core, like `yaml`'s default) with its
 *   open/close listener — about ten times faster than `yaml`, used when a position is asked
 *   for (of one list item or of a whole file, see yaml-file.ts);
 * - `treeOfDocument`: from a `yaml` Document, for files js-yaml cannot read (syntax errors,
 *   anchors, anything the listener does not map one-to-one), whose messages and positions
 *   come from `yaml` as before.
 * Both give the same offsets for the same text (tests/unit/yaml-tree.test.ts).
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node } from 'yaml';
import { BLOCK, FlatTreeBuilder, MAP, SCALAR, SEQ, toYNode, type FlatTree } from './flat-tree';

export type YNode =
	| { kind: 'map'; start: number; pairs: YPair[] }
	| { kind: 'seq'; start: number; items: (YNode | null)[] }
	| { kind: 'scalar'; start: number; end: number; value: unknown; block: boolean };

export interface YPair {
	key: unknown;
	keyStart: number;
	value: YNode | null;
}

/** A `yaml` Document as a YNode tree (null for an empty document). */
export function treeOfDocument(doc: Document.Parsed, text: string): YNode | null {
	const convert = (node: Node | null | undefined): YNode | null => convertNode(node, text, convert);
	return convert(doc.contents as Node | null);
}

/**
 * Where a block scalar's text ends, trailing space and line breaks left out (the two parsers
 * end a block at different points of the space after it); other scalars end where they start,
 * since only a block's extent is ever read.
 */
function blockEnd(text: string, start: number, end: number, block: boolean): number {
	if (!block) return start;
	let e = end;
	while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
	return e;
}

function convertNode(
	node: Node | null | undefined,
	text: string,
	convert: (node: Node | null | undefined) => YNode | null
): YNode | null {
	if (!node) return null;
	const start = node.range?.[0] ?? 0;
	if (isMap(node))
		return {
			kind: 'map',
			start,
			pairs: node.items.filter(isPair).map((p) => ({
				key: isScalar(p.key) ? p.key.value : p.key,
				keyStart: isScalar(p.key) ? (p.key.range?.[0] ?? -1) : -1,
				value: convert(p.value as Node | null)
			}))
		};
	if (isSeq(node)) return { kind: 'seq', start, items: node.items.map((n) => convert(n as Node)) };
	const s = node as Scalar;
	const block = s.type === Scalar.BLOCK_FOLDED || s.type === Scalar.BLOCK_LITERAL;
	return {
		kind: 'scalar',
		start,
		end: blockEnd(text, start, node.range?.[1] ?? start, block),
		value: s.value,
		block
	};
}

/** Offset of the deepest node on `path` in `tree` (or of `key` of that node's map), as `offsetIn`. */
export function offsetInTree(tree: YNode | null, path: readonly (string | number)[], key?: string) {
	let node = tree;
	for (const step of path) {
		const next = node ? child(node, step) : undefined;
		if (next === undefined || next === null) break;
		node = next;
	}
	if (key !== undefined && node?.kind === 'map') {
		const pair = node.pairs.find((p) => p.key === key);
		if (pair && pair.keyStart >= 0) return pair.keyStart;
	}
	return node ? node.start : 0;
}

/** Same lookup as `yaml`'s `get(step, true)`: a map by key, a sequence by index. */
function child(node: YNode, step: string | number): YNode | null | undefined {
	if (node.kind === 'map') return node.pairs.find((p) => p.key === step)?.value;
	if (node.kind === 'seq') {
		const i = typeof step === 'string' ? Number(step) : step;
		return Number.isInteger(i) && i >= 0 ? node.items[i] : undefined;
	}
	return undefined;
}

/** Thrown from the listener when the events do not map one-to-one onto the document. */
class Unmapped extends Error {}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Offset of the node's first character: js-yaml opens a node before the space in front of it. */
function contentStart(text: string, at: number): number {
	let i = at;
	for (;;) {
		while (i < text.length && isSpace(text.charCodeAt(i))) i++;
		if (text.charCodeAt(i) !== 35 /* # */) return i;
		while (i < text.length && text.charCodeAt(i) !== 10) i++;
	}
}

interface LoaderState {
	position: number;
	kind: string | null;
	result: unknown;
	anchor: string | null;
	tag: string | null;
}

/**
 * Parse with js-yaml and rebuild the node tree from its listener events.
 * @returns undefined when js-yaml rejects the text or the tree cannot be trusted (anchors,
 *   explicit keys, events that do not pair up): the caller then parses with `yaml`
 */
export function fastTree(text: string): { data: unknown; root: YNode | null } | undefined {
	const fast = fastFlatTree(text);
	return fast && { data: fast.data, root: toYNode(fast.tree, fast.tree.root) };
}

/** `fastTree`, with the tree in flat arrays (flat-tree.ts): what the validator keeps. */
export function fastFlatTree(text: string): { data: unknown; tree: FlatTree } | undefined {
	// One stack per field, and the children of every open node in one array, so that opening
	// a node allocates nothing: this runs for every node of every file.
	const opens: number[] = [];
	const bases: number[] = [];
	/** What each open node's last child read, to spot an inner node that is the node itself. */
	const childResults: unknown[] = [];
	// Closed nodes not yet taken by their parent, as a stack in a typed array: setting an
	// array's length back on every close was a tenth of reading a file.
	const pending = new PendingStack();
	const out = new FlatTreeBuilder();
	let root = -1;
	const listener = (event: string, state: LoaderState) => {
		if (event === 'open') {
			opens.push(state.position);
			bases.push(pending.top);
			childResults.push(NONE);
			return;
		}
		const open = opens.pop()!;
		const base = bases.pop()!;
		const childResult = childResults.pop();
		const node = close(text, open, pending, base, childResult, state, out);
		pending.top = base;
		if (node < 0) return; // an attempt that read nothing (js-yaml tries a key first)
		if (opens.length) {
			pending.push(node);
			childResults[childResults.length - 1] = state.result;
		} else root = node;
	};
	let data: unknown;
	try {
		data = load(text, { schema: CORE_SCHEMA, listener: listener as never });
	} catch {
		return undefined;
	}
	if (opens.length) return undefined;
	// `yaml` reads an empty document as null, js-yaml as undefined.
	return { data: data === undefined ? null : data, tree: out.finish(root) };
}

const NONE = Symbol('none');

/** The node that closes, added to `out`: its index, or -1 when it read nothing. */
/** A stack of node indexes: `items[0 .. top)`. */
class PendingStack {
	items = new Int32Array(256);
	top = 0;
	push(node: number) {
		if (this.top === this.items.length) {
			const more = new Int32Array(this.items.length * 2);
			more.set(this.items);
			this.items = more;
		}
		this.items[this.top++] = node;
	}
}

function close(
	text: string,
	open: number,
	stack: PendingStack,
	base: number,
	childResult: unknown,
	state: LoaderState,
	out: FlatTreeBuilder
): number {
	const pending = stack.items;
	const top = stack.top;
	const count = top - base;
	if (state.anchor !== null) throw new Unmapped();
	if (state.kind === null) {
		if (state.position === open && count === 0) return -1;
		if (count) throw new Unmapped();
		// An empty value: `yaml` puts it after the spaces that follow the ":" (before a comment).
		let start = open;
		while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
		return out.add(SCALAR, start, start, null, pending, top, top);
	}
	const start = contentStart(text, open);
	const first = text.charCodeAt(start);
	// Tags, anchors and aliases: where `yaml` puts such a node is not worth mirroring.
	if (first === 33 /* ! */ || first === 38 /* & */ || first === 42 /* * */) throw new Unmapped();
	// js-yaml reads a node at the start of a line as a would-be key first; when no ":" follows,
	// that inner node is the outer one.
	if (count === 1 && childResult === state.result) return pending[base]!;
	if (state.kind === 'scalar') {
		if (count) throw new Unmapped();
		const block = first === 62 /* > */ || first === 124; /* | */
		const end = blockEnd(text, start, state.position, block);
		return out.add(block ? BLOCK : SCALAR, start, end, state.result, pending, top, top);
	}
	if (state.kind === 'sequence') {
		if (count !== (state.result as unknown[]).length) throw new Unmapped();
		return out.add(SEQ, start, start, null, pending, base, top);
	}
	if (state.kind === 'mapping') {
		const keys = Object.keys(state.result as object).length;
		if (count !== keys * 2) throw new Unmapped();
		for (let i = base; i < top; i += 2) {
			if (out.kindOf(pending[i]!) < SCALAR) throw new Unmapped();
		}
		return out.add(MAP, start, start, null, pending, base, top);
	}
	throw new Unmapped();
}
