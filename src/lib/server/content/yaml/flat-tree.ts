/**
 * The node tree of a YAML document (see yaml-tree.ts) kept in a few flat arrays instead of an
 * object per node. The validator keeps every file's tree until its last message is placed; as
 * objects, 10,000 questions' trees were millions of small objects that every young-generation
 * garbage collection copied, about as much CPU as parsing the YAML. Typed arrays are not traced.
 *
 * Node `i`: `kind[i]` (MAP, SEQ, SCALAR or BLOCK), `start[i]` (offset of its first character),
 * `end[i]` (a block scalar's end, see yaml-tree.ts; else its start), `values[i]` (a scalar's
 * value), and its children `kids[first[i] .. first[i] + count[i])`: a sequence's items; a map's
 * keys and values alternating (each key a scalar node).
 */
import type { YNode } from './yaml-tree';

export const MAP = 0;
export const SEQ = 1;
export const SCALAR = 2;
export const BLOCK = 3;

export interface FlatTree {
	kind: Uint8Array;
	start: Int32Array;
	end: Int32Array;
	first: Int32Array;
	count: Int32Array;
	kids: Int32Array;
	values: unknown[];
	/** The document's node, or -1 for an empty document. */
	root: number;
}

/**
 * Builds a FlatTree node by node (children before their parent). Its scratch arrays are reused
 * from one file to the next; `finish` copies out arrays of the exact size.
 */
export class FlatTreeBuilder {
	static #scratch = {
		kind: new Uint8Array(1024),
		start: new Int32Array(1024),
		end: new Int32Array(1024),
		first: new Int32Array(1024),
		count: new Int32Array(1024),
		kids: new Int32Array(1024)
	};
	#n = 0;
	#k = 0;
	values: unknown[] = [];

	/** Adds a node whose children are `children[from..to)`; returns its index. */
	add(
		kind: number,
		start: number,
		end: number,
		value: unknown,
		children: ArrayLike<number>,
		from: number,
		to: number
	) {
		const s = FlatTreeBuilder.#scratch;
		const i = this.#n++;
		const n = to - from;
		if (i >= s.kind.length) grow(s, 'node');
		while (this.#k + n > s.kids.length) grow(s, 'kids');
		s.kind[i] = kind;
		s.start[i] = start;
		s.end[i] = end;
		s.first[i] = this.#k;
		s.count[i] = n;
		for (let c = from; c < to; c++) s.kids[this.#k++] = children[c]!;
		this.values[i] = value;
		return i;
	}

	/** The kind of node `i`, added before. */
	kindOf(i: number): number {
		return FlatTreeBuilder.#scratch.kind[i]!;
	}

	finish(root: number): FlatTree {
		const s = FlatTreeBuilder.#scratch;
		const n = this.#n;
		return {
			kind: s.kind.slice(0, n),
			start: s.start.slice(0, n),
			end: s.end.slice(0, n),
			first: s.first.slice(0, n),
			count: s.count.slice(0, n),
			kids: s.kids.slice(0, this.#k),
			values: this.values,
			root
		};
	}
}

type Scratch = {
	kind: Uint8Array;
	start: Int32Array;
	end: Int32Array;
	first: Int32Array;
	count: Int32Array;
	kids: Int32Array;
};

function grow(s: Scratch, what: 'node' | 'kids') {
	const double = <T extends Uint8Array | Int32Array>(a: T): T => {
		const b = new (a.constructor as new (n: number) => T)(a.length * 2);
		b.set(a);
		return b;
	};
	if (what === 'kids') s.kids = double(s.kids);
	else {
		s.kind = double(s.kind);
		s.start = double(s.start);
		s.end = double(s.end);
		s.first = double(s.first);
		s.count = double(s.count);
	}
}

/**
 * The child of node `i` at `step` (a map by key, a sequence by index, as `yaml`'s
 * `get(step, true)`), or -1.
 */
export function childOf(t: FlatTree, i: number, step: string | number): number {
	const first = t.first[i]!;
	const end = first + t.count[i]!;
	if (t.kind[i] === MAP) {
		for (let k = first; k < end; k += 2) if (t.values[t.kids[k]!] === step) return t.kids[k + 1]!;
		return -1;
	}
	if (t.kind[i] === SEQ) {
		const x = typeof step === 'string' ? Number(step) : step;
		return Number.isInteger(x) && x >= 0 && x < end - first ? t.kids[first + x]! : -1;
	}
	return -1;
}

/** Offset of the key `key` of map node `i`, or -1. */
export function keyStartOf(t: FlatTree, i: number, key: string): number {
	if (t.kind[i] !== MAP) return -1;
	const end = t.first[i]! + t.count[i]!;
	for (let k = t.first[i]!; k < end; k += 2) {
		if (t.values[t.kids[k]!] === key) return t.start[t.kids[k]!]!;
	}
	return -1;
}

/** Offset of the deepest node on `path` from node `from` (or of `key` of that node's map). */
export function offsetIn(
	flat: FlatTree,
	from: number,
	path: readonly (string | number)[],
	key?: string
): number {
	let i = from;
	for (const step of path) {
		const next = i < 0 ? -1 : childOf(flat, i, step);
		if (next < 0) break;
		i = next;
	}
	const keyStart = key !== undefined && i >= 0 ? keyStartOf(flat, i, key) : -1;
	if (keyStart >= 0) return keyStart;
	return i >= 0 ? flat.start[i]! : 0;
}

/** Node `i` (and everything under it) as YNode objects. */
export function toYNode(t: FlatTree, i: number): YNode | null {
	if (i < 0) return null;
	const kind = t.kind[i]!;
	const first = t.first[i]!;
	const end = first + t.count[i]!;
	if (kind === MAP) {
		const pairs = [];
		for (let k = first; k < end; k += 2) {
			const key = t.kids[k]!;
			pairs.push({
				key: t.values[key],
				keyStart: t.start[key]!,
				value: toYNode(t, t.kids[k + 1]!)
			});
		}
		return { kind: 'map', start: t.start[i]!, pairs };
	}
	if (kind === SEQ) {
		const items = [];
		for (let k = first; k < end; k++) items.push(toYNode(t, t.kids[k]!));
		return { kind: 'seq', start: t.start[i]!, items };
	}
	return {
		kind: 'scalar',
		start: t.start[i]!,
		end: t.end[i]!,
		value: t.values[i],
		block: kind === BLOCK
	};
}
