/**
 * Content is read from disk at run time (CONTENT_DIR): pages list and serve every topic, a reload
 * serves what changed on disk, a reload with errors keeps the last valid content, and broken
 * content at start-up is refused with the validator's messages.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readTree } from '../../src/lib/server/content/read-tree';
import { FIXTURES } from './fixtures';
import { fakeEvent, formRequest, statusOf } from './classroom/support/events';

const dir = mkdtempSync(join(tmpdir(), 'sourced-content-'));
const previous = process.env.CONTENT_DIR;
process.env.CONTENT_DIR = dir;
afterAll(() => {
	if (previous === undefined) delete process.env.CONTENT_DIR;
	else process.env.CONTENT_DIR = previous;
});

function write(path: string, text: string) {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
}
const topicYaml = (title: string) =>
	`title: ${title}\nsummary: About ${title}.\nlanguage: en-GB\naudience: Tests\ntags:\n  library: Libraries\n`;
for (const id of ['alpha', 'beta']) {
	for (const [path, text] of Object.entries(readTree(`${FIXTURES}valid`)))
		write(`${id}/${path}`, text);
	write(`${id}/topic.yaml`, topicYaml(`Topic ${id}`));
}

const { getLibrary, reloadContent } = await import('../../src/lib/server/content');
const home = await import('../../src/routes/+page.server');
const topicLayout = await import('../../src/routes/topics/[topic=topic]/+layout.server');
const topicPage = await import('../../src/routes/topics/[topic=topic]/+page.server');
const quizPage = await import('../../src/routes/topics/[topic=topic]/quiz/+page.server');
const teachPage = await import('../../src/routes/teach/+page.server');
const { askedQuestions, sessionQuestion } =
	await import('../../src/lib/server/classroom/views/session-questions');

const call = (fn: unknown, event: unknown) =>
	statusOf(() => (fn as (e: unknown) => unknown)(event));

describe('content read from CONTENT_DIR', () => {
	it('lists every topic on the home page, with its title, summary and counts', () => {
		const { topics } = home.load();
		expect(topics.map((t) => [t.id, t.title, t.summary])).toEqual([
			['alpha', 'Topic alpha', 'About Topic alpha.'],
			['beta', 'Topic beta', 'About Topic beta.']
		]);
		expect(topics[1]!.counts.questions).toBe(
			getLibrary().topicById.get('beta')!.catalog.questions.length
		);
		expect(topics[1]!.counts.questions).toBeGreaterThan(0);
	});

	it("serves each topic's pages, and 404 for a topic that does not exist", async () => {
		const page = topicPage.load({ params: { topic: 'beta' } } as never);
		expect(page.meta.title).toBe('Topic beta');
		expect(page.explainers.length).toBeGreaterThan(0);
		expect(page.sources[0]!.href).toMatch(/^\/topics\/beta\/sources\//);
		const missing = await call(topicLayout.load, { params: { topic: 'gamma' } });
		expect(missing.status).toBe(404);
	});

	it('starts a quiz within the topic it was asked in', async () => {
		const bank = getLibrary().topicById.get('beta')!.catalog.banks[0]!;
		const started = await call(
			quizPage.actions.start,
			fakeEvent({
				path: '/topics/beta/quiz',
				params: { topic: 'beta' },
				request: formRequest('/topics/beta/quiz?/start', { bank: bank.id, length: '3' })
			})
		);
		expect(started.status).toBe(303);
		expect(String(started.value)).toMatch(/^\/topics\/beta\/quiz\/play\?t=/);
	});

	it("resolves a live session's question ids within the session's topic", async () => {
		const alpha = getLibrary().topicById.get('alpha')!.catalog;
		const beta = getLibrary().topicById.get('beta')!.catalog;
		const id = beta.questions[0]!.id;
		expect(alpha.questionById.has(id)).toBe(true); // the same id in both topics
		expect(sessionQuestion({ topic_id: 'beta' }, id)).toBe(beta.questionById.get(id));
		expect(sessionQuestion({ topic_id: 'alpha' }, id)).toBe(alpha.questionById.get(id));
		expect(sessionQuestion({ topic_id: 'gone' }, id)).toBeUndefined();
		const session = {
			topic_id: 'beta',
			mode: 'self' as const,
			phase: 'running' as const,
			current_index: -1,
			question_ids: [id]
		};
		expect(askedQuestions(session)).toEqual([beta.questionById.get(id)]);
		// /teach offers the chosen topic's banks.
		const teach = await call(teachPage.load, fakeEvent({ path: '/teach?topic=beta', params: {} }));
		expect(teach.value).toMatchObject({ topic: 'beta', topics: [{ id: 'alpha' }, { id: 'beta' }] });
	});

	it('serves what changed on disk after reloadContent()', () => {
		write('beta/topic.yaml', topicYaml('Topic beta, revised'));
		expect(getLibrary().topicById.get('beta')!.meta.title).toBe('Topic beta');
		expect(reloadContent().errors).toEqual([]);
		expect(getLibrary().topicById.get('beta')!.meta.title).toBe('Topic beta, revised');
		expect(home.load().topics[1]!.title).toBe('Topic beta, revised');
	});

	it('keeps serving the last valid content when a reload finds errors', () => {
		const before = getLibrary();
		write('beta/topic.yaml', 'title: [unclosed\n');
		const { errors } = reloadContent();
		expect(errors.map((e) => e.file).filter((f) => f.endsWith('/beta/topic.yaml'))).toHaveLength(1);
		expect(getLibrary()).toBe(before);
		write('beta/topic.yaml', topicYaml('Topic beta'));
	});

	it('refuses to start on broken content, listing file:line:column', async () => {
		vi.resetModules();
		const text = readFileSync(join(dir, 'alpha/banks/library.yaml'), 'utf8');
		write('alpha/banks/library.yaml', text.replace(/\bstem:/, 'stme:'));
		const fresh = await import('../../src/lib/server/content');
		expect(() => fresh.getLibrary()).toThrow(
			/Content has \d+ error\(s\)[\s\S]*alpha\/banks\/library\.yaml:\d+:\d+ ✖/
		);
		write('alpha/banks/library.yaml', text);
		expect(fresh.getLibrary().topics).toHaveLength(2);
	});
});
