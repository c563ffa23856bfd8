/**
 * How the question editor's fields find their problems: a field's name ("stem", "o1.text") is
 * the key of `PlacedProblems.fields`, and its element ids are made from it, so that a field's
 * `aria-describedby` names its hint and its problems.
 */
import type { PlacedProblems, ShownProblem } from '$lib/server/studio/questions/field-problems';

/** Option `i`'s letter as students see it: 0 → "A". */
export const letter = (i: number) => String.fromCharCode(65 + i);

/** The element id made from a field name: "o1.text" → "o1-text". */
export const fid = (field: string) => field.replace('.', '-');

/** The problems placed on `field` ([] when none). */
export function problemsOf(placed: PlacedProblems, field: string): ShownProblem[] {
	return placed.fields[field] ?? [];
}

/**
 * The `aria-describedby` of `field`: its hint (when `hint`) and its problems (when it has any),
 * or undefined when neither.
 */
export function described(placed: PlacedProblems, field: string, hint = false) {
	const ids = [
		hint ? `${fid(field)}-hint` : '',
		problemsOf(placed, field).length ? `${fid(field)}-problems` : ''
	];
	return ids.filter(Boolean).join(' ') || undefined;
}

/** What an option's buttons (and the Add button) do to the list of options. */
export type OptionOp = 'up' | 'down' | 'remove' | 'add';
