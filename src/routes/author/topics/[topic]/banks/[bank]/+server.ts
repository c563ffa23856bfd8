import { redirect } from '@sveltejs/kit';
import { bankListHref } from '$lib/server/studio/questions/params';

/** A bank's own address leads to the bank on the list of banks (400/404 for a bad or unknown one). */
export async function GET({ params }) {
	redirect(303, await bankListHref(params));
}
