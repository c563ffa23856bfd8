/** `npm run validate`'s closing lines put each noun in the form its number takes. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsText, summaryText } from '../../src/lib/server/content/summary-text';

describe('the validator’s summary', () => {
	it('says 1 entity, 1 error, 1 topic; 2 entities, 0 errors', () => {
		expect(countsText({ sources: 1, entities: 1, facts: 2, cuePairs: 1, contested: 1 })).toBe(
			'1 source, 1 entity, 2 facts, 1 cue pair, 1 contested'
		);
		expect(
			summaryText({ errors: 1, warnings: 1, topics: 1, counts: { entities: 2 }, ms: 12.4 })
		).toBe('1 error, 1 warning in 1 topic: 2 entities (12 ms)');
		expect(summaryText({ errors: 0, warnings: 2, topics: 3, counts: {}, ms: 1 })).toMatch(
			/^0 errors, 2 warnings in 3 topics/
		);
	});

	it('prints “in 1 topic” for a folder of one topic', () => {
		const dir = mkdtempSync(join(tmpdir(), 'validate-plural-'));
		const topic = join(dir, 'one-topic');
		mkdirSync(topic);
		writeFileSync(join(topic, 'topic.yaml'), 'title: T\nsummary: S.\nlanguage: en\naudience: A\n');
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/validate.ts', '--dir', dir],
			{
				encoding: 'utf8'
			}
		);
		expect(run.stdout).toMatch(/in 1 topic: /);
		expect(run.stdout).not.toMatch(/\b1 (topics|entities|sources|facts|errors|warnings)\b/);
	});

	it('npm run generate --check says “1 question” for a topic that generates one', () => {
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--check'], {
			encoding: 'utf8'
		});
		// the ozone topic generates exactly one question today
		expect(run.stdout).toMatch(/ozone-layer\/banks\/generated\.yaml is up to date \(1 question\)/);
		expect(run.stdout).not.toMatch(/\b1 questions\b/);
	});
});
