/**
 * Edits to a YAML content file that touch only their own lines. The `yaml` Document API decides
 * what the edit means (where the sequence or field is, what the result must read as); the new
 * node is rendered on its own and spliced into the original text at the node's source range, so
 * comments, blank lines, quoting and order everywhere else stay byte-identical. A full re-render
 * (`doc.toString()`) would rewrap long lines and requote strings all over the file.
 *
 * Every splice is checked: the edited text must parse to exactly what the Document API says the
 * edit means. When it does not (an unusual layout such as a flow collection), the whole document
 * is rendered by the Document API instead: correct, though formatting elsewhere may change.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Node } from 'yaml';

export type YamlPath = (string | number)[];

export type YamlEdit =
	/** Add `value` at the end of the sequence at `path` (created when the key is missing). */
	| { op: 'append'; path: YamlPath; value: unknown }
	/** Set the field at `path` (the last element is the key) to `value`, adding it when missing. */
	| { op: 'set'; path: YamlPath; value: unknown }
	/** Replace the field at `path` by the field `key: value`, in the same place. */
	| { op: 'replace'; path: YamlPath; key: string; value: unknown }
	/** Remove the field or sequence item at `path`. */
	| { op: 'delete'; path: YamlPath };

/** How content files are written: long text folded near 100 columns, `[a, b]` without padding. */
const LINE_WIDTH = 100;
const RENDER = { minContentWidth: 40, flowCollectionPadding: false } as const;

/** Thrown when the file itself cannot be parsed, so no edit can be placed safely. */
export class YamlSyntaxError extends Error {}

function parse(text: string) {
	const doc = parseDocument(text, { keepSourceTokens: true });
	if (doc.errors.length > 0) {
		throw new YamlSyntaxError(`YAML syntax: ${doc.errors[0]!.message.split('\n')[0]}`);
	}
	return doc;
}

/** What the edit means, applied through the Document API. */
function applied(text: string, edit: YamlEdit): Document {
	const doc = parse(text);
	if (edit.op === 'replace') {
		const parent = doc.getIn(edit.path.slice(0, -1), true);
		const pair = isMap(parent) ? parent.items.find((p) => keyIs(p.key, edit.path.at(-1)!)) : null;
		if (!pair) throw new Error(`no field ${edit.path.join('.')} to replace`);
		pair.key = doc.createNode(edit.key);
		pair.value = styledNode(doc, edit.value);
		return doc;
	}
	if (edit.op === 'delete') {
		doc.deleteIn(edit.path);
		return doc;
	}
	const current = doc.getIn(edit.path, true);
	if (edit.op === 'append' && isSeq(current)) current.add(styledNode(doc, edit.value));
	else doc.setIn(edit.path, styledNode(doc, edit.op === 'append' ? [edit.value] : edit.value));
	return doc;
}

const keyIs = (node: unknown, key: string | number) => isScalar(node) && node.value === key;

