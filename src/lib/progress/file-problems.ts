/**
 * Why a progress file cannot be imported, in words a learner understands and in the page's
 * language: which entry (counted from 1) and which of its parts is wrong, never zod's paths and
 * messages (those are in English and name types, not what the learner saved).
 */
import { m } from '../paraglide/messages.js';

/** The part of zod's issue this needs (zod/mini's `$ZodIssue`, loosely). */
export interface FileIssue {
	code: string;
	path: PropertyKey[];
	expected?: string;
	origin?: string;
}

const fields: Record<string, () => string> = {
	at: m.progress_field_at,
	id: m.progress_field_id,
	ok: m.progress_field_ok,
	bank: m.progress_field_bank,
	topics: m.progress_field_topics,
	topic: m.progress_field_topic,
	att: m.progress_field_att,
	x: m.progress_field_x,
	s: m.progress_field_s,
	entries: m.progress_field_entries,
	version: m.progress_field_version,
	exported: m.progress_field_exported
};

/** The value at `path` in `json`, `undefined` where there is none. */
function valueAt(json: unknown, path: PropertyKey[]): unknown {
	let value = json;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** What is wrong with the part `key` names (a field of the file or of an entry). */
function problem(issue: FileIssue, key: PropertyKey | undefined, deeper: boolean, value: unknown) {
	const field = (typeof key === 'string' && fields[key]?.()) || m.progress_field_other();
	if (deeper) return m.progress_problem_invalid({ field });
	if (issue.code === 'invalid_type') {
		if (value === undefined) return m.progress_problem_missing({ field });
		const expected: Record<string, () => string> = {
			number: () => m.progress_problem_not_number({ field }),
			int: () =>
				typeof value === 'number'
					? m.progress_problem_not_whole({ field })
					: m.progress_problem_not_number({ field }),
			string: () => m.progress_problem_not_text({ field }),
			boolean: () => m.progress_problem_not_yes_no({ field }),
			array: () => m.progress_problem_not_list({ field })
		};
		return (expected[issue.expected ?? ''] ?? (() => m.progress_problem_invalid({ field })))();
	}
	if (issue.code === 'too_small' || issue.code === 'too_big') {
		if (issue.origin === 'number') return m.progress_problem_range({ field });
		if (issue.code === 'too_small') return m.progress_problem_empty({ field });
		return m.progress_problem_too_long({ field });
	}
	return m.progress_problem_invalid({ field });
}

/**
 * The message for the first issue zod found in a file that says it is a Sourced progress file.
 * @param json the parsed file; `issue` one of its issues (path from the file's root).
 */
export function fileProblemMessage(json: unknown, issue: FileIssue): string {
	const [first, index, key, ...rest] = issue.path;
	const value = valueAt(json, issue.path);
	if (first === 'entries' && typeof index === 'number') {
		const n = index + 1;
		const what =
			key === undefined
				? m.progress_problem_not_entry()
				: key === 'k'
					? m.progress_problem_kind()
					: problem(issue, key, rest.length > 0, value);
		return m.progress_file_entry({ n, problem: what });
	}
	return m.progress_file_damaged({
		problem: problem(issue, first, issue.path.length > 1, value)
	});
}
