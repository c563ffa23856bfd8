/**
 * The generator draws distractors of the key's kind only (same entity group and type of role,
 * same precision of date, same unit of figure), and asks nothing where it cannot.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { generateQuestions, roleKind } from '../../src/lib/server/content/generate';
import { ladder } from '../../src/lib/server/content/generate/numbers';
import { WELL_KNOWN } from '../../src/lib/server/content/generate/roles';
import { hashBody } from '../../src/lib/server/content/read-files';
import { readTree } from '../../src/lib/server/content/read-tree';

const files = readTree('questions/us-venezuela-2019-2025');
delete files['banks/generated.yaml'];
const base = buildCatalog(files, 'questions/us-venezuela-2019-2025').catalog;
const generated = generateQuestions(base);

const MONTH_YEAR =
	/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;

describe('generated distractors share the key’s kind (real content)', () => {
	it('generates some of each kind it can', () => {
		expect(generated.some((q) => q.id.startsWith('gen-role-'))).toBe(true);
		expect(generated.some((q) => q.id.startsWith('gen-number-'))).toBe(true);
	});

	it('role questions: every distractor is of the key’s group and has a role of the same type', () => {
		const byName = new Map(base.entities.map((e) => [e.name, e]));
		const rolesOf = (id: string) =>
			base.facts.flatMap((f) => (f.people ?? []).filter((p) => p.entity === id && p.role));
		for (const q of generated.filter((g) => g.id.startsWith('gen-role-'))) {
			const key = byName.get(q.options.find((o) => o.correct)!.text)!;
			const fact = base.factById.get(q.supports[0]!)!;
			const role = fact.people!.find((p) => p.entity === key.id)!.role!;
			for (const o of q.options.filter((x) => !x.correct)) {
				const e = byName.get(o.text);
				expect(e?.group, `${q.id}: ${o.text}`).toBe(key.group);
				expect(
					rolesOf(e!.id).some((p) => roleKind(p.role!) === roleKind(role)),
					`${q.id}: ${o.text} is no ${roleKind(role)}`
				).toBe(true);
				// Someone every newspaper reader can place (a prisoner in Russia) is ruled out blind.
				expect(
					rolesOf(e!.id).some((p) => WELL_KNOWN.test(p.role!)),
					`${q.id}: ${o.text} is well known`
				).toBe(false);
			}
		}
	});

	it('date questions: every option is a month date, like the key', () => {
		for (const q of generated.filter((g) => g.id.startsWith('gen-date-')))
			for (const o of q.options) expect(o.text, q.id).toMatch(MONTH_YEAR);
	});

	it('date questions: every option lies within a year of the key, which is not always in the middle', () => {
		const ozone = readTree('questions/ozone-layer');
		delete ozone['banks/generated.yaml'];
		const dated = [
			...generated,
			...generateQuestions(buildCatalog(ozone, 'questions/ozone-layer').catalog)
		].filter((g) => g.id.startsWith('gen-date-'));
		expect(dated.length).toBeGreaterThan(0);
		const count = (t: string) => {
			const [month, year] = t.split(' ');
			return Number(year) * 12 + new Date(`${month} 1, 2000`).getMonth();
		};
		for (const q of dated) {
			const key = count(q.options.find((o) => o.correct)!.text);
			const all = q.options.map((o) => count(o.text));
			for (const m of all) expect(Math.abs(m - key), q.id).toBeLessThanOrEqual(12);
			expect(new Set(all).size, q.id).toBe(all.length);
		}
	});

	it('number questions: every option has the key’s form (a count, a percentage or a range)', () => {
		const form = (t: string) =>
			t.startsWith('between ') ? 'range' : t.endsWith('%') ? '%' : 'count';
		for (const q of generated.filter((g) => g.id.startsWith('gen-number-'))) {
			const key = form(q.options.find((o) => o.correct)!.text);
			for (const o of q.options) {
				expect(form(o.text), `${q.id}: ${o.text}`).toBe(key);
				if (key === 'count') expect(o.text).toMatch(/^\d[\d,]*$/);
			}
		}
	});

	it('no generated question gives away, or is given away by, another question’s key', () => {
		const all = buildCatalog(
			{ ...files, 'banks/generated.yaml': stringify({ title: 'G', questions: generated }) },
			'q'
		).catalog;
		const stemPairs = all.cuePairs.filter(
			(p) => p.field !== 'explanation' && [p.from, p.to].some((id) => id.startsWith('gen-'))
		);
		expect(stemPairs).toEqual([]);
	});
});

/** A tiny content tree: one source naming the people, each with a role. */
function tree(people: { id: string; name: string; group: string; role: string }[]) {
	const body = people.map((p) => `${p.name} was the ${p.role}.`).join(' ') + '\n';
	const source = `---\ntitle: Harbour board\ntitle_basis: written\npublished: { date: "2021", basis: inferred, how: Test. }\nlanguage: en\norigin: { kind: original, notes: Test. }\nreliability: high\nhash: ${hashBody(body)}\n---\n${body}`;
	return {
		'sources/board.md': source,
		'entities.yaml': stringify({
			entities: people.map((p) => ({
				id: p.id,
				name: p.name,
				kind: 'person',
				group: p.group,
				summary: 'Test.',
				aliases: [{ text: p.name, sources: ['board'] }]
			}))
		}),
		'facts/board.yaml': stringify({
			facts: people.map((p) => ({
				id: `${p.id}-role`,
				statement: `${p.name} was the ${p.role}.`,
				topics: ['board'],
				people: [{ entity: p.id, role: p.role }],
				evidence: [{ source: 'board', quote: `${p.name} was the ${p.role}.` }]
			}))
		})
	};
}

