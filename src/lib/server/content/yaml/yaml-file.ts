/**
 * A parsed YAML document that can answer "where is this field?" with a line and column,
 * so every problem points at the text an author has to change.
 *
 * Read with js-yaml, which is fast; a file js-yaml rejects (or whose node tree it cannot give
 * exactly) is read again with `yaml`, whose messages and positions the author then sees.
 */
import { parseDocument } from 'yaml';
import { childOf, keyStartOf, toYNode, type FlatTree } from './flat-tree';
import { fastFlatTree, treeOfDocument, type YNode } from './yaml-tree';

export type Path = readonly (string | number)[];

export interface Position {
	file: string;
	line: number;
	column: number;
}

export interface YamlSyntaxError {
	/** Offset in the text. */
	offset: number;
	message: string;
}

export class YamlFile {
	/** Syntax errors, first first; when there are any, `toJS()` is undefined. */
	readonly errors: YamlSyntaxError[] = [];
	/** js-yaml's tree (flat: every file's is kept), or else `yaml`'s. */
	private readonly flat: FlatTree | undefined;
	private readonly tree: YNode | null = null;
	private data: unknown;
	private lineStarts: number[] | undefined;

	/**
	 * @param file display path, e.g. "questions/facts/visit.yaml"
	 * @param lineOffset lines above the YAML in the file (front matter of a Markdown source)
	 */
	constructor(
		readonly file: string,
		readonly text: string,
		private readonly lineOffset = 0
	) {
		const fast = fastFlatTree(text);
		if (fast) {
			this.data = fast.data;
			this.flat = fast.tree;
			return;
		}
		const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
		this.errors = doc.errors.map((e) => ({ offset: e.pos[0], message: e.message }));
		if (this.errors.length === 0) {
			this.tree = treeOfDocument(doc, text);
			this.data = doc.toJS({ maxAliasCount: 100 });
		}
	}

	/** The flat node tree, when js-yaml read the file (checks that walk every node use it). */
	get flatTree(): FlatTree | undefined {
		return this.flat;
	}

	/** The document's node tree (built anew on each call for a file js-yaml read). */
	get root(): YNode | null {
		return this.flat ? toYNode(this.flat, this.flat.root) : this.tree;
	}

	toJS(): unknown {
		return this.data;
	}

	/**
	 * The data, handed over: afterwards `toJS()` is undefined. The validator keeps the copy its
	 * shape check made and every file's YamlFile (for positions); keeping js-yaml's own copy of
	 * every file too only gave the garbage collector more to trace.
	 */
	takeJS(): unknown {
		const data = this.data;
		this.data = undefined;
		return data;
	}

	at(offset: number): Position {
		const starts = (this.lineStarts ??= lineStartsOf(this.text));
		const o = Math.max(0, Math.min(offset, this.text.length));
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= o) lo = mid;
			else hi = mid - 1;
		}
		return { file: this.file, line: lo + 1 + this.lineOffset, column: o - starts[lo]! + 1 };
	}

	/** The deepest node on `path` that exists; with `key`, the key of a mapping pair instead. */
	locate(path: Path, key?: string): Position {
		const flat = this.flat;
		if (flat) {
			let i = flat.root;
			for (const step of path) {
				const next = i < 0 ? -1 : childOf(flat, i, step);
				if (next < 0) break;
				i = next;
			}
			const keyStart = key !== undefined && i >= 0 ? keyStartOf(flat, i, key) : -1;
			if (keyStart >= 0) return this.at(keyStart);
			return this.at(i >= 0 ? flat.start[i]! : 0);
		}
		let node: YNode | null = this.tree;
		for (const step of path) {
			const next: YNode | null | undefined = node ? child(node, step) : undefined;
			if (next === undefined || next === null) break;
			node = next;
		}
		if (key !== undefined && node?.kind === 'map') {
			const pair = node.pairs.find((p) => p.key === key);
			if (pair && pair.keyStart >= 0) return this.at(pair.keyStart);
		}
		return this.at(node ? node.start : 0);
	}
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

function lineStartsOf(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}
