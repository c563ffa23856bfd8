// Serves the built app (build/) with defaults that work on a fresh machine and on a classroom
// network: with no settings it listens on every interface, and each request's own address is its
// origin, so a phone that opened http://192.168.1.20:3000 can post forms and gets links that work.
// Behind a proxy, set ORIGIN=https://your.host (or adapter-node's PROTOCOL_HEADER and HOST_HEADER).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const port = process.env.PORT ?? '3000';
process.env.PORT = port;
process.env.HOST ??= '0.0.0.0';
if (process.env.ORIGIN === '') delete process.env.ORIGIN; // adapter-node refuses an empty one
// The studio takes files up to 2 MB (refused above that with its own message); a multipart post of
// one, and the review step that carries its text back, pass adapter-node's default 512 KB limit.
if (process.env.SOURCED_AUTHOR_SECRET) process.env.BODY_SIZE_LIMIT ??= '6M';

// adapter-node takes a request's origin from ORIGIN, else from PROTOCOL_HEADER and the Host
// header, and guesses https when no protocol header is set: a plain-HTTP laptop would then build
// https:// links and Secure cookies that phones cannot use. So, with neither set, the scheme comes
// from a header that this process writes on every request (overwriting anything a client sent).
const SCHEME_HEADER = 'x-sourced-scheme';
const ownScheme = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownScheme) process.env.PROTOCOL_HEADER = SCHEME_HEADER;

// build/.serving/<pid> says this process serves build/: `npm start` (scripts/start.ts) will not
// rebuild under it. A marker left by a killed process names a dead pid and is ignored.
const serving = fileURLToPath(new URL('../build/.serving/', import.meta.url));
mkdirSync(serving, { recursive: true });
writeFileSync(`${serving}${process.pid}`, '');
process.on('exit', () => rmSync(`${serving}${process.pid}`, { force: true }));

// Imported by URL: build/ does not exist until `vite build` has run.
const entry = new URL('../build/index.js', import.meta.url).href;
/** @type {{ server: { server: import('node:http').Server } }} */
const { server } = await import(entry);
if (ownScheme) {
	// Runs before the app's own listener; adapter-node creates its HTTP server without TLS.
	server.server.prependListener('request', (req) => {
		req.headers[SCHEME_HEADER] = 'encrypted' in req.socket ? 'https' : 'http';
	});
}
console.log(`Sourced is running at ${process.env.ORIGIN || `http://localhost:${port}`}`);
