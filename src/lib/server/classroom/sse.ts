/**
 * Server-sent events from a `+server.ts` GET: a ReadableStream that writes `event:`/`data:` lines,
 * pings every 20 s (so proxies, dead clients and, in the page, dead connections are noticed), and
 * is closed for good on shutdown, so a graceful stop does not wait for every phone to hang up.
 */
const encoder = new TextEncoder();
const openStreams = new Set<() => void>();

/** Sends one event; `data` is serialised, unless it is a string of JSON already. */
export type Send = (event: string, data: unknown) => void;

/**
 * `setup` subscribes and sends the first snapshot; it returns the cleanup to run when the client
 * goes away or the stream is closed.
 */
export function eventStream(
	setup: (send: Send, close: () => void) => Promise<() => void>
): Response {
	let closed = false;
	let cleanup: (() => void) | null = null;
	let ping: ReturnType<typeof setInterval> | undefined;
	let close = () => {};
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const write = (text: string) => {
				if (!closed) controller.enqueue(encoder.encode(text));
			};
			close = () => {
				if (closed) return;
				closed = true;
				clearInterval(ping);
				openStreams.delete(close);
				cleanup?.();
				try {
					controller.close();
				} catch {
					// Already closed by the client.
				}
			};
			openStreams.add(close);
			write('retry: 2000\n\n');
			// An event, not a comment: browsers hide comments, and the page's watchdog
			// (live-stream.ts) must see something to know the connection is alive.
			ping = setInterval(() => write('event: ping\ndata: 0\n\n'), 20_000);
			const send: Send = (event, data) =>
				write(
					`event: ${event}\ndata: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`
				);
			try {
				cleanup = await setup(send, () => close());
			} catch (error) {
				console.error('[classroom] event stream setup failed:', error);
				close();
				return;
			}
			if (closed) cleanup();
		},
		cancel() {
			close();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-store, no-transform',
			'x-accel-buffering': 'no'
		}
	});
}

export function closeAllEventStreams(): void {
	for (const close of [...openStreams]) close();
}
