/**
 * PGlite has no lock of its own and two processes writing one data folder corrupt it for good,
 * so the app holds `sourced.lock` (created exclusively, holding its pid) while the folder is open.
 * A lock left by a dead process (a kill, a crash) is taken over; a live one is refused.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_NAME = 'sourced.lock';

export class DataFolderInUseError extends Error {
	constructor(dataDir: string, pid: number) {
		super(
			`The data folder ${dataDir} is already in use by another Sourced process (pid ${pid}). ` +
				'Two processes writing one PGlite database corrupt it, so this one refuses to start. ' +
				'Stop the other process, or set DATA_DIR to another folder, or set DATABASE_URL to ' +
				`share a PostgreSQL server between instances. If no such process is running, delete ${join(dataDir, LOCK_NAME)}.`
		);
		this.name = 'DataFolderInUseError';
	}
}

/** Whether process `pid` exists (ours or another user's). */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readPid(path: string): number | null {
	try {
		const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
		return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
	} catch {
		return null;
	}
}

function tryCreate(path: string): boolean {
	try {
		const fd = openSync(path, 'wx');
		writeSync(fd, `${process.pid}\n`);
		closeSync(fd);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
}

/**
 * Folders this process holds, on globalThis so that separately loaded copies of this module agree.
 * A lock holding our own pid that is not in here is from an earlier life of the pid (a restarted
 * container is often pid 1 every time), so it is stale.
 */
const held: Set<string> = ((globalThis as Record<symbol, Set<string>>)[
	Symbol.for('sourced.heldLocks')
] ??= new Set());

/** Takes the lock or throws DataFolderInUseError; returns the function that releases it. */
export function acquireDataFolderLock(dataDir: string): () => void {
	return acquireLockFile(join(dataDir, LOCK_NAME), (pid) => new DataFolderInUseError(dataDir, pid));
}

/**
 * The live process (not this one) holding the data folder's lock, or null when it is free or its
 * holder died. Read-only: `npm start` asks this before it builds, so a second start refuses
 * without touching the build the first one is serving.
 */
export function dataFolderHolder(dataDir: string): number | null {
	const pid = readPid(join(dataDir, LOCK_NAME));
	return pid !== null && pid !== process.pid && isAlive(pid) ? pid : null;
}

/**
 * Takes the lock file at `path` (created exclusively, holding our pid), taking over one left by a
 * dead process; throws `busy(pid)` when a live process holds it. Returns the release function.
 */
export function acquireLockFile(path: string, busy: (pid: number) => Error): () => void {
	if (held.has(path)) throw busy(process.pid);
	for (let attempt = 0; attempt < 5; attempt++) {
		if (tryCreate(path)) {
			held.add(path);
			return () => {
				held.delete(path);
				releaseLock(path);
			};
		}
		const holder = readPid(path);
		if (holder !== null && holder !== process.pid && isAlive(holder)) throw busy(holder);
		// Stale (dead pid, or half-written). Move it aside atomically rather than unlinking, and look
		// at what was moved: if a racing starter had just put a live lock there, put it back.
		const aside = `${path}.stale-${process.pid}`;
		try {
			renameSync(path, aside);
		} catch {
			continue; // someone else moved it first; look again
		}
		const moved = readPid(aside);
		if (moved !== null && moved !== process.pid && isAlive(moved)) {
			renameSync(aside, path);
			throw busy(moved);
		}
		unlinkSync(aside);
	}
	throw new Error(`Could not take the lock ${path}; is another process starting on it?`);
}

function releaseLock(path: string): void {
	if (readPid(path) === process.pid) {
		try {
			unlinkSync(path);
		} catch {
			// Already gone.
		}
	}
}
