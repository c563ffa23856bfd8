/**
 * Content in topics: buildLibrary checks every topic folder in one run, ids need only be unique
 * within a topic, and every message names its file by the path from the content root.
 */
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/server/content/build-library';
import { libraryCounts } from '../../src/lib/server/content/dump';
import { formatProblem } from '../../src/lib/server/content/problems';
import { readTree } from '../../src/lib/server/content/read-tree';
import { FIXTURES } from './fixtures';

const valid = readTree(`${FIXTURES}valid`);

const topicYaml = (title: string, extra = '') =>
	`title: ${title}\nsummary: A small topic for tests.\nlanguage: en-GB\naudience: Tests\ntags:\n  library: Libraries\n${extra}`;

/** `topics` folder → files laid over the valid fixture topic, each with its topic.yaml. */
function tree(topics: Record<string, Record<string, string>>, top: Record<string, string> = {}) {
	const files: Record<string, string> = { ...top };
	for (const [id, own] of Object.entries(topics)) {
		const all = { ...valid, 'topic.yaml': topicYaml(`Topic ${id}`), ...own };
		for (const [path, text] of Object.entries(all)) files[`${id}/${path}`] = text;
	}
	return files;
}

const messages = (r: ReturnType<typeof buildLibrary>) => r.errors.map(formatProblem);

describe('a library of topics', () => {
	it('accepts two topics that use the same ids, each with its own catalog', () => {
		const r = buildLibrary(tree({ alpha: {}, beta: {} }), 'q');
		expect(messages(r)).toEqual([]);
		expect(r.library.topics.map((t) => t.id)).toEqual(['alpha', 'beta']);
		const [alpha, beta] = r.library.topics;
		expect(alpha!.meta).toMatchObject({
			title: 'Topic alpha',
			language: 'en-GB',
			audience: 'Tests'
		});
		expect(alpha!.catalog).not.toBe(beta!.catalog);
		expect([...alpha!.catalog.questionById.keys()]).toEqual([...beta!.catalog.questionById.keys()]);
		expect(r.library.topicById.get('beta')).toBe(beta);
		const counts = libraryCounts(r.library);
		expect(counts.topics.alpha!.questions).toBeGreaterThan(0);
		expect(counts.total.questions).toBe(counts.topics.alpha!.questions * 2);
	});

	it('names files by their path from the content root, with line and column', () => {
		const broken = valid['banks/library.yaml']!.replace(/\bstem:/, 'stme:');
		const r = buildLibrary(
			tree({ alpha: {}, beta: { 'banks/library.yaml': broken } }),
			'questions'
		);
		expect(r.errors.length).toBeGreaterThan(0);
		const line = broken.split('\n').findIndex((l) => l.includes('stme:')) + 1;
		expect(
			messages(r).some((m) => m.startsWith(`questions/beta/banks/library.yaml:${line}:`))
		).toBe(true);
		expect(r.errors.every((e) => e.file.startsWith('questions/beta/'))).toBe(true);
	});

	it('reports a topic.yaml error as file:line:column and leaves that topic out', () => {
		const bad =
			'title: Beta\nsummary: A small topic.\nlanguage: English\naudience: Tests\ncolour: blue\n';
		const r = buildLibrary(tree({ alpha: {}, beta: { 'topic.yaml': bad } }), 'questions');
		expect(messages(r)).toEqual([
			expect.stringMatching(
				/^questions\/beta\/topic\.yaml:3:11 ✖ language: use a BCP 47 language tag/
			),
			expect.stringMatching(/^questions\/beta\/topic\.yaml:5:1 ✖ colour: unknown field "colour"/)
		]);
		expect(r.library.topics.map((t) => t.id)).toEqual(['alpha']);
	});

	it('requires a topic.yaml, an id-like folder name and no stray files at the top', () => {
		const files = tree({ alpha: {} }, { 'README.md': '# Guide', 'notes.yaml': 'a: 1' });
		for (const [path, text] of Object.entries(valid)) files[`Bad_Name/${path}`] = text;
		files['gamma/sources/x.md'] = valid['sources/port-ellis-library.md']!;
		const r = buildLibrary(files, 'questions');
		expect(r.errors.map((e) => [e.file, e.rule])).toEqual([
			['questions/Bad_Name', 'topic-id'],
			['questions/gamma/topic.yaml', 'topic-file'],
			['questions/notes.yaml', 'stray-file']
		]);
	});

	it('requires a label for every tag the topic uses', () => {
		const noLabels = 'title: A\nsummary: B.\nlanguage: en\naudience: C\n';
		const r = buildLibrary(tree({ alpha: { 'topic.yaml': noLabels } }), 'questions');
		expect(messages(r)).toEqual([
			expect.stringMatching(
				/^questions\/alpha\/topic\.yaml:1:1 ✖ tag "library" \(used by .*\) has no label: add `library: <label readers see>` under tags:/
			)
		]);
	});
});
