/**
 * Debian's Chromium, as the server's PDF renderer, the browser tests and `bench:pages` launch it.
 * The networking flags matter: this machine's closed network refuses Chromium's background
 * connections, and a render must never wait on them.
 */

/** The browser binary: `CHROMIUM_PATH`, else Debian's package. Read per call, so tests can move it. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
