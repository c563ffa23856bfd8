/**
 * Listens to a classroom event stream in the browser. EventSource reconnects by itself after a
 * dropped connection, and the server sends a full view on every (re)connect, so nothing is lost.
 */
export function listen(url: string, handlers: Record<string, (data: never) => void>): () => void {
	const source = new EventSource(url);
	for (const [event, handle] of Object.entries(handlers)) {
		source.addEventListener(event, (e) =>
			handle(JSON.parse((e as MessageEvent<string>).data) as never)
		);
	}
	return () => source.close();
}

/** A, B, C… for option positions on screen. */
export const letter = (position: number) => String.fromCharCode(65 + position);

export const labelText = {
	contradicted: 'Contradicted by the sources',
	'not-stated': 'Not stated in any source'
} as const;
