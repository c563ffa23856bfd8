import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Saves a tiny module and an import in every chunk: the JS budget is 40 KB a page.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter(),
		// The client asks the server which route a link leads to (a small request when a link is
		// followed or hovered) instead of carrying every route and its files up front: some 3 KB
		// (gzip) less JavaScript on every page that runs the client. Offline, the service worker
		// answers these requests so that links fall back to full pages (src/service-worker.ts).
		router: { resolution: 'server' },
		// static/offline.js registers src/service-worker.ts from every page: Kit's own registration
		// runs only where its client runs, and explainer steps and quiz pages run none.
		serviceWorker: { register: false },
		// Asset links from the site's root (/_app/…), not relative (../_app/…): the worker shows its
		// offline page at whatever address could not be reached, where relative links would break.
		paths: { relative: false },
		// Form posts are checked for their origin in hooks.server.ts (request-guard.ts), which also
		// accepts the address the request was sent to: on a classroom network that is the laptop's
		// own address, which no fixed origin can name. Kit's check is the same rule without that.
		csrf: { trustedOrigins: ['*'] },
		// A strict Content-Security-Policy: Kit adds hashes or nonces for its own inline script,
		// so nothing else inline (and nothing from another origin) may run.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Kit's route announcer (a live region for screen readers) is the only inline style;
				// allow exactly it by hash rather than 'unsafe-inline'.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
