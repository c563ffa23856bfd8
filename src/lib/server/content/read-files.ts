/**
 * First pass: sort files by kind (the path says what a file is), parse YAML and front matter,
 * and check each file's shape with zod. Shape errors carry the YAML position of the field.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
	BankFileSchema,
	EntityFileSchema,
	EntitySchema,
	ExplainerFileSchema,
	FactFileSchema,
	FactSchema,
	QuestionSchema,
	SourceMetaSchema
} from '../../content/schema';
import { checkBlockScalars } from './yaml/block-scalars';
import { cleanText } from './file-text';
import { Problems, type Problem } from './problems';
import { YamlFile, type Path } from './yaml/yaml-file';

export interface ParsedFile<T> {
	yaml: YamlFile;
	data: T;
	/** The id the path gives (file name without extension or numeric prefix). */
	id: string;
	order: number;
	/** Position of each kept list item in the file (items that failed their shape are dropped). */
	indexes?: number[];
}

export interface ParsedSource extends ParsedFile<z.infer<typeof SourceMetaSchema>> {
	body: string;
	/** Offset of the body in the file, to turn a match in the body into a line and column. */
	bodyOffset: number;
	bodyHash: string;
	/** The whole file, for positions in the body. */
	fullText: string;
}

export interface ParsedTree {
	sources: ParsedSource[];
	entityFiles: ParsedFile<z.infer<typeof EntityFileSchema>>[];
	factFiles: ParsedFile<z.infer<typeof FactFileSchema>>[];
	bankFiles: ParsedFile<z.infer<typeof BankFileSchema>>[];
	explainerFiles: ParsedFile<z.infer<typeof ExplainerFileSchema>>[];
	/** Ids of items that failed their shape check; references to them are not reported again. */
	broken: Set<string>;
	/** Kinds with a file that could not be read at all: any of their ids may be in it. */
	unreadable: Set<'entity' | 'fact' | 'question' | 'explainer'>;
	/** Facts cited in `supports` by questions that failed their shape check. */
	askedByBroken: Set<string>;
}

const PREFIX = /^(\d+)-/;

function idFromPath(path: string): { id: string; order: number } {
	const base = path
		.split('/')
		.pop()!
		.replace(/\.(ya?ml|md|txt)$/, '');
	const m = PREFIX.exec(base);
	return { id: m ? base.slice(m[0].length) : base, order: m ? Number(m[1]) : 0 };
}

/**
 * sha256 of a source's body, as "sha256-<64 hex digits>". Line endings are normalised to LF
 * first (see `cleanText`), so a checkout with CRLF and one with LF agree on the hash.
 */
export function hashBody(body: string): string {
	return 'sha256-' + createHash('sha256').update(cleanText(body), 'utf8').digest('hex');
}

interface ShapeResult<T> {
	data?: T;
	raw: unknown;
}

const compiled = new WeakMap<z.ZodType, z.ZodType>();

/**
 * `schema` compiled with zod's `z.compile` (zod ≥ 4.5, zod.dev/compile): the same results and the
 * same issues, from generated code that checks a whole file about twice as fast as the
 * schema's own parser. Compiled on first use, once per schema.
 */
function compiledOf<S extends z.ZodType>(schema: S): S {
	let c = compiled.get(schema);
	if (!c) compiled.set(schema, (c = z.compile(schema)));
	return c as S;
}

export function checkShape<S extends z.ZodType>(
	schema: S,
	yaml: YamlFile,
	problems: Problems
): ShapeResult<z.infer<S>> {
	// Later syntax errors in a file are nearly always knock-on effects of the first.
	const [first, ...rest] = yaml.errors;
	if (first) {
		const more = rest.length
			? ` (${rest.length} more syntax errors in this file may follow from this one)`
			: '';
		problems.add(
			'error',
			yaml.at(first.offset),
			'yaml-syntax',
			`YAML syntax: ${first.message.split('\n')[0]}${more}`
		);
		return { raw: undefined };
	}
	const raw = yaml.takeJS();
	const result = compiledOf(schema).safeParse(raw);
	if (result.success) return { data: result.data, raw };
	for (const issue of result.error.issues) {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol') as Path;
		const field = path.length ? path.join('.') : '(file)';
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const name = path.length ? `${field}.${key}` : key;
				problems.add(
					'error',
					yaml.locate(path, key),
					'shape',
					`${name}: unknown field "${key}" (check the spelling; see questions/README.md)`
				);
			}
			continue;
		}
		const value = valueAt(raw, path);
		// Whatever zod calls it (a type, an option of an enum, a union's kind), a field that is
		// not there is missing: "Invalid option" would send the author looking for a bad value.
		if (value === undefined && !hasKey(raw, path) && path.length > 0) {
			problems.add('error', yaml.locate(path), 'shape', `${field}: required field is missing`);
			continue;
		}
		const shown = value === undefined ? '' : ` (got ${JSON.stringify(value).slice(0, 80)})`;
		problems.add('error', yaml.locate(path), 'shape', `${field}: ${issue.message}${shown}`);
	}
	return { raw };
}