describe('too few distractors of the key’s kind', () => {
	const people = [
		{
			id: 'ana',
			name: 'Ana Ruiz',
			group: 'Harbour board',
			role: 'harbour board treasurer official'
		},
		{ id: 'ben', name: 'Ben Okafor', group: 'Harbour board', role: 'pilotage director' },
		{ id: 'cara', name: 'Cara Lind', group: 'Fishers', role: 'fishing fleet secretary' },
		{ id: 'dev', name: 'Dev Rao', group: 'Fishers', role: 'quay minister' },
		{ id: 'eli', name: 'Eli Moss', group: 'Fishers', role: 'net-mending envoy' }
	];

	it('means no question rather than one with distractors from another group or line of work', () => {
		const { catalog, errors } = buildCatalog(tree(people), 't');
		expect(errors).toEqual([]);
		// Ana has one peer on the board (Ben): two would be needed. The fishers' officials (Cara,
		// Dev) have one peer each in their group; Eli is the only envoy.
		expect(generateQuestions(catalog).filter((q) => q.id.startsWith('gen-role-'))).toEqual([]);
	});

	it('asks once a second peer of the same group and type is there, and only from them', () => {
		const more = [
			...people,
			{ id: 'fay', name: 'Fay Ng', group: 'Harbour board', role: 'dredging commissioner official' }
		];
		const { catalog } = buildCatalog(tree(more), 't');
		const ana = generateQuestions(catalog).find((q) => q.id === 'gen-role-ana-role-ana');
		expect(ana?.options.map((o) => o.text).sort()).toEqual(['Ana Ruiz', 'Ben Okafor', 'Fay Ng']);
	});

	it('keeps a person the settling quote names only when the same fact gives them a role that does not fit', () => {
		const more = [
			...people,
			{ id: 'fay', name: 'Fay Ng', group: 'Harbour board', role: 'dredging commissioner official' }
		];
		// Ana's fact quotes two sentences, naming Ben too, with or without a role of his own.
		const quoting = (benRole: boolean) => {
			const files = tree(more);
			const facts = parse(files['facts/board.yaml']) as {
				facts: { id: string; people: object[]; evidence: { quote: string }[] }[];
			};
			const ana = facts.facts.find((f) => f.id === 'ana-role')!;
			ana.evidence[0]!.quote =
				'Ana Ruiz was the harbour board treasurer official. Ben Okafor was the pilotage director.';
			if (benRole) ana.people.push({ entity: 'ben', role: 'pilotage director' });
			files['facts/board.yaml'] = stringify(facts);
			const { catalog } = buildCatalog(files, 't');
			return generateQuestions(catalog).find((q) => q.id === 'gen-role-ana-role-ana');
		};
		expect(
			quoting(true)
				?.options.map((o) => o.text)
				.sort()
		).toEqual(['Ana Ruiz', 'Ben Okafor', 'Fay Ng']);
		// The quote that settles the key rules him out, so his option says so.
		const ben = quoting(true)!.options.find((o) => o.text === 'Ben Okafor')!;
		expect(ben).toMatchObject({ why_wrong: 'contradicted', fact: 'ana-role' });
		// Named without a role of his own, Ben is too close to call, and Fay alone is too few.
		expect(quoting(false)).toBeUndefined();
	});
});

describe('generated items a blind reader could answer are not generated', () => {
	it('figures sit on an evenly spaced ladder with the key at the drawn rank, not in the middle', () => {
		for (const [x, below] of [
			[250, 0],
			[250, 1],
			[250, 2],
			[250, 3],
			[17, 2],
			[6, 3]
		] as const) {
			const values = [x, ...ladder(x, below).slice(0, 3)].sort((a, b) => a - b);
			const gaps = values.slice(1).map((v, i) => v - values[i]!);
			expect(new Set(gaps).size, `${x}/${below}: ${values}`).toBe(1);
			expect(values.indexOf(x), `${x}/${below}: ${values}`).toBe(below);
		}
		// Never below one: a count of 2 cannot have two rungs under it.
		expect(ladder(2, 3).every((v) => v > 0)).toBe(true);
	});

	it('no role question asks a post or person every newspaper reader knows', () => {
		for (const role of [
			'chairman of the Senate Foreign Relations Committee',
			'WNBA player detained in Russia',
			'convicted Russian arms trafficker'
		])
			expect(WELL_KNOWN.test(role), role).toBe(true);
		expect(WELL_KNOWN.test('former Citgo executive')).toBe(false);
		for (const q of generated.filter((g) => g.id.startsWith('gen-role-')))
			expect(q.stem).not.toMatch(WELL_KNOWN);
	});
});
