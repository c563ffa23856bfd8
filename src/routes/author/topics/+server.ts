import { redirect } from '@sveltejs/kit';

/** The studio's home lists the topics: an address cut short to /author/topics leads there. */
export function GET() {
	redirect(303, '/author');
}