function columnOf(text: string, offset: number): number {
	return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Longer strings are written as folded blocks (`>-`), as the hand-written files do. */
const FOLD_OVER = 60;

/**
 * `value` as a node in the files' own style: text with line breaks literal (`|-`), other long
 * strings folded (`>-`), lists of short scalars
 * inline (`[a, b]`), everything else in block style.
 */
function styledNode(doc: Document, value: unknown): Node {
	const node = doc.createNode(value);
	visit(node, {
		Scalar(_, scalar) {
			if (typeof scalar.value === 'string' && scalar.value.includes('\n')) {
				// paragraphs (an explainer step's body) keep their lines, as the hand-written files do
				scalar.type = Scalar.BLOCK_LITERAL;
			} else if (typeof scalar.value === 'string' && scalar.value.length > FOLD_OVER) {
				scalar.type = Scalar.BLOCK_FOLDED;
			}
		},
		Seq(_, seq) {
			const short = seq.items.every(
				(item) =>
					isScalar(item) && String(item.value).length <= 40 && !String(item.value).includes('\n')
			);
			if (short && seq.items.length > 0) seq.flow = true;
		}
	});
	return node;
}

/**
 * `value` rendered as a block, each line indented by `column` except the first (exported for the
 * question editor's live check, which splices a draft item the same way without re-parsing).
 */
export function rendered(value: unknown, column: number): string {
	const doc = new Document();
	doc.contents = styledNode(doc, value);
	const body = doc
		.toString({ ...RENDER, lineWidth: Math.max(LINE_WIDTH - column, 60) })
		.replace(/\n$/, '');
	const pad = ' '.repeat(column);
	return body
		.split('\n')
		.map((line, i) => (i === 0 || line === '' ? line : pad + line))
		.join('\n');
}

/** Offset just after the line that holds `offset - 1` (its newline included). */
function lineEnd(text: string, offset: number): number {
	if (offset > 0 && text[offset - 1] === '\n') return offset;
	const nl = text.indexOf('\n', offset);
	return nl === -1 ? text.length : nl + 1;
}

function insertLine(text: string, at: number, line: string): string {
	const before = text.slice(0, at);
	const joint = before === '' || before.endsWith('\n') ? '' : '\n';
	return before + joint + line + '\n' + text.slice(at);
}

/** Whether the last item of a sequence follows a blank line (the new item gets one too). */
function blankBeforeLast(text: string, items: unknown[]): boolean {
	const last = items[items.length - 1] as Node | undefined;
	if (items.length < 2 || !last?.range) return false;
	const lineStart = text.lastIndexOf('\n', last.range[0] - 1);
	return /\n[ \t]*$/.test(text.slice(0, Math.max(lineStart, 0)));
}

function splice(text: string, edit: YamlEdit): string | undefined {
	const doc = parse(text);
	if (edit.op === 'append') {
		const seq = doc.getIn(edit.path, true);
		if (isSeq(seq) && seq.flow && seq.items.length === 0) {
			return splice(text, { op: 'set', path: edit.path, value: [edit.value] });
		}
		if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) return undefined;
		const column = columnOf(text, seq.range[0]);
		const gap = blankBeforeLast(text, seq.items) ? '\n' : '';
		const item = ' '.repeat(column) + rendered([edit.value], column);
		return insertLine(text, lineEnd(text, seq.range[1]), gap + item);
	}
	const key = edit.path[edit.path.length - 1]!;
	const parent = edit.path.length === 1 ? doc.contents : doc.getIn(edit.path.slice(0, -1), true);
	if (isSeq(parent) && typeof key === 'number') return spliceItem(text, parent.items[key], edit);
	if (!isMap(parent) || parent.flow || !parent.range) return undefined;
	if (edit.op === 'delete')
		return spliceOutField(
			text,
			parent.items.find((p) => keyIs(p.key, key))
		);
	const column = columnOf(text, parent.range[0]);
	const pair = parent.items.find((p) => keyIs(p.key, key));
	const line = rendered({ [edit.op === 'replace' ? edit.key : key]: edit.value }, column);
	if (!pair) return insertLine(text, lineEnd(text, parent.range[1]), ' '.repeat(column) + line);
	const keyNode = pair.key as Node;
	const valueNode = pair.value as Node | null;
	if (!keyNode.range || !valueNode?.range) return undefined;
	// a block value's range takes in its last newline: the new one must end in one too
	const newline = text[valueNode.range[1] - 1] === '\n' ? '\n' : '';
	return text.slice(0, keyNode.range[0]) + line + newline + text.slice(valueNode.range[1]);
}

/**
 * A block map's field removed with its lines (key, value and the value's continuation lines), when
 * the key starts its own line; undefined otherwise (the caller re-renders through the Document).
 */
function spliceOutField(text: string, pair: { key: unknown; value: unknown } | undefined) {
	const keyNode = pair?.key as Node | undefined;
	const valueNode = pair?.value as Node | null | undefined;
	if (!keyNode?.range) return undefined;
	const lineStart = text.lastIndexOf('\n', keyNode.range[0] - 1) + 1;
	if (!/^[ \t]*$/.test(text.slice(lineStart, keyNode.range[0]))) return undefined;
	const end = valueNode?.range ? valueNode.range[1] : keyNode.range[1];
	return text.slice(0, lineStart) + text.slice(lineEnd(text, end));
}

/**
 * A block sequence item replaced (`set`) or removed (`delete`) in place. A removed item takes
 * its lines with it, and one of the blank lines around it, so the items keep their spacing.
 */
function spliceItem(text: string, item: unknown, edit: YamlEdit): string | undefined {
	const node = item as Node | undefined;
	if (!node?.range || edit.op === 'append' || edit.op === 'replace') return undefined;
	const [start, end] = node.range;
	if (edit.op === 'set') {
		const column = columnOf(text, start);
		const newline = text[end - 1] === '\n' ? '\n' : '';
		return text.slice(0, start) + rendered(edit.value, column) + newline + text.slice(end);
	}
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	if (!/^[ \t]*-[ \t]*$/.test(text.slice(lineStart, start))) return undefined;
	let cut = lineEnd(text, end);
	let before = text.slice(0, lineStart);
	if (text[cut] === '\n' && (before.endsWith('\n\n') || /:[ \t]*\n$/.test(before))) cut += 1;
	// the last item of a spaced list takes the blank line before it (the one its append added)
	else if (text[cut] !== '\n' && before.endsWith('\n\n')) before = before.slice(0, -1);
	return before + text.slice(cut);
}

/**
 * Applies `edits` in order to the YAML `text` and returns the new text.
 * @throws YamlSyntaxError when `text` is not valid YAML
 */
export function editYaml(text: string, edits: YamlEdit[]): string {
	let current = text;
	for (const edit of edits) {
		const expected = applied(current, edit);
		const candidate = splice(current, edit);
		const ok =
			candidate !== undefined &&
			(() => {
				const check = parseDocument(candidate);
				return check.errors.length === 0 && isDeepStrictEqual(check.toJS(), expected.toJS());
			})();
		current = ok ? candidate! : expected.toString({ ...RENDER, lineWidth: LINE_WIDTH });
	}
	return current;
}
