/**
 * Every problem of a studio form at once, each tied to its field: the author fixes all of them in
 * one round, and the page shows each message beside its field (aria-describedby, aria-invalid)
 * and all of them in a summary at the top, each named by the field's visible label.
 */
import type { z } from 'zod';

/** One field's problem, as the page shows it. */
export interface FieldProblem {
	/** The form field's name (and its input's id). */
	field: string;
	/** The field's visible label, in the interface language. */
	label: string;
	/** What the author should do, in the interface language. */
	message: string;
}

/** How a form names its fields and words its problems (messages read at request time). */
export interface FormWording {
	/** The form's fields in the order they appear on the page. */
	order: readonly string[];
	label: (field: string) => string;
	/** The message for the first issue of `field`; `value` is what the author typed. */
	say: (field: string, issue: z.core.$ZodIssue, value: string) => string;
}

/**
 * The first issue of each field of `error`, in the form's order.
 * @param values what the author posted, by field name
 */
export function fieldProblems(
	error: z.ZodError,
	values: Record<string, string | undefined>,
	wording: FormWording
): FieldProblem[] {
	const first = new Map<string, z.core.$ZodIssue>();
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? '');
		if (!first.has(field)) first.set(field, issue);
	}
	const rank = (field: string) => {
		const i = wording.order.indexOf(field);
		return i < 0 ? wording.order.length : i;
	};
	return [...first.entries()]
		.sort(([a], [b]) => rank(a) - rank(b))
		.map(([field, issue]) => ({
			field,
			label: wording.label(field),
			message: wording.say(field, issue, values[field] ?? '')
		}));
}

/** A problem with one field, found after the form parsed (a taken id, say). */
export function problemWith(
	field: string,
	message: string,
	wording: Pick<FormWording, 'label'>
): FieldProblem {
	return { field, label: wording.label(field), message };
}
