/**
 * Editing and deleting a fact from the studio: an edit changes only the fact's own lines (its
 * quote is never a field), a change made on disk meanwhile is refused, a fact that a question or
 * explainer cites is not deleted (they are named), and an uncited one leaves only its lines;
 * a rejected suggestion can be restored.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/server/content/build-catalog';
import { readTree } from '../../../src/lib/server/content/read-tree';
import { planDelete } from '../../../src/lib/server/studio/facts/delete';
import { factVersion, planEdit, storedFacts } from '../../../src/lib/server/studio/facts/edit';
import { FactFormSchema } from '../../../src/lib/server/studio/facts/fact-form';
import { planNewFact, readTopic, whereIsFact } from '../../../src/lib/server/studio/facts/plan';
import { saveOrDraft } from '../../../src/lib/server/studio/save';
import {
	rejectedFor,
	rejectSuggestion,
	restoreSuggestion
} from '../../../src/lib/server/studio/suggest/rejected';
import { tempTopic, TOPIC } from './temp-topic';

/** Lines of `before` gone from `after`, and lines of `after` new to it (a line diff). */
function changedLines(before: string, after: string) {
	const lines = (value: string) => value.replace(/\n$/, '').split('\n');
	const parts = diffLines(before, after);
	return {
		removed: parts.filter((p) => p.removed).flatMap((p) => lines(p.value)),
		added: parts.filter((p) => p.added).flatMap((p) => lines(p.value))
	};
}

function setUp() {
	const { root, drafts } = tempTopic();
	const topic = { ...readTopic(root, TOPIC)!, id: TOPIC };
	const context = { root, drafts, reload: () => undefined };
	return { root, topic, context };
}

describe('editing a fact', () => {
	it('changes only the fact’s own lines; its quotes stay; the topic validates', async () => {
		const { root, topic, context } = setUp();
		const fact = topic.catalog.facts.find((f) => f.evidence && f.date && !f.said_by)!;
		const where = whereIsFact(topic.files, fact.id)!;
		const before = topic.files[where.file]!;
		const raw = storedFacts(before).find((f) => f.id === fact.id)!;
		const form = FactFormSchema.parse({
			statement: 'A statement the teacher rewrote.',
			tag: fact.topics,
			said_by: topic.catalog.entities[0]!.id,
			person_entity: (fact.people ?? []).map((p) => p.entity),
			person_role: (fact.people ?? []).map((p) => p.role ?? ''),
			...(fact.number && {
				number_value: String(fact.number.value),
				number_max: fact.number.max === undefined ? '' : String(fact.number.max),
				number_unit: fact.number.unit,
				number_approximate: fact.number.approximate ? 'on' : ''
			})
		});
		const plan = await planEdit(root, topic, fact.id, form, factVersion(raw));
		if (!plan.ok) throw new Error(plan.message);
		const result = await saveOrDraft(
			{ topic: TOPIC, label: 'Edit', changes: plan.changes },
			context
		);
		expect(result.status).toBe('saved');
		const after = readFileSync(join(root, TOPIC, where.file), 'utf8');
		const { removed, added } = changedLines(before, after);
		// the old statement and date lines out, the new statement and said_by in: nothing else
		expect(added).toEqual([
			'    statement: A statement the teacher rewrote.',
			`    said_by: ${topic.catalog.entities[0]!.id}`
		]);
		expect(removed[0]).toMatch(/^ {4}statement:/);
		expect(removed).toContain('    date:');
		expect(removed.join('\n')).not.toMatch(/evidence|quote|source|topics|people|id:/);
		const { catalog, errors } = buildCatalog(readTree(join(root, TOPIC)), `questions/${TOPIC}`);
		expect(errors).toEqual([]);
		const edited = catalog.factById.get(fact.id)!;
		expect(edited.statement).toBe('A statement the teacher rewrote.');
		expect(edited.date).toBeUndefined();
		expect(edited.evidence).toEqual(fact.evidence);
	});

	it('refuses when the fact changed on disk since the form was opened', async () => {
		const { root, topic } = setUp();
		const fact = topic.catalog.facts.find((f) => f.evidence)!;
		const form = FactFormSchema.parse({ statement: 'x', tag: fact.topics });
		const plan = await planEdit(root, topic, fact.id, form, 'an-older-version');
		expect(plan).toMatchObject({ ok: false, status: 409 });
		if (!plan.ok) expect(plan.message).toMatch(/changed since you opened it/);
	});
});

