// Registers the service worker that keeps a topic's reading pages for offline use
// (src/service-worker.ts), then tells it this page has loaded: on a first visit the page was not
// yet under the worker, so this message is how the worker learns which topic to keep. It names the
// page's language too: the worker keeps and shows offline copies in the language the reader reads.
if ('serviceWorker' in navigator) {
	addEventListener('load', () => {
		const sw = navigator.serviceWorker;
		sw.register('/service-worker.js')
			.then(() => sw.ready)
			.then((r) =>
				r.active?.postMessage({ type: 'sourced:loaded', lang: document.documentElement.lang })
			)
			.catch(() => {});
	});
}
