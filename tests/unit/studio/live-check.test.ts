/**
 * checkDraft reports what `npm run validate` (buildLibrary) reports for the topic with the
 * draft's changes, after any sequence of drafts, and follows the disk: a file saved meanwhile is
 * read again. A one-field edit re-reads only the changed file, so it is much faster than a
 * full build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../src/lib/server/content/build-library';
import { formatProblem, type Problem } from '../../../src/lib/server/content/problems';
import { readTree } from '../../../src/lib/server/content/read-tree';
import { checkDraft, forgetChecks } from '../../../src/lib/server/studio/live-check';
import { TOPIC, tempTopic } from './temp-topic';

/** What validate reports for the topic under `root` with `changes` written into it. */
function expected(root: string, changes: Record<string, string | null>): string[] {
	const files: Record<string, string> = {};
	for (const [path, text] of Object.entries(readTree(join(root, TOPIC)))) files[path] = text;
	for (const [path, text] of Object.entries(changes)) {
		if (text === null) delete files[path];
		else files[path] = text;
	}
	const prefixed = Object.fromEntries(
		Object.entries(files).map(([path, text]) => [`${TOPIC}/${path}`, text])
	);
	const { errors, warnings } = buildLibrary(prefixed, relative(process.cwd(), root));
	return [...errors, ...warnings].map(formatProblem);
}

const shown = (problems: Problem[]) => problems.map(formatProblem);

describe('checkDraft', () => {
	const { root } = tempTopic();
	const bankPath = 'banks/detainees.yaml';
	const bank = readFileSync(join(root, TOPIC, bankPath), 'utf8');
	const factPath = 'facts/detainees.yaml';
	const facts = readFileSync(join(root, TOPIC, factPath), 'utf8');

	it('gives what validate gives, draft after draft', () => {
		forgetChecks();
		const drafts: Record<string, string | null>[] = [
			{},
			// a contradicted distractor naming a fact that does not exist
			{ [bankPath]: bank.replace(/fact: [a-z0-9-]+/, 'fact: no-such-fact') },
			// a quote that is not in its source
			{ [factPath]: facts.replace(/quote: (["']?)(\w+)/, 'quote: $1Zzzq $2') },
			// both at once, then a file deleted, then back to the disk
			{
				[bankPath]: bank.replace('stem: ', 'stem: NONE of the above? '),
				[factPath]: facts.replace(/quote: (["']?)(\w+)/, 'quote: $1Zzzq $2')
			},
			{ [bankPath]: null },
			{ 'topic.yaml': 'title: x\n' },
			{}
		];
		for (const draft of drafts) {
			const got = shown(checkDraft(root, TOPIC, draft));
			expect(got).toEqual(expected(root, draft));
		}
		const broken = shown(checkDraft(root, TOPIC, drafts[1]!));
		expect(broken.some((p) => p.includes('no-such-fact') && p.includes('✖'))).toBe(true);
	});

	it('follows a file saved on disk since the last check', () => {
		forgetChecks();
		expect(shown(checkDraft(root, TOPIC, {})).filter((p) => p.includes('✖'))).toEqual([]);
		writeFileSync(join(root, TOPIC, bankPath), bank.replace(/fact: [a-z0-9-]+/, 'fact: gone-fact'));
		const after = shown(checkDraft(root, TOPIC, {}));
		expect(after.some((p) => p.includes('gone-fact'))).toBe(true);
		expect(after).toEqual(expected(root, {}));
		writeFileSync(join(root, TOPIC, bankPath), bank);
		expect(shown(checkDraft(root, TOPIC, {}))).toEqual(expected(root, {}));
	});

	it('re-checks a one-field edit faster than a full build', () => {
		forgetChecks();
		checkDraft(root, TOPIC, {});
		const time = (run: () => unknown) => {
			const start = performance.now();
			run();
			return performance.now() - start;
		};
		const edits = [1, 2, 3, 4, 5].map((i) =>
			time(() => checkDraft(root, TOPIC, { [bankPath]: bank.replace('stem: ', `stem: W${i} `) }))
		);
		// a full build of the same files, each read from scratch (no per-file cache)
		const full = time(() => expected(root, { [bankPath]: bank.replace('stem: ', 'stem: Wx ') }));
		edits.sort((a, b) => a - b);
		expect(edits[2]!).toBeLessThan(full);
	});
});
