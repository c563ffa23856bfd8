/**
 * Where the studio reads and writes: the content folder the app serves (CONTENT_DIR, default
 * ./questions; one topic's files in <content>/<topic>/), and its drafts in the data folder.
 */
import { resolve } from 'node:path';

export { contentDir } from '../content';

/** Absolute path of the folder where drafts that failed validation are kept. */
export function draftsDir(env: { DATA_DIR?: string } = process.env): string {
	return resolve(env.DATA_DIR || 'data', 'studio-drafts');
}
