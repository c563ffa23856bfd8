/**
 * npm run bench:live-check [-- --edits 60]
 *
 * Checked as you type (issue 9): the time from a one-field edit in the question editor to its
 * problems, on a temporary copy of the real topic with the largest banks. Each edit changes one
 * field of one question (a word in the stem, an option, a feedback or the explanation); timed:
 * - checkDraft: the live check alone (the cached per-topic validator, only the bank re-read);
 * - editor check: what the check endpoint does: the question spliced into its bank text,
 *   checkDraft, and the problems placed by field (HTTP and the draft's autosave not included).
 * Prints p50, p95 and max of each; the budget is 300 ms.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDraft } from '../src/lib/server/studio/live-check';
import { bankIds, draftAt, readBank, withQuestion } from '../src/lib/server/studio/questions/bank';
import { checkQuestion } from '../src/lib/server/studio/questions/editor';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '60' } } });
const EDITS = Number(values.edits);

function largestTopic(): string {
	const size = (t: string) =>
		existsSync(join('questions', t, 'banks'))
			? readdirSync(join('questions', t, 'banks')).reduce(
					(n, f) => n + readFileSync(join('questions', t, 'banks', f)).length,
					0
				)
			: 0;
	return readdirSync('questions', { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join('questions', d.name, 'topic.yaml')))
		.map((d) => d.name)
		.sort((a, b) => size(b) - size(a))[0]!;
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const topic = largestTopic();
const root = mkdtempSync(join(tmpdir(), 'bench-live-check-'));
cpSync(join('questions', topic), join(root, topic), { recursive: true });
const shownRoot = relative(process.cwd(), root) || '.';
const banks = [];
for (const id of bankIds(root, topic).filter((b) => b !== 'generated')) {
	banks.push((await readBank(root, topic, id))!);
}
const questions = banks.reduce((n, b) => n + b.items.length, 0);

let started = performance.now();
checkDraft(root, topic, {});
const first = performance.now() - started;

const alone: number[] = [];
const editor: number[] = [];
for (let i = 0; i < EDITS; i++) {
	const bank = banks[i % banks.length]!;
	const index = (i * 7) % bank.items.length;
	const draft = draftAt(bank, index);
	const field = i % 4;
	const word = `edit${i}`;
	if (field === 0) draft.stem = `${draft.stem} ${word}`;
	else if (field === 1) draft.options[0]!.text = `${draft.options[0]!.text} ${word}`;
	else if (field === 2) draft.options[1]!.feedback = `${draft.options[1]!.feedback} ${word}`;
	else draft.explanation = `${draft.explanation} ${word}`;
	const path = bank.path.slice(topic.length + 1);
	const text = withQuestion(bank, index, draft);
	started = performance.now();
	checkDraft(root, topic, { [path]: text });
	alone.push(performance.now() - started);
	draft.hint = `${draft.hint} ${word}`.trim();
	started = performance.now();
	checkQuestion(root, topic, bank, index, draft, shownRoot);
	editor.push(performance.now() - started);
}

const row = (name: string, t: number[]) =>
	`${name.padEnd(14)} p50 ${percentile(t, 50).toFixed(0)} ms, p95 ${percentile(t, 95).toFixed(0)} ms, max ${Math.max(...t).toFixed(0)} ms`;
console.log(
	`Live check on ${topic} (${questions} written questions in ${banks.length} banks), ${EDITS} one-field edits; first check (cold) ${first.toFixed(0)} ms`
);
console.log(row('checkDraft', alone));
console.log(row('editor check', editor));
