/** The studio's folders and the hook that makes the running app serve what was just saved. */
import { relative } from 'node:path';
import { m } from '../../paraglide/messages.js';
import { reloadContent } from '../content';
import { contentDir, draftsDir } from './content-root';
import type { SaveContext } from './save';
import { ConflictError } from './versioned-file';
import type { SaveResult } from './save';
import type { Problem } from '../content/problems';

/** The running app's content folder; a save reloads the app's content, so no restart is needed. */
export function studioContext(): SaveContext {
	const root = contentDir();
	return {
		root,
		drafts: draftsDir(),
		reload: reloadContent,
		shownRoot: relative(process.cwd(), root) || '.'
	};
}

/** What a studio form action returns when it did not go through (for `fail(status, …)`). */
export interface FormProblem {
	message: string;
	/** The form field the message is about. */
	field?: string;
	/** A conflict's diff: the file as opened → as it is on disk now. */
	diff?: string;
	/** A draft's validation errors. */
	problems?: Problem[];
	draft?: string;
}

/** A refused save. */
export interface SaveFailure {
	status: 409 | 422;
	message: string;
	/** A conflict's diff: the file as opened → as it is on disk now. */
	diff?: string;
	/** A draft's validation errors. */
	problems?: Problem[];
	draft?: string;
}

/** A refused save (conflict or draft) as form data; null when the save went through. */
export function failureOf(result: SaveResult | ConflictError): SaveFailure | null {
	if (result instanceof ConflictError) {
		return { status: 409, message: result.message, diff: result.diff };
	}
	if (result.status === 'saved') return null;
	return {
		status: 422,
		message: m.studio_kept_as_draft({ draft: result.draft.id }),
		problems: result.errors,
		draft: result.draft.id
	};
}
