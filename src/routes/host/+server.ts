import { redirect } from '@sveltejs/kit';

/** A teacher's session address without its id: the page that starts or finds her sessions. */
export function GET() {
	redirect(303, '/teach');
}
