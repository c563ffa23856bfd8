/**
 * Generator proposals: the generator's questions that no bank holds, less the dismissed ones;
 * accepting one appends it to a bank and leaves every other line of the bank as it was.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { acceptedQuestion, acceptIntoBank } from '../../../src/lib/server/studio/proposals/accept';
import { dismissedIds, dismissProposal } from '../../../src/lib/server/studio/proposals/dismissed';
import {
	authoredBanks,
	GENERATED_BANK,
	listProposals
} from '../../../src/lib/server/studio/proposals/list';
import { TOPIC, tempTopic } from './temp-topic';

function withoutGeneratedBank() {
	const dirs = tempTopic();
	const generated = parse(readFileSync(join(dirs.root, TOPIC, GENERATED_BANK), 'utf8'));
	rmSync(join(dirs.root, TOPIC, GENERATED_BANK));
	return { ...dirs, generatedIds: generated.questions.map((q: { id: string }) => q.id) };
}

describe('generator proposals', () => {
	it('proposes nothing a bank holds: with the generated bank in place, nothing is left', () => {
		const { root } = tempTopic();
		expect(listProposals(root, TOPIC, new Set())).toEqual({ proposals: [], blocked: null });
	});

	it('lists what the generator makes and no bank holds, less the dismissed ones', async () => {
		const { root, generatedIds } = withoutGeneratedBank();
		const all = listProposals(root, TOPIC, new Set()).proposals.map((q) => q.id);
		expect(all).toEqual(generatedIds);
		const dir = join(root, '.dismissed');
		await dismissProposal(dir, TOPIC, all[0]!);
		const dismissed = await dismissedIds(dir, TOPIC);
		expect([...dismissed]).toEqual([all[0]]);
		expect(listProposals(root, TOPIC, dismissed).proposals.map((q) => q.id)).toEqual(all.slice(1));
	});

	it('offers every bank but the generated one', () => {
		const { root } = tempTopic();
		const banks = authoredBanks(root, TOPIC);
		expect(banks).toContain('detainees');
		expect(banks).not.toContain('generated');
	});

	it('accepts an edited proposal into a bank: appended, the rest byte-identical, no longer proposed', async () => {
		const { root, drafts } = withoutGeneratedBank();
		const [proposal] = listProposals(root, TOPIC, new Set()).proposals;
		const bankPath = join(root, TOPIC, 'banks', 'detainees.yaml');
		const before = readFileSync(bankPath, 'utf8');
		const stem = 'Which person do the sources describe as a former Citgo executive?';
		const question = acceptedQuestion(proposal!, {
			id: proposal!.id,
			bank: 'detainees',
			'new-bank': '',
			stem,
			options: proposal!.options.map((o) => o.text)
		});
		const result = await acceptIntoBank(
			{ root, drafts, reload: () => undefined },
			TOPIC,
			'detainees',
			question
		);
		expect(result.status).toBe('saved');
		const after = readFileSync(bankPath, 'utf8');
		expect(after.startsWith(before)).toBe(true);
		expect(parse(after).questions.at(-1)).toMatchObject({
			id: proposal!.id,
			stem,
			origin: 'authored'
		});
		const left = listProposals(root, TOPIC, new Set()).proposals.map((q) => q.id);
		expect(left).not.toContain(proposal!.id);
	});
});
