/** A temporary content folder holding a copy of the real topic, for tests that write. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TOPIC = 'us-venezuela-2019-2025';

/** The topic's folder in the repository. */
export const TOPIC_DIR = join('questions', TOPIC);

export function tempTopic(): { root: string; drafts: string } {
	const root = mkdtempSync(join(tmpdir(), 'studio-facts-'));
	cpSync(TOPIC_DIR, join(root, TOPIC), {
		recursive: true,
		filter: (src) => !src.includes('.schema') && !src.endsWith('README.md')
	});
	return { root, drafts: join(root, '.drafts') };
}
