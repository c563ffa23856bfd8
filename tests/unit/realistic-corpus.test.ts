/**
 * The benchmarks' large topic (bench/realistic-corpus.ts) must be like real content: valid, with
 * the lint and cue rules finding within each copy what they find in the real topic, and no copy
 * giving away another's questions (a topic does not ask each question many times over).
 */
import { describe, expect, it } from 'vitest';
import { realisticTree } from '../../bench/realistic-corpus';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';

const copyOf = (id: string) => /-c(\d+)$/.exec(id)?.[1] ?? '0';

describe('the realistic benchmark corpus', () => {
	it('is valid, and its questions cue only questions of their own copy', () => {
		const real = readTree('questions/us-venezuela-2019-2025');
		delete real['topic.yaml'];
		for (const p of Object.keys(real)) if (p.endsWith('README.md')) delete real[p];
		const { errors, catalog } = buildCatalog(realisticTree(real, 700));
		expect(errors).toEqual([]);
		const copies = new Set(catalog.questions.map((q) => copyOf(q.id)));
		expect(copies.size).toBeGreaterThanOrEqual(3);
		expect(catalog.cuePairs.length).toBeGreaterThan(0);
		const across = catalog.cuePairs.filter((p) => copyOf(p.from) !== copyOf(p.to));
		expect(across).toEqual([]);
	});
});
