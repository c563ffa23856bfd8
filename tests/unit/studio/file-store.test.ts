import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBody } from '../../../src/lib/server/content/read-files';
import { listDrafts } from '../../../src/lib/server/studio/drafts';
import { saveOrDraft } from '../../../src/lib/server/studio/save';
import {
	ABSENT,
	ConflictError,
	readVersioned,
	writeVersioned
} from '../../../src/lib/server/studio/versioned-file';

function tempRoot(): string {
	return mkdtempSync(join(tmpdir(), 'studio-files-'));
}

describe('versioned files', () => {
	it('reads a missing file as absent and creates it with that version', async () => {
		const root = tempRoot();
		expect(await readVersioned(root, 't/topic.yaml')).toEqual({ text: '', version: ABSENT });
		await writeVersioned(root, [{ path: 't/topic.yaml', text: 'title: A\n', expected: ABSENT }]);
		expect(readFileSync(join(root, 't/topic.yaml'), 'utf8')).toBe('title: A\n');
		// No temporary file is left behind.
		expect(readdirSync(join(root, 't'))).toEqual(['topic.yaml']);
	});

	it('writes over the version the author opened', async () => {
		const root = tempRoot();
		mkdirSync(join(root, 't'));
		writeFileSync(join(root, 't/a.yaml'), 'a: 1\n');
		const opened = await readVersioned(root, 't/a.yaml');
		await writeVersioned(root, [{ path: 't/a.yaml', text: 'a: 2\n', expected: opened.version }]);
		expect(readFileSync(join(root, 't/a.yaml'), 'utf8')).toBe('a: 2\n');
	});

	it('refuses a file changed on disk since it was opened, shows the change and writes nothing', async () => {
		const root = tempRoot();
		mkdirSync(join(root, 't'));
		writeFileSync(join(root, 't/a.yaml'), 'a: 1\nb: 1\n');
		writeFileSync(join(root, 't/b.yaml'), 'x: 1\n');
		const a = await readVersioned(root, 't/a.yaml');
		const b = await readVersioned(root, 't/b.yaml');
		writeFileSync(join(root, 't/b.yaml'), 'x: 1\ny: changed by git pull\n');
		const save = writeVersioned(root, [
			{ path: 't/a.yaml', text: 'a: 2\nb: 1\n', expected: a.version, opened: a.text },
			{ path: 't/b.yaml', text: 'x: 2\n', expected: b.version, opened: b.text }
		]);
		await expect(save).rejects.toBeInstanceOf(ConflictError);
		const error = (await save.catch((e: unknown) => e)) as ConflictError;
		expect(error.path).toBe('t/b.yaml');
		expect(error.diff).toContain('+y: changed by git pull');
		expect(error.message).toMatch(/changed on disk.*nothing was saved/);
		// The first file, which had no conflict, was not written either.
		expect(readFileSync(join(root, 't/a.yaml'), 'utf8')).toBe('a: 1\nb: 1\n');
		expect(readFileSync(join(root, 't/b.yaml'), 'utf8')).toBe('x: 1\ny: changed by git pull\n');
	});

	it('refuses to create a file that appeared meanwhile', async () => {
		const root = tempRoot();
		mkdirSync(join(root, 't'));
		writeFileSync(join(root, 't/new.yaml'), 'someone: else\n');
		await expect(
			writeVersioned(root, [{ path: 't/new.yaml', text: 'mine: 1\n', expected: ABSENT }])
		).rejects.toBeInstanceOf(ConflictError);
	});

	it.each(['../x.yaml', 't/../../x.yaml', '/etc/x.yaml', 't\\..\\x.yaml', ''])(
		'refuses the path %j outside the content folder',
		async (path) => {
			const root = tempRoot();
			await expect(writeVersioned(root, [{ path, text: 'a', expected: ABSENT }])).rejects.toThrow(
				/outside the content folder/
			);
		}
	);
});

const TOPIC = 'title: T\nsummary: S\nlanguage: en\naudience: A\n';

function source(body: string, hash = hashBody(body)): string {
	return [
		'---',
		'title: A headline',
		'title_basis: stated',
		'published:',
		'  date: "2024-05-01"',
		'  basis: stated',
		'language: en',
		'origin:',
		'  kind: original',
		'  notes: Pasted by hand.',
		'reliability: high',
		`hash: ${hash}`,
		'---',
		body
	].join('\n');
}

describe('save or keep as draft', () => {
	function setup() {
		const root = tempRoot();
		const drafts = tempRoot();
		mkdirSync(join(root, 't'));
		writeFileSync(join(root, 't/topic.yaml'), TOPIC);
		let reloads = 0;
		const context = { root, drafts, reload: () => reloads++ };
		return { root, drafts, context, reloads: () => reloads };
	}

	it('writes a change that validates and reloads the content', async () => {
		const { root, context, reloads } = setup();
		const text = source('The text of the article.\n');
		const result = await saveOrDraft(
			{
				topic: 't',
				label: 'Import',
				changes: [{ path: 't/sources/a.md', text, expected: ABSENT }]
			},
			context
		);
		expect(result.status).toBe('saved');
		expect(readFileSync(join(root, 't/sources/a.md'), 'utf8')).toBe(text);
		expect(reloads()).toBe(1);
	});

	it('keeps a change that breaks validation as a draft with its errors, writing nothing', async () => {
		const { root, drafts, context, reloads } = setup();
		const text = source('The text.\n', 'sha256-' + '0'.repeat(64));
		const result = await saveOrDraft(
			{
				topic: 't',
				label: 'Import',
				changes: [{ path: 't/sources/a.md', text, expected: ABSENT }]
			},
			context
		);
		expect(result.status).toBe('draft');
		if (result.status !== 'draft') return;
		expect(result.errors.map((e) => e.file)).toContain('questions/t/sources/a.md');
		expect(result.errors.some((e) => /hash/i.test(e.message))).toBe(true);
		expect(readdirSync(join(root, 't'))).toEqual(['topic.yaml']);
		expect(reloads()).toBe(0);
		const kept = await listDrafts(drafts, 't');
		expect(kept.map((d) => d.id)).toEqual([result.draft.id]);
		expect(kept[0]!.changes[0]!.text).toBe(text);
	});

	it('refuses a conflict before validating: no draft, nothing written', async () => {
		const { root, drafts, context } = setup();
		const opened = await readVersioned(root, 't/topic.yaml');
		writeFileSync(join(root, 't/topic.yaml'), TOPIC + '# edited elsewhere\n');
		await expect(
			saveOrDraft(
				{
					topic: 't',
					label: 'Edit',
					changes: [{ path: 't/topic.yaml', text: 'title: X\n', expected: opened.version }]
				},
				context
			)
		).rejects.toBeInstanceOf(ConflictError);
		expect(readFileSync(join(root, 't/topic.yaml'), 'utf8')).toBe(TOPIC + '# edited elsewhere\n');
		expect(await listDrafts(drafts, 't')).toEqual([]);
	});
});
