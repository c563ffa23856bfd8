/** Reads server-sent events from a Response body (in-process or fetched). */
export interface SseEvent {
	event: string;
	data: unknown;
	at: number;
}

/**
 * The complete events at the start of `buffer` (each ends with a blank line), stamped `at`, and
 * the unfinished `rest` to prepend to the next chunk. `data:` lines are joined and parsed as JSON.
 */
export function takeEvents(buffer: string, at: number): { events: SseEvent[]; rest: string } {
	const events: SseEvent[] = [];
	let end: number;
	while ((end = buffer.indexOf('\n\n')) !== -1) {
		const block = buffer.slice(0, end);
		buffer = buffer.slice(end + 2);
		let event = 'message';
		let data = '';
		for (const line of block.split('\n')) {
			if (line.startsWith('event: ')) event = line.slice(7);
			else if (line.startsWith('data: ')) data += line.slice(6);
		}
		if (data) events.push({ event, data: JSON.parse(data), at });
	}
	return { events, rest: buffer };
}

export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
	const reader = body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return;
			// Arrival time: taken before decoding and parsing, which are the reader's own work.
			const at = performance.now();
			const taken = takeEvents(buffer + decoder.decode(value, { stream: true }), at);
			buffer = taken.rest;
			yield* taken.events;
		}
	} finally {
		reader.releaseLock();
		await body.cancel().catch(() => {});
	}
}

/** The first `n` events, or fewer if the stream ends or `ms` passes; then the stream is cancelled. */
export async function firstEvents(
	body: ReadableStream<Uint8Array>,
	n: number,
	ms = 5000
): Promise<SseEvent[]> {
	const out: SseEvent[] = [];
	const reader = body.getReader();
	const decoder = new TextDecoder();
	// Cancelling the reader ends a pending read, so a quiet stream cannot hang the test.
	const timer = setTimeout(() => reader.cancel().catch(() => {}), ms);
	let buffer = '';
	try {
		while (out.length < n) {
			const { value, done } = await reader.read();
			if (done) break;
			const taken = takeEvents(buffer + decoder.decode(value, { stream: true }), performance.now());
			buffer = taken.rest;
			out.push(...taken.events.slice(0, n - out.length));
		}
	} finally {
		clearTimeout(timer);
		await reader.cancel().catch(() => {});
	}
	return out;
}
