/** Helpers shared by the classroom pages (live updates are in live-stream.ts). */

/** A, B, C… for option positions on screen. */
export const letter = (position: number) => String.fromCharCode(65 + position);

export const labelText = {
	contradicted: 'Contradicted by the sources',
	'not-stated': 'Not stated in any source'
} as const;
