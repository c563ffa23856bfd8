import { redirect } from '@sveltejs/kit';

/** A student's session address without its code: the page to type the code in. */
export function GET() {
	redirect(303, '/join');
}