/**
 * When a file of many items fails, keep the items that are valid on their own, so one broken
 * fact does not hide a hundred good ones (and cause a cascade of "unknown fact" errors).
 * Ids of the broken items are remembered so references to them are not reported twice.
 */
function salvage<T>(
	raw: unknown,
	listKey: string,
	item: z.ZodType<T>,
	{ broken, askedByBroken }: Dropped
): { kept: T[]; indexes: number[] } {
	const list = (raw as Record<string, unknown> | null)?.[listKey];
	const kept: T[] = [];
	const indexes: number[] = [];
	if (!Array.isArray(list)) return { kept, indexes };
	for (const [index, entry] of list.entries()) {
		const r = item.safeParse(entry);
		if (r.success) {
			kept.push(r.data);
			indexes.push(index);
		} else {
			const { id, supports } = (entry ?? {}) as { id?: unknown; supports?: unknown };
			if (typeof id === 'string') broken.add(id);
			// Its facts are still asked: "no question cites this fact" would be a false alarm.
			if (Array.isArray(supports))
				for (const f of supports) if (typeof f === 'string') askedByBroken.add(f);
		}
	}
	return { kept, indexes };
}

function hasKey(data: unknown, path: Path): boolean {
	let v: unknown = data;
	for (const step of path) {
		if (v === null || typeof v !== 'object' || !(step in v)) return false;
		v = (v as Record<string | number, unknown>)[step];
	}
	return true;
}

function valueAt(data: unknown, path: Path): unknown {
	let v: unknown = data;
	for (const step of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[step];
	}
	return typeof v === 'object' ? undefined : v;
}

function readSource(file: string, text: string, problems: Problems): ParsedSource | undefined {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!m) {
		problems.add(
			'error',
			{ file, line: 1, column: 1 },
			'source-front-matter',
			'a source starts with YAML front matter between two "---" lines, then the verbatim text'
		);
		return undefined;
	}
	const yaml = new YamlFile(file, m[1]!, 1);
	const { data } = checkShape(SourceMetaSchema, yaml, problems);
	checkBlockScalars(yaml, SourceMetaSchema, problems);
	if (!data) return undefined;
	const body = text.slice(m[0].length);
	return {
		yaml,
		data,
		...idFromPath(file),
		body,
		bodyOffset: m[0].length,
		bodyHash: hashBody(body),
		fullText: text
	};
}

/** Parse a file of many items; on a shape error keep the valid items (see `salvage`). */
function readList<S extends z.ZodType, I>(
	schema: S,
	listKey: string,
	item: z.ZodType<I>,
	yaml: YamlFile,
	problems: Problems,
	dropped: Dropped
): { data: z.infer<S>; indexes?: number[] } | undefined {
	const { data, raw } = checkShape(schema, yaml, problems);
	checkBlockScalars(yaml, schema, problems);
	if (data) return { data };
	if (raw === undefined || raw === null || typeof raw !== 'object') return undefined;
	const { kept, indexes } = salvage(raw, listKey, item, dropped);
	const title = (raw as { title?: unknown }).title;
	const partial = {
		...(raw as object),
		title: typeof title === 'string' ? title : '(untitled)',
		[listKey]: kept
	};
	return { data: partial as z.infer<S>, indexes };
}

/** What a file's items that failed their shape leave behind (see `salvage`). */
type Dropped = Pick<FileRead, 'broken' | 'askedByBroken'>;

