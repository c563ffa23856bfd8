/** A topic named in a studio URL: checked against the id rule (400) and looked up on disk (404). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { contentDir } from './content-root';
import { idProblem } from './topics';
import { m } from '../../paraglide/messages.js';

export function requireTopic(topic: string): string {
	const problem = idProblem(topic);
	if (problem) error(400, m.studio_topic_address_bad({ problem }));
	if (!existsSync(join(contentDir(), topic, 'topic.yaml'))) {
		error(404, m.studio_topic_missing({ topic }));
	}
	return topic;
}

/** Ids of the topic's stored sources (file names under sources/). */
export function sourceIds(topic: string): string[] {
	try {
		return readdirSync(join(contentDir(), topic, 'sources'))
			.filter((name) => name.endsWith('.md'))
			.map((name) => name.slice(0, -3))
			.sort();
	} catch {
		return [];
	}
}
