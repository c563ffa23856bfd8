import type { ParamMatcher } from '@sveltejs/kit';

/** Topic ids: the folder names under questions/ (the same rule as every content id). */
export const match: ParamMatcher = (param) =>
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param) && param.length <= 120;
