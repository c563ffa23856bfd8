/**
 * The key that signs quiz-attempt tokens. Set SOURCED_SECRET to keep tokens valid across restarts
 * and instances; without it a random key is made per process (an open quiz link then restarts).
 */
import { randomBytes } from 'node:crypto';

export const APP_SECRET: Buffer = process.env.SOURCED_SECRET
	? Buffer.from(process.env.SOURCED_SECRET, 'utf8')
	: randomBytes(32);
