/** Helpers shared by the classroom pages (live updates are in live-stream.ts). */
import { m } from '../paraglide/messages.js';

/** A, B, C… for option positions on screen. */
export const letter = (position: number) => String.fromCharCode(65 + position);

/** What a distractor's `why_wrong` label says, in the interface language. */
export function labelText(label: 'contradicted' | 'not-stated'): string {
	return label === 'contradicted' ? m.label_contradicted() : m.label_not_stated();
}
