/** Working copies of the explainer editor: kept, read back, replaced and dropped; odd files ignored. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	dropWorking,
	keepWorking,
	readWorking
} from '../../../src/lib/server/studio/explainers/working';
import { blankStep, moveStep, type ExplainerDraft } from '../../../src/lib/studio/explainer-draft';

const draft: ExplainerDraft = {
	slug: '',
	title: 'A title',
	summary: 'A summary.',
	topics: ['detainees'],
	steps: [
		{ ...blankStep(), title: 'One' },
		{ ...blankStep(), title: 'Two' }
	]
};

describe('explainer working copies', () => {
	it('keeps the latest copy per explainer until it is dropped', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'working-'));
		expect(await readWorking(dir, 't', '01-x')).toBeNull();
		const now = new Date('2026-12-06T08:00:00Z');
		await keepWorking(dir, 't', '01-x', { draft, version: 'absent' }, now);
		const changed = { ...draft, title: 'Changed' };
		await keepWorking(dir, 't', '01-x', { draft: changed, version: 'absent' }, now);
		expect(await readWorking(dir, 't', '01-x')).toEqual({
			draft: changed,
			version: 'absent',
			kept: now.toISOString()
		});
		expect(await readWorking(dir, 't', 'new')).toBeNull();
		await dropWorking(dir, 't', '01-x');
		expect(await readWorking(dir, 't', '01-x')).toBeNull();
	});

	it('ignores a copy that is not the editor’s shape (nothing hidden, nothing lost)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'working-'));
		mkdirSync(join(dir, 't'));
		writeFileSync(join(dir, 't', 'explainer-new.json'), '{"draft": {"steps": "no"}}');
		expect(await readWorking(dir, 't', 'new')).toBeNull();
	});

	it('moves a step one place and leaves out-of-range moves alone', () => {
		const titles = (d: ExplainerDraft['steps']) => d.map((s) => s.title);
		expect(titles(moveStep(draft.steps, 1, 'up'))).toEqual(['Two', 'One']);
		expect(titles(moveStep(draft.steps, 0, 'down'))).toEqual(['Two', 'One']);
		expect(titles(moveStep(draft.steps, 0, 'up'))).toEqual(['One', 'Two']);
		expect(titles(moveStep(draft.steps, 1, 'down'))).toEqual(['One', 'Two']);
	});
});
