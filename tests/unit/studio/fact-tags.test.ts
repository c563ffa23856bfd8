/**
 * A fact's tags from the make-a-fact form: ticked tags labelled in topic.yaml, and a new tag
 * whose label is written into topic.yaml in the same save, so the topic still validates
 * (buildLibrary requires a label for every tag) instead of the save becoming a draft.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../src/lib/server/content/build-library';
import { hashBody } from '../../../src/lib/server/content/read-files';
import { readTree } from '../../../src/lib/server/content/read-tree';
import { makeFact } from '../../../src/lib/server/studio/facts/make';
import { readTopic } from '../../../src/lib/server/studio/facts/plan';
import { resolveTags, topicTags } from '../../../src/lib/server/studio/facts/tags';
import { tempTopic, TOPIC } from './temp-topic';

const SOURCE = 'amnesty-offer-2024-btn';
const known = { amnesty: 'Amnesty offers', detainees: 'Detained Americans' };
const none = { tag: [], new_tag: [], new_tag_label: [] };

describe('resolving a fact’s tags', () => {
	it('joins ticked, typed and new tags once each, and lists the new ones with their labels', () => {
		expect(
			resolveTags(
				{
					tag: ['amnesty'],
					topics: 'detainees, amnesty',
					new_tag: ['bounty'],
					new_tag_label: ['Bounties']
				},
				known
			)
		).toEqual({ topics: ['amnesty', 'detainees', 'bounty'], added: { bounty: 'Bounties' } });
	});

	it('makes a tag from words typed as its label; refuses a tag with no label, no letters, or none at all', () => {
		expect(resolveTags({ ...none, new_tag: ['bounty'], new_tag_label: [''] }, known)).toEqual({
			error: 'Label of the new tag: say how pages should name the tag “bounty”.'
		});
		// a tag typed as it should be shown is its own label, its id made from it
		expect(resolveTags({ ...none, new_tag: ['Council Vote'], new_tag_label: [''] }, known)).toEqual(
			{
				topics: ['council-vote'],
				added: { 'council-vote': 'Council Vote' }
			}
		);
		expect(resolveTags({ ...none, new_tag: ['!!'], new_tag_label: [''] }, known)).toEqual({
			error: expect.stringMatching(/^New tag: “!!” has no letters/)
		});
		expect(resolveTags(none, {})).toEqual({
			error: expect.stringMatching(/^New tag: this topic has no tags yet/)
		});
		expect(resolveTags(none, known)).toEqual({
			error: expect.stringMatching(/^Topic tags: tick at least one tag/)
		});
		expect(resolveTags({ ...none, topics: 'nowhere' }, known)).toEqual({
			error: expect.stringMatching(/^Topic tags: the tag “nowhere” has no label/)
		});
	});
});

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) {
		for (const v of [value].flat()) data.append(key, v);
	}
	return data;
}

describe('making a fact with a new tag', () => {
	it('labels the tag in topic.yaml in the same save; the topic validates', async () => {
		const { root, drafts } = tempTopic();
		const topic = readTopic(root, TOPIC)!;
		const before = readFileSync(join(root, TOPIC, 'topic.yaml'), 'utf8');
		expect(topicTags(topic.files)).toHaveProperty('amnesty');
		const text = topic.catalog.sourceById.get(SOURCE)!.text;
		const at = text.indexOf('$15 million reward');
		const outcome = await makeFact(
			{ root, drafts, reload: () => undefined },
			TOPIC,
			SOURCE,
			form({
				source: SOURCE,
				hash: hashBody(text),
				start: String(at),
				end: String(at + '$15 million reward'.length),
				statement: 'The US offers a $15 million reward for information on Maduro.',
				id: 'btn-bounty',
				tag: ['amnesty'],
				new_tag: 'bounties',
				new_tag_label: 'Rewards and bounties'
			})
		);
		expect(outcome).toMatchObject({ ok: true, id: 'btn-bounty', result: { status: 'saved' } });

		const after = readTopic(root, TOPIC)!;
		expect(after.catalog.factById.get('btn-bounty')!.topics).toEqual(['amnesty', 'bounties']);
		expect(topicTags(after.files).bounties).toBe('Rewards and bounties');
		const yaml = readFileSync(join(root, TOPIC, 'topic.yaml'), 'utf8');
		// every line that was there is still there, in order; one line added
		expect(yaml.split('\n').filter((l) => !l.includes('bounties'))).toEqual(before.split('\n'));
		expect(yaml).toContain('  bounties: Rewards and bounties\n');
		const files = Object.fromEntries(
			Object.entries(readTree(join(root, TOPIC))).map(([p, t]) => [`${TOPIC}/${p}`, t])
		);
		expect(buildLibrary(files).errors).toEqual([]);

		// a new tag without a label is a 400 and nothing is written
		const refused = await makeFact(
			{ root, drafts, reload: () => undefined },
			TOPIC,
			SOURCE,
			form({
				source: SOURCE,
				hash: hashBody(text),
				start: String(at),
				end: String(at + 3),
				statement: 'Another fact.',
				new_tag: 'unlabelled'
			})
		);
		expect(refused).toEqual({
			ok: false,
			status: 400,
			message: 'Label of the new tag: say how pages should name the tag “unlabelled”.'
		});
		expect(readFileSync(join(root, TOPIC, 'topic.yaml'), 'utf8')).toBe(yaml);
	});
});
