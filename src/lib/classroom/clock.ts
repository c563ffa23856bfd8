/**
 * Timers from the server's clock. A view says when answers close (`deadlineMs`) and what time it
 * was on the server when it was sent (`serverNow`); their difference is the time left at that
 * moment. The page counts it down on the monotonic clock (`performance.now()`) from when the view
 * arrived, so a phone whose wall clock is a minute off still shows the server's time left.
 * A server-rendered page counts from when it hydrates, a little late by its load time; the event
 * stream's first view, a moment later, brings a fresh `serverNow` and corrects it.
 */

/** The monotonic time (ms, as `performance.now()`) at which a view's timer reaches zero. */
export function endsAt(
	view: { deadlineMs: number | null; serverNow: number },
	receivedAt: number
): number | null {
	return view.deadlineMs === null ? null : receivedAt + (view.deadlineMs - view.serverNow);
}

/** Monotonic now; 0 where there is no clock to read (server rendering counts from receipt too). */
export const monotonicNow = () => (typeof performance === 'undefined' ? 0 : performance.now());
