/**
 * Debian's Chromium, as the browser tests and `bench:pages` launch it. The networking flags
 * matter here: this machine's closed network refuses Chromium's background connections.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
