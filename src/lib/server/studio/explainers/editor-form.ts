/**
 * The editor's URL segment and posted form, checked: a file name that is not an explainer's (or
 * "new") is a 404, a form no editor page sends is a 400 with the first problem in words.
 */
import { error } from '@sveltejs/kit';
import { m } from '../../../paraglide/messages.js';
import {
	draftObject,
	ExplainerDraftSchema,
	type ExplainerDraft
} from '../../../studio/explainer-draft';
import { ABSENT } from '../versioned-file';
import { EXPLAINER_FILE } from './file';

/** `file` from the URL: "new" or an explainer file name (else a 404). */
export function requireExplainerFile(file: string): string {
	if (file !== 'new' && !EXPLAINER_FILE.test(file)) error(404, m.studio_x_no_explainer({ file }));
	return file;
}

export type ParsedEditor =
	{ ok: true; draft: ExplainerDraft; version: string } | { ok: false; message: string };

const VERSION = /^(absent|sha256-[0-9a-f]{64})$/;

/** The posted editor form → the working state and the version the author opened. */
export function parseEditor(form: FormData | null): ParsedEditor {
	if (!form) return { ok: false, message: m.studio_form_not_whole() };
	const version = form.get('version');
	if (typeof version !== 'string' || !VERSION.test(version)) {
		return { ok: false, message: m.studio_x_no_version() };
	}
	const parsed = ExplainerDraftSchema.safeParse(draftObject(form));
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return { ok: false, message: `${issue.path.join('.') || m.studio_form()}: ${issue.message}` };
	}
	return { ok: true, draft: parsed.data, version: version === 'absent' ? ABSENT : version };
}
