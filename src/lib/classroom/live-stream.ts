/**
 * A classroom page's live updates (server-sent events) that recover from any failure.
 *
 * EventSource retries by itself only after a dropped connection; an error response (a proxy's
 * 502 while the app restarts, a 503) closes it for good, and a connection that silently died
 * (a phone changing networks) is never noticed. So this module owns the reconnecting: after any
 * error, or a silence longer than the server's ping interval allows, it closes the source and
 * opens a new one after a capped exponential backoff with jitter (so a class of phones does not
 * reconnect in one burst), at once when the browser comes back online or the page is shown again.
 * The server's first event on every connection is the full current view, so whatever changed
 * during the outage (the teacher opened question 1) arrives with the reconnection.
 */

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface Backoff {
	/** First retry after base/2…base ms; each failure doubles it. */
	baseMs: number;
	/** Longest wait between attempts, in ms. */
	maxMs: number;
	/** No event (the server pings every 20 s) for this long means the connection is dead, in ms. */
	silenceMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 500, maxMs: 10_000, silenceMs: 45_000 };

/**
 * The wait before reconnection attempt `attempt` (0 for the first): "equal jitter", a uniformly
 * random point in the upper half of min(max, base·2^attempt), so waits grow, stay capped, and
 * spread out. See https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/.
 */
export function reconnectDelay(
	attempt: number,
	backoff: Pick<Backoff, 'baseMs' | 'maxMs'> = DEFAULT_BACKOFF,
	random: () => number = Math.random
): number {
	const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(attempt, 30));
	return cap / 2 + (random() * cap) / 2;
}

/**
 * Listens to `url`, calling `handlers[event]` with each event's parsed JSON data, and `onStatus`
 * whenever the connection's state changes ('live' once the server has sent something).
 * Browser only. Returns the function that stops listening.
 */
export function openLiveStream(
	url: string,
	handlers: Record<string, (data: never) => void>,
	onStatus: (status: LiveStatus) => void = () => {},
	backoff: Backoff = DEFAULT_BACKOFF
): () => void {
	let source: EventSource | null = null;
	let attempt = 0;
	let status: LiveStatus = 'connecting';
	let stopped = false;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let watchdog: ReturnType<typeof setTimeout> | undefined;

	const setStatus = (next: LiveStatus) => {
		if (next !== status) onStatus((status = next));
	};
	const heard = () => {
		clearTimeout(watchdog);
		watchdog = setTimeout(fail, backoff.silenceMs);
	};
	const received = () => {
		attempt = 0;
		heard();
		setStatus('live');
	};

	function connect() {
		clearTimeout(retry);
		source?.close();
		if (stopped) return;
		source = new EventSource(url);
		source.addEventListener('ping', received);
		for (const [event, handle] of Object.entries(handlers)) {
			source.addEventListener(event, (e) => {
				received();
				handle(JSON.parse((e as MessageEvent<string>).data) as never);
			});
		}
		source.addEventListener('error', fail);
		heard(); // a connection that never answers counts as failed too
	}

	function fail() {
		if (stopped) return;
		source?.close();
		source = null;
		clearTimeout(watchdog);
		clearTimeout(retry);
		setStatus('reconnecting');
		retry = setTimeout(connect, reconnectDelay(attempt++, backoff));
	}

	/** Back online, or the page is shown again: no point waiting out the backoff. */
	const now = () => {
		if (status === 'reconnecting' && document.visibilityState === 'visible') {
			attempt = 0;
			connect();
		}
	};
	window.addEventListener('online', now);
	document.addEventListener('visibilitychange', now);
	connect();

	return () => {
		stopped = true;
		source?.close();
		clearTimeout(retry);
		clearTimeout(watchdog);
		window.removeEventListener('online', now);
		document.removeEventListener('visibilitychange', now);
	};
}
