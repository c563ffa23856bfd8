/**
 * A learner's log for the home and progress page tests: what the browser keeps under `LOG_KEY`.
 */
import type { LogEntry } from '../../src/lib/progress/log';
import { publicIdOf } from '../../src/lib/server/quiz/public';
import { catalog, TOPIC } from './catalog';

/** The localStorage key of the learner's log. */
export const LOG_KEY = 'sourced:log:v1';

/** Three answers two days ago: the first two missed (due again by now), the third right. */
export function seededLog(): LogEntry[] {
	const at = Date.now() - 2 * 86_400_000;
	return catalog.questions.slice(0, 3).map((q, i) => ({
		k: 'a',
		topic: TOPIC,
		id: publicIdOf(q.id),
		ok: i === 2,
		bank: q.bank,
		topics: q.topics,
		at: at + i * 60_000
	}));
}
