import { redirect } from '@sveltejs/kit';

/** The home page lists the topics: an address cut short to /topics leads there. */
export function GET() {
	redirect(303, '/');
}
