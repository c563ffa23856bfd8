/**
 * A parsed YAML document that can answer "where is this field?" with a line and column,
 * so every problem points at the text an author has to change.
 *
 * Read with js-yaml, which is fast. Positions are only worked out when a problem asks for one,
 * since most files have none: by parsing again, with js-yaml's node listener, the one list item
 * the path leads into (see list-items.ts), or else the whole file. A file js-yaml rejects (or
 * whose node tree it cannot give exactly) is read with `yaml`, whose messages and positions the
 * author then sees.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { offsetIn, toYNode, type FlatTree } from './flat-tree';
import { listItemStarts, parseListItem, type Subtree } from './list-items';
import { fastFlatTree, offsetInTree, treeOfDocument, type YNode } from './yaml-tree';

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
	private data: unknown;
	/** The whole file's tree: js-yaml's (flat) or, when it cannot give one, `yaml`'s. */
	private whole: { flat?: FlatTree; tree: YNode | null } | undefined;
	/** Length of each list at the top of the document (what `locate` checks item starts by). */
	private readonly lengths = new Map<string, number>();
	/** Per list: its item starts (list-items.ts), or null when they cannot be trusted. */
	private starts: Map<string, number[] | null> | undefined;
	private items: Map<string, Subtree | null> | undefined;
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
		try {
			const data = load(text, { schema: CORE_SCHEMA });
			// `yaml` reads an empty document as null, js-yaml as undefined.
			this.data = data === undefined ? null : data;
		} catch {
			const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
			this.errors = doc.errors.map((e) => ({ offset: e.pos[0], message: e.message }));
			this.whole = { tree: this.errors.length ? null : treeOfDocument(doc, text) };
			if (this.errors.length === 0) this.data = doc.toJS({ maxAliasCount: 100 });
		}
		if (this.data && typeof this.data === 'object' && !Array.isArray(this.data)) {
			for (const [key, value] of Object.entries(this.data)) {
				if (Array.isArray(value)) this.lengths.set(key, value.length);
			}
		}
	}

	/** The whole file's tree, parsed on first use. */
	private wholeTree(): { flat?: FlatTree; tree: YNode | null } {
		if (this.whole) return this.whole;
		const fast = fastFlatTree(this.text);
		if (fast) return (this.whole = { flat: fast.tree, tree: null });
		const doc = parseDocument(this.text, { prettyErrors: false, uniqueKeys: true });
		return (this.whole = { tree: treeOfDocument(doc, this.text) });
	}

	/** The flat node tree, when js-yaml can give one (checks that walk every node use it). */
	get flatTree(): FlatTree | undefined {
		return this.wholeTree().flat;
	}

	/** The document's node tree (built anew on each call for a file js-yaml read). */
	get root(): YNode | null {
		const { flat, tree } = this.wholeTree();
		return flat ? toYNode(flat, flat.root) : tree;
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
		const item = this.whole ? undefined : this.item(path);
		if (item) return this.at(item.offset + offsetIn(item.tree, item.node, path.slice(2), key));
		const { flat, tree } = this.wholeTree();
		return this.at(flat ? offsetIn(flat, flat.root, path, key) : offsetInTree(tree, path, key));
	}

	/**
	 * The item `path` leads into (`[list, index, …]`), parsed on its own; undefined when the path
	 * does not lead into an item of a top-level list or its text cannot be cut out with certainty.
	 */
	private item(path: Path): Subtree | undefined {
		const [list, index] = path;
		if (typeof list !== 'string' || typeof index !== 'number') return undefined;
		const length = this.lengths.get(list);
		if (length === undefined || !Number.isInteger(index) || index < 0 || index >= length)
			return undefined;
		const id = `${list}\u0000${index}`;
		const items = (this.items ??= new Map());
		let item = items.get(id);
		if (item === undefined) items.set(id, (item = this.parseItem(list, index, length)));
		return item ?? undefined;
	}

	private parseItem(list: string, index: number, length: number): Subtree | null {
		const all = (this.starts ??= new Map());
		let starts = all.get(list);
		if (starts === undefined) {
			const found = listItemStarts(this.text, list);
			all.set(list, (starts = found && found.length === length + 1 ? found : null));
		}
		if (!starts) return null;
		return parseListItem(this.text, starts, index) ?? null;
	}
}

function lineStartsOf(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}
