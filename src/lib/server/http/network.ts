/**
 * The address students can reach. Started with no settings on a laptop, the app listens on every
 * interface, but the teacher usually opens it as http://localhost:3000, which a phone cannot
 * reach; the join link and QR code then carry the laptop's own network address instead.
 */
import { networkInterfaces } from 'node:os';

type Interfaces = ReturnType<typeof networkInterfaces>;

/** Private IPv4 ranges (RFC 1918) come first: they are what a classroom network hands out. */
const PRIVATE = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./];

/**
 * This machine's IPv4 addresses that other machines can use (not loopback, not link-local
 * 169.254/16), private ranges first, in interface order otherwise.
 */
export function lanAddresses(interfaces: Interfaces = networkInterfaces()): string[] {
	const found: string[] = [];
	for (const list of Object.values(interfaces)) {
		for (const a of list ?? []) {
			if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) {
				found.push(a.address);
			}
		}
	}
	const rank = (ip: string) => (PRIVATE.some((r) => r.test(ip)) ? 0 : 1);
	return found.sort((a, b) => rank(a) - rank(b));
}

/** localhost, 127.0.0.0/8 or ::1: an address that means "this machine" to whoever types it. */
export function isLoopbackHost(hostname: string): boolean {
	const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '::1';
}

/** Whether the server listens on every interface (adapter-node's HOST; its default is 0.0.0.0). */
export function listensEverywhere(host: string | undefined): boolean {
	return !host || host === '0.0.0.0' || host === '::';
}

/**
 * The origin to print in join links, QR codes and the teacher's link for another device: the
 * configured ORIGIN when there is one (behind a proxy it is the only right answer); else the
 * address the teacher used, unless that is loopback and the server listens on the network, in
 * which case this machine's first LAN address with the same port.
 */
export function reachableOrigin(
	url: URL,
	env: { ORIGIN?: string; HOST?: string } = process.env,
	lan: () => string[] = lanAddresses
): string {
	if (env.ORIGIN || !isLoopbackHost(url.hostname) || !listensEverywhere(env.HOST)) {
		return url.origin;
	}
	const address = lan()[0];
	if (!address) return url.origin;
	return `${url.protocol}//${address}${url.port ? `:${url.port}` : ''}`;
}

/** Lines for the start-up log: where students on this network can open the app. */
export function startupAddresses(env: { ORIGIN?: string; HOST?: string; PORT?: string }): string[] {
	if (env.ORIGIN) return [`Students join at ${env.ORIGIN}/join`];
	if (!listensEverywhere(env.HOST)) return [];
	const port = env.PORT || '3000';
	return lanAddresses().map((ip) => `Students on this network join at http://${ip}:${port}/join`);
}