/** What reading one file gives: its parsed content (if any) and its own problems. */
export interface FileRead {
	problems: Problem[];
	source?: ParsedSource;
	entityFile?: ParsedTree['entityFiles'][number];
	factFile?: ParsedTree['factFiles'][number];
	bankFile?: ParsedTree['bankFiles'][number];
	explainerFile?: ParsedTree['explainerFiles'][number];
	broken: Set<string>;
	askedByBroken: Set<string>;
	unreadable?: 'entity' | 'fact' | 'question' | 'explainer';
}

/**
 * Read one file on its own (what it is, its YAML, its shape): the part of validation that
 * depends on nothing else, so an incremental run can keep it for every file that did not change.
 * @param path relative to the content root, e.g. "banks/x.yaml"; @param root prefix for messages
 */
export function readFile(path: string, raw: string, root: string): FileRead {
	const problems = new Problems();
	const read: FileRead = { problems: problems.list, broken: new Set(), askedByBroken: new Set() };
	const text = cleanText(raw);
	const file = root ? `${root}/${path}` : path;
	const ids = idFromPath(path);
	if (/^sources\/[^/]+\.(md|txt)$/.test(path)) {
		read.source = readSource(file, text, problems);
		// Its own errors say what is wrong; every fact quoting it would otherwise add one more.
		if (!read.source) read.broken.add(ids.id);
	} else if (path === 'entities.yaml') {
		const yaml = new YamlFile(file, text);
		const data = readList(EntityFileSchema, 'entities', EntitySchema, yaml, problems, read);
		if (data) read.entityFile = { yaml, ...data, ...ids };
		else read.unreadable = 'entity';
	} else if (/^facts\/[^/]+\.ya?ml$/.test(path)) {
		const yaml = new YamlFile(file, text);
		const data = readList(FactFileSchema, 'facts', FactSchema, yaml, problems, read);
		if (data) read.factFile = { yaml, ...data, ...ids };
		else read.unreadable = 'fact';
	} else if (/^banks\/[^/]+\.ya?ml$/.test(path)) {
		const yaml = new YamlFile(file, text);
		const data = readList(BankFileSchema, 'questions', QuestionSchema, yaml, problems, read);
		if (data) read.bankFile = { yaml, ...data, ...ids };
		else read.unreadable = 'question';
	} else if (/^explainers\/[^/]+\.ya?ml$/.test(path)) {
		const yaml = new YamlFile(file, text);
		const { data } = checkShape(ExplainerFileSchema, yaml, problems);
		checkBlockScalars(yaml, ExplainerFileSchema, problems);
		if (data) read.explainerFile = { yaml, data, ...ids };
		else read.broken.add(ids.id);
	} else if (!/(^|\/)(README\.md|\.schema\/.*|\.gitkeep)$/.test(path)) {
		problems.add(
			'warning',
			{ file, line: 1, column: 1 },
			'unknown-file',
			'this file is not in a known place (sources/, facts/, banks/, explainers/, entities.yaml) and is ignored'
		);
	}
	return read;
}

/** Put files read one by one together, in path order, as `readFiles` does. */
export function mergeReads(reads: FileRead[], problems: Problems): ParsedTree {
	const tree: ParsedTree = {
		sources: [],
		entityFiles: [],
		factFiles: [],
		bankFiles: [],
		explainerFiles: [],
		broken: new Set(),
		unreadable: new Set(),
		askedByBroken: new Set()
	};
	for (const r of reads) {
		problems.list.push(...r.problems);
		if (r.source) tree.sources.push(r.source);
		if (r.entityFile) tree.entityFiles.push(r.entityFile);
		if (r.factFile) tree.factFiles.push(r.factFile);
		if (r.bankFile) tree.bankFiles.push(r.bankFile);
		if (r.explainerFile) tree.explainerFiles.push(r.explainerFile);
		for (const id of r.broken) tree.broken.add(id);
		for (const id of r.askedByBroken) tree.askedByBroken.add(id);
		if (r.unreadable) tree.unreadable.add(r.unreadable);
	}
	return tree;
}

/** @param files path (relative to the content root) → text; @param root prefix for messages */
export function readFiles(
	files: Record<string, string>,
	root: string,
	problems: Problems
): ParsedTree {
	const paths = Object.keys(files).sort();
	return mergeReads(
		paths.map((path) => readFile(path, files[path]!, root)),
		problems
	);
}