describe('deleting a fact', () => {
	it('is refused while a question or explainer cites it, naming them', async () => {
		const { root, topic } = setUp();
		const question = topic.catalog.questions[0]!;
		const factId = question.supports[0]!;
		const plan = await planDelete(root, topic, factId);
		expect(plan).toMatchObject({ ok: false, status: 409 });
		if (plan.ok) return;
		expect(plan.message).toContain(`the question “${question.stem}”`);
		expect(plan.message).not.toContain(factId);
	});

	it('removes only the fact’s lines when nothing cites it; the topic validates', async () => {
		const { root, topic, context } = setUp();
		// an uncited fact added to a facts file the topic has, then deleted
		const model = topic.catalog.facts.find((f) => f.evidence)!;
		const file = whereIsFact(topic.files, model.id)!.file;
		const before = topic.files[file]!;
		const fact = { ...model, id: 'extra-fact', statement: 'An extra fact.' };
		delete fact.date;
		const added = await planNewFact(root, TOPIC, file.slice(6, -5), fact);
		await saveOrDraft({ topic: TOPIC, label: 'Add', changes: [added] }, context);
		const plan = await planDelete(root, { ...readTopic(root, TOPIC)!, id: TOPIC }, 'extra-fact');
		if (!plan.ok) throw new Error(plan.message);
		const result = await saveOrDraft(
			{ topic: TOPIC, label: 'Delete', changes: [plan.change] },
			context
		);
		expect(result.status).toBe('saved');
		// byte for byte the file it was before the fact was added
		expect(readFileSync(join(root, TOPIC, file), 'utf8')).toBe(before);
		const { catalog, errors } = buildCatalog(readTree(join(root, TOPIC)), `questions/${TOPIC}`);
		expect(errors).toEqual([]);
		expect(catalog.factById.has('extra-fact')).toBe(false);
	});

	it('removes the facts file with its last fact', async () => {
		const { root, topic, context } = setUp();
		const change = {
			path: `${TOPIC}/facts/only.yaml`,
			text: `facts:\n  - id: only-fact\n    statement: One.\n    topics: [${topic.catalog.facts[0]!.topics[0]}]\n    evidence:\n${(
				topic.catalog.facts[0]!.evidence ?? []
			)
				.slice(0, 1)
				.map((e) => `      - source: ${e.source}\n        quote: ${JSON.stringify(e.quote)}\n`)
				.join('')}`,
			expected: 'absent'
		};
		expect(
			(await saveOrDraft({ topic: TOPIC, label: 'x', changes: [change] }, context)).status
		).toBe('saved');
		const plan = await planDelete(root, { ...readTopic(root, TOPIC)!, id: TOPIC }, 'only-fact');
		if (!plan.ok) throw new Error(plan.message);
		const result = await saveOrDraft({ topic: TOPIC, label: 'y', changes: [plan.change] }, context);
		expect(result.status).toBe('saved');
		expect(existsSync(join(root, TOPIC, 'facts/only.yaml'))).toBe(false);
	});
});

describe('a rejected suggestion', () => {
	it('can be restored', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'rejected-'));
		await rejectSuggestion(dir, 't', 's', 'One sentence.');
		await rejectSuggestion(dir, 't', 's', 'Another sentence.');
		await restoreSuggestion(dir, 't', 's', 'One sentence.');
		expect([...(await rejectedFor(dir, 't', 's'))]).toEqual(['Another sentence.']);
	});
});
