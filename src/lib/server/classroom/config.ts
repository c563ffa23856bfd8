/**
 * Classroom settings, read once from the environment. Server-only; plain `process.env` so the
 * same modules run under SvelteKit, vitest and the stand-alone test harness.
 */
import { resolve } from 'node:path';

function positiveNumber(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value <= 0) {
		throw new Error(`${name} must be a positive number, got "${raw}"`);
	}
	return value;
}

export interface ClassroomConfig {
	/** `postgres://…` for a server; absent for the embedded PGlite database. */
	databaseUrl: string | null;
	/** Where PGlite keeps its files (and our lock file). */
	dataDir: string;
	/** Most students one session admits. */
	capacity: number;
	limits: RateLimitConfig;
}

export interface RateLimitConfig {
	/** Join posts per client address: burst, then per second. Generous: a school is one NAT. */
	joinBurstPerClient: number;
	joinRatePerClient: number;
	/** Wrong codes per client address: burst, then per minute. This is what stops guessing. */
	wrongCodeBurstPerClient: number;
	wrongCodePerMinute: number;
	/** Joins into one session: burst, then per second. Stops nickname floods. */
	joinBurstPerSession: number;
	joinRatePerSession: number;
}

export function readConfig(): ClassroomConfig {
	const url = process.env.DATABASE_URL?.trim();
	if (url && !/^postgres(ql)?:\/\//.test(url)) {
		throw new Error('DATABASE_URL must start with postgres:// (or leave it unset for PGlite)');
	}
	return {
		databaseUrl: url || null,
		dataDir: resolve(process.env.DATA_DIR || './data'),
		capacity: Math.floor(positiveNumber('CLASSROOM_CAPACITY', 1000)),
		limits: {
			joinBurstPerClient: positiveNumber('CLASSROOM_JOIN_BURST_PER_CLIENT', 300),
			joinRatePerClient: positiveNumber('CLASSROOM_JOIN_RATE_PER_CLIENT', 5),
			wrongCodeBurstPerClient: positiveNumber('CLASSROOM_WRONG_CODE_BURST', 20),
			wrongCodePerMinute: positiveNumber('CLASSROOM_WRONG_CODES_PER_MINUTE', 20),
			joinBurstPerSession: positiveNumber('CLASSROOM_JOIN_BURST_PER_SESSION', 200),
			joinRatePerSession: positiveNumber('CLASSROOM_JOIN_RATE_PER_SESSION', 20)
		}
	};
}
