/**
 * The second topic (ozone-layer, issue 8 item 8) proves that nothing in the app assumes the first:
 * it loads beside it with its own metadata, meets the item's targets, and teaches figures that
 * differ by date the way the first topic does (kept as contested facts, shown side by side in a
 * compare step, and asked only in questions about the sources).
 */
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/server/content/build-library';
import { readTree } from '../../src/lib/server/content/read-tree';

const { library, errors } = buildLibrary(readTree('questions'));
const topic = library.topicById.get('ozone-layer');
const catalog = topic!.catalog;

describe('the second topic (ozone-layer)', () => {
	it('loads with zero errors beside the first topic, with its own metadata', () => {
		expect(errors.filter((e) => e.file.includes('ozone-layer'))).toEqual([]);
		expect(topic).toBeDefined();
		expect(topic!.meta.title).toMatch(/ozone/i);
		expect(library.topics.length).toBeGreaterThanOrEqual(2);
	});

	it('meets the targets: 2+ sources, 30+ facts, 2 explainers, 40+ authored questions', () => {
		expect(catalog.sources.length).toBeGreaterThanOrEqual(2);
		expect(catalog.facts.length).toBeGreaterThanOrEqual(30);
		expect(catalog.explainers.length).toBeGreaterThanOrEqual(2);
		expect(catalog.questions.filter((q) => q.origin === 'authored').length).toBeGreaterThanOrEqual(
			40
		);
	});

	it('has a timeline step and a compare step among its explainers', () => {
		const kinds = new Set(catalog.explainers.flatMap((x) => x.steps.map((s) => s.kind)));
		expect(kinds).toContain('timeline');
		expect(kinds).toContain('compare');
	});

	it('shows every figure that differs by date in a compare step and asks it about the sources', () => {
		const byDate = catalog.facts.filter((f) => f.contested?.kind === 'figure-by-date');
		expect(byDate.length).toBeGreaterThan(0);
		const compared = new Set(
			catalog.explainers.flatMap((x) =>
				x.steps.filter((s) => s.kind === 'compare').flatMap((s) => s.facts)
			)
		);
		const asked = new Set(
			catalog.questions.filter((q) => q.about === 'sources').flatMap((q) => q.supports)
		);
		expect(byDate.filter((f) => !compared.has(f.id)).map((f) => f.id)).toEqual([]);
		expect(byDate.filter((f) => !asked.has(f.id)).map((f) => f.id)).toEqual([]);
	});

	it('says in every source where its facts came from and that it was written for Sourced', () => {
		for (const s of catalog.sources) {
			expect(s.origin.notes, s.id).toMatch(/written for Sourced/);
			expect(s.origin.notes, s.id).toMatch(/facts come from/);
		}
	});
});
