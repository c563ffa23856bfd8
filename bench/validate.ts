/**
 * npm run bench:validate [-- --questions 10000 --rounds 5 --edits 50]
 *
 * The validator at scale, side by side with plain YAML parsing of the same files, on a topic of
 * realistic questions: the real topic, copied until it holds `--questions` (see
 * realistic-corpus.ts). Printed, medians of `--rounds` runs, each in a fresh process:
 * - js-yaml: every YAML file and source front matter read with js-yaml's `load`;
 * - yaml: the same with `yaml`'s `parse`;
 * - validate: `buildCatalog` on the whole topic (what `npm run validate` does), its peak RSS
 *   and its time divided by js-yaml's in the same round (the median of the rounds' ratios);
 * each as wall time and as the process's CPU time (steadier when other work shares the machine;
 * it counts V8's own threads too: validating runs far more distinct code than parsing, and with
 * `--single-threaded` its CPU time fell to its wall time, so about a quarter of it is the
 * optimising compiler working beside the main thread);
 * - re-validate: p50 and p95 of `createValidator(...).update` after a one-field edit (a word
 *   changed in a stem, option, feedback, explanation, statement or quote), `--edits` edits,
 *   on the real topic and on the large one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { parse } from 'yaml';
import { buildCatalog } from '../src/lib/server/content/build-catalog';
import { readTree } from '../src/lib/server/content/read-tree';
import { createValidator } from '../src/lib/server/content/validator';
import { realisticTree } from './realistic-corpus';

/**
 * The real topic to copy and to edit: the one with the largest banks under questions/ (today's
 * largest topic, whatever its name), else questions/ itself (the layout before topics).
 */
function realTopic(): string {
	const topics = readdirSync('questions', { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join('questions', d.name, 'topic.yaml')))
		.map((d) => join('questions', d.name));
	return topics.sort((a, b) => banksSize(b) - banksSize(a))[0] ?? 'questions';
}

/** Bytes of a topic's banks: a stand-in for its number of questions. */
function banksSize(dir: string): number {
	const banks = join(dir, 'banks');
	if (!existsSync(banks)) return 0;
	return readdirSync(banks).reduce((n, f) => n + readFileSync(join(banks, f)).length, 0);
}

