/**
 * Two processes must never open one PGlite folder: the second refuses with a clear message. A lock
 * left by a killed process is taken over.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	acquireDataFolderLock,
	DataFolderInUseError,
	LOCK_NAME
} from '../../../src/lib/server/classroom/store/lock-file';
import { tempDataDir } from './support/databases';
import { kill9, startHarness, type Running } from './support/processes';

const started: Running[] = [];
const dirs: string[] = [];
const freshDir = () => {
	const dir = tempDataDir();
	dirs.push(dir);
	return dir;
};
afterAll(async () => {
	for (const r of started) await kill9(r);
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the data folder lock', () => {
	it('makes a second process opening the same folder refuse, saying why', async () => {
		const dir = freshDir();
		const first = await startHarness({ DATA_DIR: dir });
		started.push(first);
		const second = startHarness({ DATA_DIR: dir });
		await expect(second).rejects.toMatchObject({ code: 3 });
		const { stderr } = (await second.catch((e) => e)) as { stderr: string };
		expect(stderr).toContain(
			`is already in use by another Sourced process (pid ${first.child.pid})`
		);
		expect(stderr).toContain('Two processes writing one PGlite database corrupt it');
		// The first one is unharmed.
		expect((await fetch(`${first.base}/setup?students=1`, { method: 'POST' })).status).toBe(200);
	}, 60_000);

	it('is taken over when its holder died', async () => {
		const dir = freshDir();
		const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
		writeFileSync(join(dir, LOCK_NAME), `${dead}\n`);
		const release = acquireDataFolderLock(dir);
		expect(() => acquireDataFolderLock(dir)).toThrow(DataFolderInUseError);
		release();
		acquireDataFolderLock(dir)();
	});

	it('refuses a lock held by another live process', () => {
		const dir = freshDir();
		writeFileSync(join(dir, LOCK_NAME), `${process.ppid}\n`);
		expect(() => acquireDataFolderLock(dir)).toThrow(/already in use by another Sourced process/);
	});
});
