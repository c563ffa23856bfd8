/**
 * npm run bench:validate — how long the validator takes, and its peak memory, on a synthetic
 * bank of N questions (N = 1,000 and 10,000 by default; `-- 50000` for others).
 * Each N runs in a fresh process so peak RSS belongs to that run alone.
 */
import { execFileSync } from 'node:child_process';
import { stringify } from 'yaml';
import { buildCatalog } from '../src/lib/server/content/build-catalog';
import { readTree } from '../src/lib/server/content/read-tree';

/** The topic whose real sources the synthetic content quotes. */
const TOPIC = 'us-venezuela-2019-2025';
const FACTS_PER_QUESTION = 0.5;
const BANK_SIZE = 250;

/** The real sources plus N generated questions over N/2 facts, each quoting a real sentence. */
function syntheticTree(n: number): Record<string, string> {
	const files = Object.fromEntries(
		Object.entries(readTree(`questions/${TOPIC}`)).filter(([p]) => p.startsWith('sources/'))
	);
	const sourceId = 'caracas-visit-2022-03';
	const body = files[`sources/${sourceId}.md`]!.split('\n---\n')[1]!;
	const sentences = body.split(/(?<=\.)\s+/).filter((s) => s.length > 30 && s.length < 300);
	const factCount = Math.max(1, Math.round(n * FACTS_PER_QUESTION));
	const facts = Array.from({ length: factCount }, (_, i) => ({
		id: `fact-${i}`,
		statement: `Synthetic fact ${i}.`,
		topics: ['bench'],
		evidence: [{ source: sourceId, quote: sentences[i % sentences.length]!.trim() }]
	}));
	files['facts/bench.yaml'] = stringify({ facts });
	for (let b = 0; b * BANK_SIZE < n; b++) {
		const questions = [];
		for (let i = b * BANK_SIZE; i < Math.min(n, (b + 1) * BANK_SIZE); i++) {
			const key = i % 4;
			questions.push({
				kind: 'single',
				id: `q-${i}`,
				stem: `Synthetic question number ${i}?`,
				supports: [`fact-${i % factCount}`],
				explanation: 'Because the quote says so.',
				difficulty: 'medium',
				bloom: 'remember',
				topics: ['bench'],
				origin: 'generated',
				options: [0, 1, 2, 3].map((o) =>
					o === key
						? { text: `Answer ${i}-${o}`, correct: true, feedback: 'Right.' }
						: { text: `Answer ${i}-${o}`, why_wrong: 'not-stated', feedback: 'Not in the sources.' }
				)
			});
		}
		files[`banks/bench-${b}.yaml`] = stringify({ title: `Bench ${b}`, questions });
	}
	return files;
}

function runOne(n: number) {
	const files = syntheticTree(n);
	const bytes = Object.values(files).reduce((s, t) => s + t.length, 0);
	const started = performance.now();
	const { catalog, errors } = buildCatalog(files, 'bench');
	const ms = performance.now() - started;
	const peakMb = process.resourceUsage().maxRSS / 1024;
	if (errors.length > 0) throw new Error(`synthetic bank has errors: ${errors[0]!.message}`);
	console.log(
		JSON.stringify({
			n,
			questions: catalog.questions.length,
			facts: catalog.facts.length,
			mb: bytes / 1e6,
			ms,
			peakMb
		})
	);
}

const child = process.argv.indexOf('--child');
if (child >= 0) {
	runOne(Number(process.argv[child + 1]));
} else {
	const sizes = process.argv
		.slice(2)
		.map(Number)
		.filter((x) => x > 0);
	console.log('questions   facts   YAML MB   validate   peak RSS');
	for (const n of sizes.length ? sizes : [1_000, 10_000]) {
		const out = execFileSync(
			process.execPath,
			['--import', 'tsx', new URL(import.meta.url).pathname, '--child', String(n)],
			{ encoding: 'utf8' }
		);
		const r = JSON.parse(out.trim().split('\n').pop()!);
		console.log(
			`${String(r.questions).padStart(9)} ${String(r.facts).padStart(7)} ${r.mb.toFixed(1).padStart(9)} ${(r.ms / 1000).toFixed(2).padStart(8)} s ${r.peakMb.toFixed(0).padStart(7)} MB`
		);
	}
}
