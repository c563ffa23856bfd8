import type { ParamMatcher } from '@sveltejs/kit';

/** Ids of content items: lower-case letters, digits and hyphens (see IdSchema). */
export const match: ParamMatcher = (param) =>
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param) && param.length <= 120;
