/** Reading posted forms safely: a forged or cut-off body is a 400, never a 500. */

/** FormData → plain object of its string fields (files and repeated keys are refused by zod). */
export function fields(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string' && !(key in out)) out[key] = value;
	return out;
}

/** The form's fields, or null when the body is not a readable form (a forged or cut-off post). */
export async function readFields(request: Request): Promise<Record<string, string> | null> {
	try {
		return fields(await request.formData());
	} catch {
		return null;
	}
}
