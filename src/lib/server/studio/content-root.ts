/**
 * Where the studio reads and writes content, and how it tells the app to pick up a change.
 * The content folder is CONTENT_DIR (default ./questions), the same one the app serves; one
 * topic's files live in <content>/<topic>/.
 */
import { resolve } from 'node:path';

/** Absolute path of the content folder (CONTENT_DIR, default ./questions). */
export function contentDir(env: { CONTENT_DIR?: string } = process.env): string {
	return resolve(env.CONTENT_DIR || 'questions');
}

/** Absolute path of the folder where drafts that failed validation are kept. */
export function draftsDir(env: { DATA_DIR?: string } = process.env): string {
	return resolve(env.DATA_DIR || 'data', 'studio-drafts');
}
