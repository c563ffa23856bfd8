/**
 * Server-sent events from a `+server.ts` GET: a ReadableStream that writes `event:`/`data:` lines,
 * pings every 20 s (so proxies, dead clients and, in the page, dead connections are noticed), and
 * is closed for good on shutdown, so a graceful stop does not wait for every phone to hang up.
 *
 * Broadcasts are cheap per socket: an event whose data is a string of JSON (the same string for
 * every student who sees the same view) is framed and encoded once, and the same bytes are
 * written to every stream. A stream may also gather what it sends in one turn of the event loop
 * into one write (the teacher's, which gets a delta per answer).
 */
const encoder = new TextEncoder();
const openStreams = new Set<() => void>();

/** Sends one event; `data` is serialised, unless it is a string of JSON already. */
export type Send = (event: string, data: unknown) => void;

export interface StreamOptions {
	/**
	 * Gather what is sent during one turn of the event loop and write it together (setImmediate),
	 * instead of a write per event. Events that arrive together (the NOTIFYs of one batch of
	 * answers come in one read) then cost one write, and none waits for a timer.
	 */
	gather?: boolean;
}

/**
 * Encoded frames of recent pre-serialised events, keyed by the JSON string itself: students who
 * share a view share one string (student-view.ts), and V8 compares the same string object in
 * constant time. First in, first out, so memory stays bounded whatever the mix of sessions.
 */
const frames = new Map<string, Map<string, Uint8Array>>();
const FRAME_CACHE = 512;
let cachedFrames = 0;

function frameOf(event: string, json: string): Uint8Array {
	let byEvent = frames.get(event);
	if (!byEvent) frames.set(event, (byEvent = new Map()));
	let frame = byEvent.get(json);
	if (frame === undefined) {
		frame = encoder.encode(`event: ${event}\ndata: ${json}\n\n`);
		if (cachedFrames >= FRAME_CACHE) {
			frames.clear();
			cachedFrames = 0;
			frames.set(event, (byEvent = new Map()));
		}
		byEvent.set(json, frame);
		cachedFrames++;
	}
	return frame;
}

/**
 * `setup` subscribes and sends the first snapshot; it returns the cleanup to run when the client
 * goes away or the stream is closed.
 */
export function eventStream(
	setup: (send: Send, close: () => void) => Promise<() => void>,
	options: StreamOptions = {}
): Response {
	const gather = options.gather ?? false;
	let closed = false;
	let cleanup: (() => void) | null = null;
	let ping: ReturnType<typeof setInterval> | undefined;
	let flushing: ReturnType<typeof setImmediate> | undefined;
	let pending: Uint8Array[] = [];
	let close = () => {};
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const flush = () => {
				flushing = undefined;
				if (closed || pending.length === 0) return;
				const chunks = pending;
				pending = [];
				try {
					controller.enqueue(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
				} catch {
					// The client has gone; close() follows.
				}
			};
			const write = (bytes: Uint8Array) => {
				if (closed) return;
				if (!gather) return controller.enqueue(bytes);
				pending.push(bytes);
				flushing ??= setImmediate(flush);
			};
			close = () => {
				if (closed) return;
				flush();
				closed = true;
				clearInterval(ping);
				clearImmediate(flushing);
				openStreams.delete(close);
				cleanup?.();
				try {
					controller.close();
				} catch {
					// Already closed by the client.
				}
			};
			openStreams.add(close);
			controller.enqueue(encoder.encode('retry: 2000\n\n'));
			// An event, not a comment: browsers hide comments, and the page's watchdog
			// (live-stream.ts) must see something to know the connection is alive.
			ping = setInterval(() => write(frameOf('ping', '0')), 20_000);
			const send: Send = (event, data) =>
				write(
					typeof data === 'string'
						? frameOf(event, data)
						: encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
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
