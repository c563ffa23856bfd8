import { error, redirect } from '@sveltejs/kit';
import { catalog } from '$lib/server/content';

export function load({ params, url }) {
	const x = catalog.explainerById.get(params.id);
	if (!x) error(404, 'No explainer with that name.');
	redirect(307, `/explainers/${x.id}/${x.steps[0]!.id}${url.search}`);
}
