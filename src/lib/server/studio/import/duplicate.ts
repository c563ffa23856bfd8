/**
 * The same article imported twice: a teacher who uploads again (another copy of the page, or the
 * same file a week later) is warned before anything is stored, with a link to the source she
 * already has. She may still go on: a second copy can be wanted (a corrected version, say).
 */
import type { Source } from '$lib/content/schema';
import { hashBody } from '../../content/read-files';

/** Why a new source looks like one the topic has. */
export type Sameness = 'text' | 'title';

export interface Duplicate {
	id: string;
	name: string;
	same: Sameness;
}

const folded = (s: string | undefined) =>
	(s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The topic's source that the new one repeats: the same stored text (its hash), else the same title
 * from the same outlet (case and spacing aside); null when none does.
 * @param body the text as it would be stored (keptBody)
 */
export function duplicateOf(
	sources: readonly Source[],
	fresh: { body: string; title: string; outlet: string }
): Duplicate | null {
	const hash = hashBody(fresh.body);
	const of = (s: Source, same: Sameness): Duplicate => ({
		id: s.id,
		name: s.name ?? s.title,
		same
	});
	const text = sources.find((s) => s.hash === hash || hashBody(s.text) === hash);
	if (text) return of(text, 'text');
	const title = folded(fresh.title);
	const titled = sources.find(
		(s) => title !== '' && folded(s.title) === title && folded(s.outlet) === folded(fresh.outlet)
	);
	return titled ? of(titled, 'title') : null;
}
