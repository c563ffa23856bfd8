import { redirect } from '@sveltejs/kit';
import { bankListHref } from '$lib/server/studio/questions/params';

/** The questions of a bank are listed with the bank (400/404 for a bad or unknown one). */
export async function GET({ params }) {
	redirect(303, await bankListHref(params));
}
