/**
 * A parsed YAML document that can answer "where is this field?" with a line and column,
 * so every problem points at the text an author has to change.
 */
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
	type Node
} from 'yaml';

export type Path = readonly (string | number)[];

export interface Position {
	file: string;
	line: number;
	column: number;
}

export class YamlFile {
	readonly doc: Document.Parsed;
	private readonly lines = new LineCounter();

	/**
	 * @param file display path, e.g. "questions/facts/visit.yaml"
	 * @param lineOffset lines above the YAML in the file (front matter of a Markdown source)
	 */
	constructor(
		readonly file: string,
		readonly text: string,
		private readonly lineOffset = 0
	) {
		this.doc = parseDocument(text, {
			lineCounter: this.lines,
			prettyErrors: false,
			uniqueKeys: true
		});
	}

	toJS(): unknown {
		return this.doc.toJS({ maxAliasCount: 100 });
	}

	at(offset: number): Position {
		const { line, col } = this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
		return { file: this.file, line: line + this.lineOffset, column: col };
	}

	/** The deepest node on `path` that exists; with `key`, the key of a mapping pair instead. */
	locate(path: Path, key?: string): Position {
		let node: unknown = this.doc.contents;
		for (const step of path) {
			const next = isMap(node) || isSeq(node) ? node.get(step, true) : undefined;
			if (next === undefined || next === null) break;
			node = next;
		}
		if (key !== undefined && isMap(node)) {
			const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
			const keyNode = pair?.key as Node | undefined;
			if (keyNode?.range) return this.at(keyNode.range[0]);
		}
		const range = (node as Node | null)?.range;
		return this.at(range ? range[0] : 0);
	}
}
