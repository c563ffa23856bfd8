/**
 * The studio's source-details and topic forms report every problem at once, each tied to its
 * field and named by the field's visible label, in words a teacher acts on (no field names, no
 * patterns); a topic's id is made from its title; an article imported twice is recognised.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/server/content/build-catalog';
import { readTree } from '../../../src/lib/server/content/read-tree';
import { fieldProblems } from '../../../src/lib/server/studio/field-problems';
import { duplicateOf } from '../../../src/lib/server/studio/import/duplicate';
import { META_WORDING } from '../../../src/lib/server/studio/import/meta-wording';
import { SourceFormSchema } from '../../../src/lib/server/studio/import/source-file';
import { TOPIC_WORDING, TopicFormSchema, topicIdFrom } from '../../../src/lib/server/studio/topics';
import { TOPIC_DIR } from './temp-topic';

const JARGON = /YYYY|regex|BCP|two-letter code such as|must not be empty|\b[a-z]+_[a-z]+\b/;

describe('the source-details form', () => {
	const values = {
		id: 'Bad Id',
		title: '',
		title_basis: 'stated',
		name: '',
		outlet: '',
		outlet_basis: 'stated',
		published_date: '29/07/2024',
		published_basis: 'inferred',
		published_how: '',
		language: 'English',
		origin_kind: 'original',
		second_hand: '',
		origin_notes: '',
		reliability: 'high'
	};

	it('lists every problem at once, in the page’s order, each named by its label', () => {
		const parsed = SourceFormSchema.safeParse(values);
		const problems = fieldProblems(parsed.error!, values, META_WORDING);
		expect(problems.map((p) => [p.field, p.label])).toEqual([
			['id', 'Id'],
			['title', 'Title'],
			['published_date', 'Published'],
			['published_how', 'How the date was inferred'],
			['language', 'Language'],
			['origin_notes', 'Origin notes']
		]);
		for (const p of problems) expect(p.message).not.toMatch(JARGON);
		const say = Object.fromEntries(problems.map((p) => [p.field, p.message]));
		expect(say.published_date).toContain('“29/07/2024” is not a date this form can read');
		expect(say.published_date).toContain('2024-07-29');
		expect(say.language).toContain('en for English');
		expect(say.id).toContain('you wrote “Bad Id”');
	});
});

describe('the topic form', () => {
	it('lists every problem at once, each named by its label', () => {
		const values = { id: 'a/b', title: '', summary: '', language: 'English', audience: '' };
		const parsed = TopicFormSchema.safeParse(values);
		const problems = fieldProblems(parsed.error!, values, TOPIC_WORDING);
		expect(problems.map((p) => p.label)).toEqual([
			'Title',
			'Id',
			'Summary',
			'Language',
			'Audience'
		]);
		for (const p of problems) expect(p.message).not.toMatch(JARGON);
	});

	it('makes the id from the title, whole words, accents stripped', () => {
		expect(topicIdFrom('The Harbour Bridge: why it closed')).toBe(
			'the-harbour-bridge-why-it-closed'
		);
		expect(topicIdFrom('Elecciones en Bogotá 2026')).toBe('elecciones-en-bogota-2026');
		expect(topicIdFrom('¿?')).toBe('');
	});
});

describe('an article imported twice', () => {
	const { catalog } = buildCatalog(readTree(TOPIC_DIR), 'questions/t');
	const source = catalog.sources.find((s) => s.outlet)!;

	it('is recognised by its text, whatever its title', () => {
		const body = source.text;
		expect(duplicateOf(catalog.sources, { body, title: 'Another title', outlet: '' })).toEqual({
			id: source.id,
			name: source.name ?? source.title,
			same: 'text'
		});
	});

	it('is recognised by the same title from the same outlet, case and spacing aside', () => {
		const fresh = {
			body: 'A different copy of the text.\n',
			title: `  ${source.title.toUpperCase()} `,
			outlet: source.outlet!
		};
		expect(duplicateOf(catalog.sources, fresh)).toMatchObject({ id: source.id, same: 'title' });
		expect(duplicateOf(catalog.sources, { ...fresh, outlet: 'Another outlet' })).toBeNull();
	});
});
