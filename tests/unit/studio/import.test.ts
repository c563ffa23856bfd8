import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/server/content/build-catalog';
import { extractArticle } from '../../../src/lib/server/studio/import/article';
import { MAX_BYTES, readUpload } from '../../../src/lib/server/studio/import/read-upload';
import {
	keptBody,
	sourceFile,
	SourceFormSchema
} from '../../../src/lib/server/studio/import/source-file';
import { idProblem } from '../../../src/lib/server/studio/topics';
import { fieldProblems } from '../../../src/lib/server/studio/field-problems';
import { META_WORDING } from '../../../src/lib/server/studio/import/meta-wording';
import { sourceSlug } from '../../../src/lib/server/studio/import/import-form';

const ARTICLE = readFileSync('tests/fixtures/studio/article.html', 'utf8');

describe('reading an upload', () => {
	it('reduces an HTML page to its article, with what the page says about itself', async () => {
		const outcome = await readUpload(new File([ARTICLE], 'page.html'));
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const { lines, meta } = outcome.imported;
		expect(lines[0]).toMatch(/^The harbour bridge reopened/);
		expect(lines.join('\n')).not.toMatch(/Home|Sport|Subscribe|©/); // navigation and footer gone
		expect(meta).toEqual({
			title: 'Harbour bridge reopens after two years of repairs',
			outlet: 'The Coastal Courier',
			published: '2025-03-14',
			language: 'en'
		});
	});

	it.each([
		['over 2 MB', new File(['a'.repeat(MAX_BYTES + 1)], 'big.txt'), 413, /limit is 2 MB/],
		['binary', new File([new Uint8Array([1, 0, 2])], 'x.txt'), 415, /copy its text and paste it/],
		[
			'in Windows-1252',
			new File([new Uint8Array([0x63, 0xe9])], 'x.md'),
			415,
			/save it again as “UTF-8” text/
		],
		['another kind', new File(['x'], 'x.pdf'), 415, /\.txt, \.md or \.html/],
		['a page with no article', new File(['<p>Log in</p>'], 'x.html'), 422, /No article/]
	])('refuses a file %s', async (_, file, status, message) => {
		const outcome = await readUpload(file);
		expect(outcome).toMatchObject({ ok: false, status });
		if (!outcome.ok) expect(outcome.message).toMatch(message);
		// said in words a teacher acts on, not the decoder's terms
		if (!outcome.ok) expect(outcome.message).not.toMatch(/encoding|binary|Windows-1252|latin/i);
	});

	it('keeps a text file as lines, without blank lines or a byte-order mark', async () => {
		const outcome = await readUpload(
			new File(['\uFEFFFirst line\r\n\r\n  Second  line \n'], 'a.txt')
		);
		expect(outcome).toMatchObject({ ok: true, imported: { lines: ['First line', 'Second line'] } });
	});

	it('finds no article in an empty page', () => {
		expect(extractArticle('<html><body></body></html>')).toBeNull();
	});
});

describe('ids', () => {
	it.each(['a/b', '..', '../x', 'A', 'a_b', 'a--b', '-a', 'é'])('refuses %j', (id) => {
		expect(idProblem(id)).not.toBeNull();
	});
	it.each(['a', 'election-2024', 'us-venezuela-2019-2025'])('accepts %j', (id) => {
		expect(idProblem(id)).toBeNull();
	});
});

describe('the source file', () => {
	const form = SourceFormSchema.parse({
		id: 'courier',
		title: 'A headline: with a colon',
		title_basis: 'stated',
		name: '',
		outlet: 'The Courier',
		outlet_basis: 'stated',
		published_date: '2025',
		published_basis: 'inferred',
		published_how: 'It mentions the March 2025 reopening as "last week".',
		language: 'en',
		origin_kind: 'original',
		second_hand: 'on',
		origin_notes: 'Saved from the web page.',
		reliability: 'medium'
	});

	it('validates, leaves out the removed lines, keeps paragraphs apart and records the hash', () => {
		const body = keptBody(['First paragraph.', 'Advertisement', 'Second paragraph.'], new Set([1]));
		// A blank line between paragraphs, as in every stored source: the reader pages split there,
		// so without it an imported article read as one run-on paragraph.
		expect(body).toBe('First paragraph.\n\nSecond paragraph.\n');
		const text = sourceFile(form, body);
		expect(text.endsWith('---\nFirst paragraph.\n\nSecond paragraph.\n')).toBe(true);
		const { errors, catalog } = buildCatalog({ 'sources/courier.md': text }, 'questions/t');
		expect(errors).toEqual([]);
		expect(catalog.sources.find((s) => s.id === 'courier')).toMatchObject({
			published: { date: '2025', basis: 'inferred' },
			origin: { kind: 'original', second_hand: true },
			outlet: 'The Courier'
		});
	});

	it('asks how an inferred date was inferred', () => {
		const values = { ...form, second_hand: '', published_how: '' };
		const parsed = SourceFormSchema.safeParse(values);
		expect(parsed.success).toBe(false);
		expect(fieldProblems(parsed.error!, values, META_WORDING)).toEqual([
			{
				field: 'published_how',
				label: 'How the date was inferred',
				message: expect.stringMatching(/say how you worked it out/)
			}
		]);
	});
});

describe('the suggested source id', () => {
	it('keeps whole words within 50 characters, accents stripped', () => {
		const id = sourceSlug('Town council approves new cycle lanes after two years of debate');
		expect(id).toBe('town-council-approves-new-cycle-lanes-after-two');
		expect(id.length).toBeLessThanOrEqual(50);
		expect(sourceSlug('Bogotá: the US offers amnesty')).toBe('bogota-the-us-offers-amnesty');
	});
});
