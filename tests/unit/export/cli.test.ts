/**
 * `npm run export`: writes the file a teacher asked for, and refuses bad arguments with exit 2
 * and one line naming the problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'gift-pegjs';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog } from './support';

const dir = mkdtempSync(join(tmpdir(), 'sourced-export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
		encoding: 'utf8'
	});

const TOPIC = ['--topic', 'us-venezuela-2019-2025'];

describe('npm run export', () => {
	it('writes a chosen set of questions in the order given, and says what the format loses', () => {
		const ids = catalog.questions
			.slice(0, 3)
			.map((q) => q.id)
			.reverse();
		const out = join(dir, 'chosen.gift.txt');
		const r = run(...TOPIC, '--questions', ids.join(','), '--format', 'gift', '--out', out);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/Loses: hints/);
		expect(parse(readFileSync(out, 'utf8')).map((q) => q.title)).toEqual(ids);
	});

	it.each([
		[
			['--topic', 'no-such-topic', '--bank', 'detainees', '--format', 'gift'],
			/unknown topic "no-such-topic"/
		],
		[
			[...TOPIC, '--bank', 'no-such-bank', '--format', 'gift'],
			/unknown bank "no-such-bank".*banks: .*detainees/
		],
		[
			[...TOPIC, '--bank', 'detainees', '--format', 'docx'],
			/one of gift, moodle-xml, qti21, qti3, anki, kahoot \(not "docx"\)/
		],
		[
			[...TOPIC, '--questions', 'no-such-question', '--format', 'qti21'],
			/unknown question id\(s\).*no-such-question/
		]
	])('refuses %j with exit 2 and one line', (args, message) => {
		const r = run(...args, '--out', join(dir, 'x'));
		expect(r.status).toBe(2);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(message);
	});
});
