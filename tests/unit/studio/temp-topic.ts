/** A temporary content folder holding a copy of the real topic, for tests that write. */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TOPIC = 'us-venezuela-2019-2025';

/** The topic's folder in the repository (questions/ itself until topics get folders). */
export const TOPIC_DIR = existsSync(join('questions', TOPIC))
	? join('questions', TOPIC)
	: 'questions';

export function tempTopic(): { root: string; drafts: string } {
	const root = mkdtempSync(join(tmpdir(), 'studio-facts-'));
	cpSync(TOPIC_DIR, join(root, TOPIC), {
		recursive: true,
		filter: (src) => !src.includes('.schema') && !src.endsWith('README.md')
	});
	return { root, drafts: join(root, '.drafts') };
}
