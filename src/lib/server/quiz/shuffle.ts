/** Deterministic shuffles: the same attempt seed shows the same order after a reload. */
import { createHash } from 'node:crypto';

function prng(seed: string): () => number {
	// mulberry32 seeded from a hash of the seed string
	let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function shuffled<T>(items: readonly T[], seed: string): T[] {
	const out = [...items];
	const random = prng(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
