/**
 * The two things the ozone topic's replay once had to restore by hand, now written by the studio:
 * an entity's key facts (entities.yaml `facts:`) and a further quote for one version of a
 * contested fact. Each save must change only its own lines of the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { keyFactChoices, setKeyFacts } from '../../../src/lib/server/studio/facts/key-facts';
import { addTarget } from '../../../src/lib/server/studio/facts/make';
import { planAddQuote, readTopic } from '../../../src/lib/server/studio/facts/plan';
import { saveOrDraft } from '../../../src/lib/server/studio/save';
import { tempTopic, TOPIC } from './temp-topic';

/** The lines `after` adds to `before`, failing when any line of `before` was changed or removed. */
function addedLines(before: string, after: string): string[] {
	const parts = diffLines(before, after);
	expect(parts.filter((p) => p.removed)).toEqual([]);
	return parts.filter((p) => p.added).flatMap((p) => p.value.replace(/\n$/, '').split('\n'));
}

const entitiesOf = (root: string) => readFileSync(join(root, TOPIC, 'entities.yaml'), 'utf8');

describe("an entity's key facts", () => {
	it('offers the facts that name the entity, and saves only its own facts line', async () => {
		const { root, drafts } = tempTopic();
		const context = { root, drafts, reload: () => undefined };
		const saab = keyFactChoices(readTopic(root, TOPIC)!.catalog).find((e) => e.id === 'alex-saab')!;
		expect(saab.chosen).toEqual([]);
		expect(saab.naming.map((f) => f.id)).toContain('det-saab-frontman');
		const [first, second, third] = saab.naming.map((f) => f.id);
		const before = entitiesOf(root);

		const saved = await setKeyFacts(context, TOPIC, {
			entity: 'alex-saab',
			key_fact: [third!, first!],
			was: ''
		});
		expect(saved).toMatchObject({ ok: true, id: 'alex-saab', result: { status: 'saved' } });
		const once = entitiesOf(root);
		// the boxes' order is the list's; one new line, in the entity's own map
		expect(addedLines(before, once)).toEqual([`    facts: [${first}, ${third}]`]);
		const at = once.indexOf(`    facts: [${first}`);
		expect(once.lastIndexOf('  - id: ', at)).toBe(once.indexOf('  - id: alex-saab'));

		// a fact ticked later follows the ones it had, whatever its place in the list
		await setKeyFacts(context, TOPIC, {
			entity: 'alex-saab',
			key_fact: [first!, second!, third!],
			was: `${first},${third}`
		});
		const twice = entitiesOf(root);
		expect(addedLines(before, twice)).toEqual([`    facts: [${first}, ${third}, ${second}]`]);
		const after = keyFactChoices(readTopic(root, TOPIC)!.catalog).find((e) => e.id === 'alex-saab');
		expect(after!.chosen).toEqual([first, third, second]);

		// none ticked: the field goes, and the file is as it was, byte for byte
		await setKeyFacts(context, TOPIC, {
			entity: 'alex-saab',
			key_fact: [],
			was: `${first},${third},${second}`
		});
		expect(entitiesOf(root)).toBe(before);
	});

	it('refuses a fact that does not name the entity, and a list changed on disk, writing nothing', async () => {
		const { root, drafts } = tempTopic();
		const context = { root, drafts, reload: () => undefined };
		const before = entitiesOf(root);
		const foreign = await setKeyFacts(context, TOPIC, {
			entity: 'alex-saab',
			key_fact: ['c25-claver-carone-talks'],
			was: ''
		});
		expect(foreign).toMatchObject({ ok: false, status: 400 });
		expect(foreign.ok || foreign.message).toContain('c25-claver-carone-talks');
		const unknown = await setKeyFacts(context, TOPIC, { entity: 'nobody', key_fact: [] });
		expect(unknown).toMatchObject({ ok: false, status: 400 });

		const { naming } = keyFactChoices(readTopic(root, TOPIC)!.catalog).find(
			(e) => e.id === 'alex-saab'
		)!;
		await setKeyFacts(context, TOPIC, { entity: 'alex-saab', key_fact: [naming[0]!.id], was: '' });
		const saved = entitiesOf(root);
		// a page opened before that save still shows no key facts: its save is refused
		const stale = await setKeyFacts(context, TOPIC, {
			entity: 'alex-saab',
			key_fact: [naming[1]!.id],
			was: ''
		});
		expect(stale).toMatchObject({ ok: false, status: 409 });
		expect(entitiesOf(root)).toBe(saved);
		expect(saved).not.toBe(before);
	});
});

describe('a second quote for a version of a contested fact', () => {
	const quote = 'all detainees without rights, serves little, points Blanco';
	const evidence = { source: 'blanco-interview-2025', quote };

	it('is named "<fact>#<version>" in the form', () => {
		expect(addTarget('src-foreign-prisoners-2025#2')).toEqual({
			id: 'src-foreign-prisoners-2025',
			version: 2
		});
		expect(addTarget('src-foreign-prisoners-2025')).toEqual({ id: 'src-foreign-prisoners-2025' });
	});

	it("is appended to that version's evidence, the rest of the file unchanged", async () => {
		const { root, drafts } = tempTopic();
		const topic = { ...readTopic(root, TOPIC)!, id: TOPIC };
		const path = join(root, TOPIC, 'facts', 'sources.yaml');
		const before = readFileSync(path, 'utf8');
		const change = await planAddQuote(root, topic, 'src-foreign-prisoners-2025', evidence, 2);
		if ('error' in change) throw new Error(change.error);
		expect(addedLines(before, change.text)).toEqual([
			'            - source: blanco-interview-2025',
			`              quote: ${quote}`
		]);
		const result = await saveOrDraft(
			{ topic: TOPIC, label: 'Add quote', changes: [change] },
			{ root, drafts, reload: () => undefined }
		);
		expect(result.status).toBe('saved');
		const versions = readTopic(root, TOPIC)!.catalog.factById.get('src-foreign-prisoners-2025')!
			.contested!.versions;
		expect(versions[1]!.evidence.at(-1)).toEqual(evidence);
		expect(versions[0]!.evidence).toHaveLength(1);
	});

	it('needs a version that exists, and only for a contested fact', async () => {
		const { root } = tempTopic();
		const topic = { ...readTopic(root, TOPIC)!, id: TOPIC };
		const plain = topic.catalog.facts.find((f) => f.evidence)!.id;
		const id = 'src-foreign-prisoners-2025';
		expect(await planAddQuote(root, topic, id, evidence, 3)).toHaveProperty('error');
		expect(await planAddQuote(root, topic, id, evidence)).toHaveProperty('error');
		expect(await planAddQuote(root, topic, plain, evidence, 1)).toHaveProperty('error');
	});
});
