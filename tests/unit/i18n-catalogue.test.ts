/**
 * The interface's message catalogue (messages/en.json, messages/es.json): every message has a
 * Spanish version with the same placeholders, every message the code calls exists, and the
 * converted areas' .svelte files have no interface text left outside the catalogue.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardCodedText } from './i18n-text';

type Catalogue = Record<string, string>;
const load = (locale: string): Catalogue => {
	const { $schema: _schema, ...messages } = JSON.parse(
		readFileSync(`messages/${locale}.json`, 'utf8')
	) as Catalogue;
	return messages;
};
const en = load('en');
const es = load('es');

/** Placeholders of a message, e.g. ["n", "total"] for "{n} of {total}". */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

function files(dir: string, ext: RegExp): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : files(path, ext);
		return ext.test(name) ? [path] : [];
	});
}
const sources = [...files('src', /\.(svelte|ts|js)$/), ...files('static', /\.js$/)];

describe('message catalogue', () => {
	it('has a Spanish version of every English message, and no Spanish message without English', () => {
		const missing = Object.keys(en).filter((key) => !es[key]?.trim());
		const orphans = Object.keys(es).filter((key) => !(key in en));
		expect(missing, 'messages without Spanish').toEqual([]);
		expect(orphans, 'Spanish messages without English').toEqual([]);
	});

	it('gives both versions of a message the same placeholders', () => {
		const differing = Object.keys(en).filter(
			(key) => key in es && placeholders(en[key]!).join() !== placeholders(es[key]!).join()
		);
		expect(differing).toEqual([]);
	});

	it('has no Spanish message that is the English one copied (bar names and symbols)', () => {
		const same = Object.keys(en).filter(
			(key) => en[key] === es[key] && /[a-z]{3}/i.test(en[key]!.replace(/\{\w+\}/g, ''))
		);
		expect(same.sort()).toEqual(SAME_IN_BOTH.filter((key) => key in en).sort());
	});

	it('defines every message the code calls (m.name(…))', () => {
		const used = new Set(
			sources.flatMap((path) =>
				[...readFileSync(path, 'utf8').matchAll(/\bm\.(\w+)\(/g)].map((x) => x[1]!)
			)
		);
		expect(used.size).toBeGreaterThan(10);
		expect([...used].filter((key) => !(key in en))).toEqual([]);
	});
});

/** Messages that read the same in both languages on purpose. */
const SAME_IN_BOTH: string[] = [
	'host_distractor',
	'report_distractor',
	'n_errors_one',
	'studio_error',
	'studio_p_distractor'
];

/**
 * Areas whose .svelte files are fully converted: any English text left in their markup (text or
 * a user-facing attribute outside `{…}`) is a string the Spanish interface would miss.
 */
const CONVERTED = [
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte',
	'src/routes/topics/[topic=topic]/+page.svelte',
	'src/routes/topics/[topic=topic]/quiz/+page.svelte',
	'src/routes/topics/[topic=topic]/quiz/play/+page.svelte',
	'src/routes/topics/[topic=topic]/quiz/result',
	'src/routes/topics/[topic=topic]/print',
	'src/routes/topics/[topic=topic]/explainers',
	'src/routes/topics/[topic=topic]/sources',
	'src/routes/topics/[topic=topic]/timeline',
	'src/routes/topics/[topic=topic]/who',
	'src/routes/progress',
	'src/routes/join',
	'src/routes/play',
	'src/routes/teach',
	'src/routes/host',
	'src/lib/classroom/components',
	'src/routes/author',
	'src/lib/studio',
	'src/lib/components/LanguageSwitch.svelte',
	'src/lib/components/HomeProgress.svelte',
	'src/lib/components/StepsSeen.svelte',
	'src/lib/components/QuestionCard.svelte',
	'src/lib/components/VerdictPanel.svelte',
	'src/lib/components/QuoteList.svelte',
	'src/lib/components/FactList.svelte',
	'src/lib/components/SourceFacts.svelte',
	'src/lib/components/TimelineList.svelte',
	'src/lib/components/Paragraphs.svelte',
	'src/lib/components/ExplainerStep.svelte',
	'src/routes/offline',
	'src/lib/components/LocalDate.svelte',
	'src/lib/components/PrintSheet.svelte'
];

describe('converted areas', () => {
	it('the hard-coded text check finds text and labels outside the catalogue, not expressions', () => {
		const svelte = `<script>const a = 'Not me';</script>
			<nav aria-label="Main"><summary><span></span>Menu</summary>{m.nav_menu()}</nav>
			<p title={m.x()}>{count > 1 ? 'skipped' : ''}</p><a href="/">Sourced</a><style>p{}</style>`;
		expect(hardCodedText(svelte)).toEqual(['Main', 'Menu']);
	});

	it.each(
		CONVERTED.flatMap((entry) => (entry.endsWith('.svelte') ? [entry] : files(entry, /\.svelte$/)))
	)('%s has no hard-coded interface text', (path) => {
		expect(hardCodedText(readFileSync(path, 'utf8'))).toEqual([]);
	});
});
