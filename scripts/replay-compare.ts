/**
 * What differs, by meaning, between two copies of a topic folder: every YAML file and every
 * source's front matter parsed and compared value by value (key order, quoting and line folding
 * ignored; list order kept, since the order of facts, questions, options and steps is content),
 * and every source body compared byte for byte. Used by scripts/studio-replay.ts to compare the
 * studio-written topic with the plan it replayed.
 *
 * Run on its own: node --import tsx scripts/replay-compare.ts <planned topic> <written topic>
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** One difference: the file, the path inside it ("facts[3].places"), and both values. */
export interface Difference {
	file: string;
	at: string;
	planned: unknown;
	written: unknown;
}

function filesOf(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(ya?ml|md)$/.test(e.name))
		.map((e) => relative(root, join(e.parentPath, e.name)))
		.sort();
}

/** A file's data: YAML parsed; a source as its front matter and its body. */
function dataOf(path: string): unknown {
	const text = readFileSync(path, 'utf8');
	if (!path.endsWith('.md')) return parse(text);
	const end = text.indexOf('\n---\n', 4);
	return { front: parse(text.slice(4, end)), body: text.slice(end + 5) };
}

function walk(file: string, at: string, a: unknown, b: unknown, out: Difference[]) {
	if (Array.isArray(a) && Array.isArray(b)) {
		for (let i = 0; i < Math.max(a.length, b.length); i++)
			walk(file, `${at}[${i}]`, a[i], b[i], out);
		return;
	}
	if (
		a &&
		b &&
		typeof a === 'object' &&
		typeof b === 'object' &&
		!Array.isArray(a) &&
		!Array.isArray(b)
	) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		for (const k of keys) {
			const ka = (a as Record<string, unknown>)[k];
			const kb = (b as Record<string, unknown>)[k];
			walk(file, at ? `${at}.${k}` : k, ka, kb, out);
		}
		return;
	}
	if (a !== b) out.push({ file, at, planned: a, written: b });
}

/** Every difference between topic folders `planned` and `written`, file by file. */
export function compareTopics(planned: string, written: string): Difference[] {
	const out: Difference[] = [];
	const files = new Set([...filesOf(planned), ...filesOf(written)]);
	for (const file of [...files].sort()) {
		const a = join(planned, file);
		const b = join(written, file);
		if (!existsSync(a) || !existsSync(b)) {
			out.push({ file, at: '(file)', planned: existsSync(a), written: existsSync(b) });
			continue;
		}
		walk(file, '', dataOf(a), dataOf(b), out);
	}
	return out;
}

/** The differences as lines, items named by id where they have one. */
export function describe(differences: Difference[], planned: string): string[] {
	const ids = (file: string) => {
		try {
			return dataOf(join(planned, file)) as Record<string, unknown>;
		} catch {
			return {};
		}
	};
	const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));
	return differences.map((d) => {
		// "facts[3].people" → "facts[3 disc-paper-nature-1985].people"
		const data = ids(d.file);
		const at = d.at.replace(/^(\w+)\[(\d+)\]/, (all, list: string, i: string) => {
			const item = (data[list] as { id?: string }[] | undefined)?.[Number(i)];
			return item?.id ? `${list}[${i} ${item.id}]` : all;
		});
		return `${d.file}: ${at}: planned ${show(d.planned)}, written ${show(d.written)}`;
	});
}

if (process.argv[1]?.endsWith('replay-compare.ts')) {
	const [planned, written] = process.argv.slice(2);
	if (!planned || !written) {
		console.error('Usage: node --import tsx scripts/replay-compare.ts <planned> <written>');
		process.exit(2);
	}
	const lines = describe(compareTopics(planned, written), planned);
	for (const line of lines) console.log(line);
	console.log(`${lines.length} difference(s)`);
}