/** One topic's content files, as `buildCatalog` takes them. */
function topicFiles(dir: string): Record<string, string> {
	const files = readTree(dir);
	delete files['topic.yaml'];
	for (const p of Object.keys(files)) if (p.endsWith('README.md')) delete files[p];
	return files;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** The YAML in each file: the whole of a .yaml file, the front matter of a source. */
function yamlTexts(files: Record<string, string>): string[] {
	return Object.entries(files).flatMap(([p, t]) =>
		p.endsWith('.md') ? [FRONT_MATTER.exec(t)?.[1] ?? ''] : [t]
	);
}

const FIELD =
	/^(\s*(?:- )?(?:stem|text|feedback|explanation|statement|hint|quote): .*?)(\p{L}{4,})/u;

/** A one-field edit: a word of one field's one-line value gets a letter more. */
function editOnce(files: Record<string, string>, random: () => number): [string, string] {
	const paths = Object.keys(files).filter((p) => /^(banks|facts)\//.test(p));
	for (;;) {
		const path = paths[Math.floor(random() * paths.length)]!;
		const lines = files[path]!.split('\n');
		const candidates = lines.flatMap((l, i) => (FIELD.test(l) ? [i] : []));
		if (candidates.length === 0) continue;
		const i = candidates[Math.floor(random() * candidates.length)]!;
		lines[i] = lines[i]!.replace(FIELD, (_, head: string, word: string) => `${head}${word}x`);
		return [path, lines.join('\n')];
	}
}

/** Deterministic, so two runs edit the same fields (mulberry32). */
function seeded(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const quantile = (xs: number[], q: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** CPU milliseconds (user + system) since `since`: on a shared machine, steadier than wall time. */
const cpuSince = (since: NodeJS.CpuUsage) => {
	const d = process.cpuUsage(since);
	return (d.user + d.system) / 1000;
};

function measure(mode: string, corpusFile: string, root: string, edits: number) {
	const files = JSON.parse(readFileSync(corpusFile, 'utf8')) as Record<string, string>;
	const cpu = process.cpuUsage();
	const started = performance.now();
	if (mode === 'js-yaml') for (const t of yamlTexts(files)) load(t);
	else if (mode === 'yaml') for (const t of yamlTexts(files)) parse(t);
	else if (mode === 'validate') {
		const { errors, catalog } = buildCatalog(files, root);
		if (errors.length > 0) throw new Error(`corpus has errors: ${errors[0]!.message}`);
		const ms = performance.now() - started;
		const peakMb = process.resourceUsage().maxRSS / 1024;
		return { ms, cpu: cpuSince(cpu), peakMb, questions: catalog.questions.length };
	} else if (mode === 'update') {
		const validator = createValidator(files, root);
		const random = seeded(7);
		const times: number[] = [];
		const cpus: number[] = [];
		let current = files;
		for (let i = 0; i < edits; i++) {
			const [path, text] = editOnce(current, random);
			current = { ...current, [path]: text };
			const c = process.cpuUsage();
			const t = performance.now();
			validator.update({ [path]: text });
			times.push(performance.now() - t);
			cpus.push(cpuSince(c));
		}
		return {
			p50: quantile(times, 0.5),
			p95: quantile(times, 0.95),
			cpuP50: quantile(cpus, 0.5),
			cpuP95: quantile(cpus, 0.95)
		};
	}
	return { ms: performance.now() - started, cpu: cpuSince(cpu) };
}

function child(args: string[]): Record<string, number> {
	const out = execFileSync(
		process.execPath,
		['--import', 'tsx', new URL(import.meta.url).pathname, '--child', ...args],
		{ encoding: 'utf8', maxBuffer: 1e8 }
	);
	return JSON.parse(out.trim().split('\n').pop()!);
}

const { values } = parseArgs({
	options: {
		child: { type: 'string' },
		corpus: { type: 'string' },
		root: { type: 'string', default: 'questions' },
		questions: { type: 'string', default: '10000' },
		rounds: { type: 'string', default: '5' },
		edits: { type: 'string', default: '50' }
	}
});

if (values.child) {
	const r = measure(values.child, values.corpus!, values.root!, Number(values.edits));
	console.log(JSON.stringify(r));
} else {
	const dir = realTopic();
	const real = topicFiles(dir);
	const large = realisticTree(real, Number(values.questions));
	const tmp = mkdtempSync(join(tmpdir(), 'bench-validate-'));
	const realFile = join(tmp, 'real.json');
	const largeFile = join(tmp, 'large.json');
	writeFileSync(realFile, JSON.stringify(real));
	writeFileSync(largeFile, JSON.stringify(large));
	const bytes = Object.values(large).reduce((s, t) => s + t.length, 0);
	const rounds = Number(values.rounds);
	const runs: Record<string, Record<string, number>[]> = { 'js-yaml': [], yaml: [], validate: [] };
	for (let r = 0; r < rounds; r++)
		for (const mode of Object.keys(runs))
			runs[mode]!.push(child([mode, '--corpus', largeFile, '--root', dir]));
	const median = (mode: string, key = 'ms') =>
		quantile(
			runs[mode]!.map((x) => x[key]!),
			0.5
		);
	// Each round's two runs are neighbours in time, so their ratio is steadier than the ratio of
	// two medians when the machine's speed drifts (a shared machine's does, by a third at times).
	const ratio = (key: string) =>
		quantile(
			runs.validate!.map((v, r) => v[key]! / runs['js-yaml']![r]![key]!),
			0.5
		);
	const edits = ['--edits', values.edits!, '--root', dir];
	const realUpdate = child(['update', '--corpus', realFile, ...edits]);
	const largeUpdate = child(['update', '--corpus', largeFile, ...edits]);
	const [load1] = readFileSync('/proc/loadavg', 'utf8').split(' ');
	const v = runs.validate![0]!;
	console.log(
		`${v.questions} questions, ${Object.keys(large).length} files, ${(bytes / 1e6).toFixed(1)} MB (from ${dir}); medians of ${rounds} runs; load average ${load1}`
	);
	const row = (mode: string) =>
		`${median(mode).toFixed(0).padStart(7)} ms wall ${median(mode, 'cpu').toFixed(0).padStart(7)} ms CPU`;
	console.log(`  js-yaml parse   ${row('js-yaml')}`);
	console.log(`  yaml parse      ${row('yaml')}`);
	console.log(
		`  validate        ${row('validate')}   = ${ratio('ms').toFixed(2)} × js-yaml wall, ${ratio('cpu').toFixed(2)} × CPU (median of the rounds' ratios); peak RSS ${median('validate', 'peakMb').toFixed(0)} MB`
	);
	const upd = (r: Record<string, number>) =>
		`p50 ${r.p50!.toFixed(0)} ms, p95 ${r.p95!.toFixed(0)} ms wall (CPU p50 ${r.cpuP50!.toFixed(0)} ms, p95 ${r.cpuP95!.toFixed(0)} ms)`;
	console.log(`  re-validate after a one-field edit (${values.edits} edits):`);
	console.log(`    real topic            ${upd(realUpdate)}`);
	console.log(`    ${String(v.questions).padEnd(5)} question topic  ${upd(largeUpdate)}`);
}
