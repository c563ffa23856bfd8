/**
 * A field indented one step too far after a block of text (`explanation: >-`) does not fail to
 * parse: YAML reads it as more of that text, so "hint: Divide the larger figure…" silently becomes
 * part of the explanation and the hint is gone. This check reads every folded (`>`) and literal
 * (`|`) block and warns at each line that starts like a field of the map the block belongs to.
 */
import type { z } from 'zod';
import type { Problems } from '../problems';
import { FIELD_AT, mayHideField } from './block-text';
import { BLOCK, MAP, SEQ, type FlatTree } from './flat-tree';
import type { YamlFile } from './yaml-file';
import type { YNode } from './yaml-tree';

type Schema = z.ZodType | undefined;

interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	element?: z.ZodType;
	options?: z.ZodType[];
	shape?: Record<string, z.ZodType>;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;

/** Strip wrappers (optional, default, nullable, pipe) down to the schema that gives the shape. */
function unwrap(s: Schema): Schema {
	let cur = s;
	for (let i = 0; cur && i < 20; i++) {
		const d = defOf(cur);
		if (d.innerType) cur = d.innerType;
		else if (d.type === 'pipe' && d.in) cur = d.in;
		else break;
	}
	return cur;
}

const fieldCache = new WeakMap<z.ZodType, ReadonlyMap<string, z.ZodType>>();
const NO_FIELDS: ReadonlyMap<string, z.ZodType> = new Map();

/**
 * The fields an object schema (or a union of them) allows, with the schema of each; kept per
 * schema, since every map of every file asks.
 */
function fieldsOf(s: Schema): ReadonlyMap<string, z.ZodType> {
	if (!s) return NO_FIELDS;
	let out = fieldCache.get(s);
	if (!out) fieldCache.set(s, (out = computeFields(s)));
	return out;
}

function computeFields(s: Schema): Map<string, z.ZodType> {
	const out = new Map<string, z.ZodType>();
	const u = unwrap(s);
	if (!u) return out;
	const d = defOf(u);
	if (d.type === 'object' && d.shape) for (const [k, v] of Object.entries(d.shape)) out.set(k, v);
	if (d.type === 'union' && d.options)
		for (const o of d.options) for (const [k, v] of fieldsOf(o)) if (!out.has(k)) out.set(k, v);
	return out;
}

const namesCache = new WeakMap<z.ZodType, ReadonlySet<string>>();

/** Every field of every map the check visits under `schema` (see `visitFlat`). */
function allFieldNames(schema: z.ZodType): ReadonlySet<string> {
	let names = namesCache.get(schema);
	if (names) return names;
	const out = new Set<string>();
	const seen = new Set<z.ZodType>();
	const add = (s: Schema) => {
		if (!s || seen.has(s)) return;
		seen.add(s);
		const u = unwrap(s);
		const element = u ? defOf(u).element : undefined;
		if (element) add(element);
		for (const [name, field] of fieldsOf(s)) {
			out.add(name);
			add(field);
		}
	};
	add(schema);
	namesCache.set(schema, (names = out));
	return names;
}

/**
 * Warn (rule `swallowed-field`) at each line inside a block scalar that starts with
 * `name:` where `name` is a field of the map that holds the block. Linear in the file's size.
 * @param schema zod schema of the whole document, used to know which fields each map allows
 */
export function checkBlockScalars(yaml: YamlFile, schema: z.ZodType, problems: Problems) {
	if (yaml.errors.length > 0) return;
	// Most files have no such line: the text says so without the node tree, which is built
	// only on demand (yaml-file.ts).
	if (!mayHideField(yaml.text, allFieldNames(schema))) return;
	const flat = yaml.flatTree;
	if (flat) visitFlat(flat, flat.root, schema, yaml, problems);
	else visit(yaml.root, schema, yaml, problems);
}

/** `visit` over a flat tree (flat-tree.ts), without building its nodes as objects. */
function visitFlat(t: FlatTree, i: number, schema: Schema, yaml: YamlFile, problems: Problems) {
	if (i < 0) return;
	const first = t.first[i]!;
	const end = first + t.count[i]!;
	if (t.kind[i] === SEQ) {
		const u = unwrap(schema);
		const element = u ? defOf(u).element : undefined;
		for (let k = first; k < end; k++) visitFlat(t, t.kids[k]!, element, yaml, problems);
		return;
	}
	if (t.kind[i] !== MAP) return;
	const fields = fieldsOf(schema);
	for (let k = first; k < end; k += 2) {
		const key = String(t.values[t.kids[k]!]);
		const value = t.kids[k + 1]!;
		if (t.kind[value] === BLOCK) {
			checkBlock({ start: t.start[value]!, end: t.end[value]! }, key, fields, yaml, problems);
		} else visitFlat(t, value, fields.get(key), yaml, problems);
	}
}

function visit(node: YNode | null, schema: Schema, yaml: YamlFile, problems: Problems) {
	if (node?.kind === 'seq') {
		const u = unwrap(schema);
		const element = u ? defOf(u).element : undefined;
		for (const item of node.items) visit(item, element, yaml, problems);
		return;
	}
	if (node?.kind !== 'map') return;
	const fields = fieldsOf(schema);
	for (const pair of node.pairs) {
		if (pair.keyStart < 0) continue;
		const key = String(pair.key);
		const value = pair.value;
		if (value?.kind === 'scalar' && value.block) checkBlock(value, key, fields, yaml, problems);
		else visit(value, fields.get(key), yaml, problems);
	}
}

function checkBlock(
	value: { start: number; end: number },
	owner: string,
	fields: ReadonlyMap<string, z.ZodType>,
	yaml: YamlFile,
	problems: Problems
) {
	if (fields.size === 0) return;
	const { start, end } = value;
	const text = yaml.text;
	// Each line is matched where it lies in the file, not sliced out: blocks hold most of the
	// text (explanations, feedback), and a copy of every line was most of this check's cost.
	// The first line holds the block header (`>-`, `|`), not text.
	let offset = text.indexOf('\n', start) + 1;
	while (offset > 0 && offset < end) {
		FIELD_AT.lastIndex = offset;
		const m = FIELD_AT.exec(text);
		if (m && m.index + m[0].length <= end && fields.has(m[2]!)) {
			problems.add(
				'warning',
				yaml.at(offset + m[1]!.length),
				'swallowed-field',
				`"${m[2]}:" is indented into the block of text of "${owner}" above it, so it is read as part of that text, not as a field: if it is a field, indent it like "${owner}:"`
			);
		}
		const next = text.indexOf('\n', offset);
		offset = next < 0 || next >= end ? -1 : next + 1;
	}
}
