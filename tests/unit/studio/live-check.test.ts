/**
 * checkDraft reports what `npm run validate` (buildLibrary) reports for the topic with the
 * draft's changes, after any sequence of drafts, and follows the disk: a file saved meanwhile is
 * read again, and only that file (a draft's own text comes with the request, nothing is read).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
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

vi.mock('node:fs', async (original) => {
	const real = await original<typeof import('node:fs')>();
	return { ...real, readFileSync: vi.fn(real.readFileSync) };
});
const reads = vi.mocked(fs.readFileSync);

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

	it('reads from disk only the files that changed there', () => {
		forgetChecks();
		checkDraft(root, TOPIC, {});
		reads.mockClear();
		// a draft's text comes with the request: nothing is read
		checkDraft(root, TOPIC, { [bankPath]: bank.replace('stem: ', 'stem: W1 ') });
		checkDraft(root, TOPIC, { [bankPath]: bank.replace('stem: ', 'stem: W2 ') });
		expect(reads).not.toHaveBeenCalled();
		// one file saved on disk: that file alone is read again
		writeFileSync(join(root, TOPIC, factPath), facts + '\n');
		checkDraft(root, TOPIC, {});
		expect(reads.mock.calls.map((c) => String(c[0]))).toEqual([join(root, TOPIC, factPath)]);
		writeFileSync(join(root, TOPIC, factPath), facts);
	});
});
