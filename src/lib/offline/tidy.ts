/**
 * Cleaning up after a new build: the worker of each build keeps its pages in a cache named after
 * that build (`sourced-<version>`). An older cache is deleted only once every topic it held is kept
 * again in the current one, so a reader who goes offline right after an update still has them.
 */
import { topicOfManifest } from './routes';
import type { WarmResult } from './warm';

export interface TidyDeps {
	caches: Pick<CacheStorage, 'keys' | 'open' | 'delete'>;
	/** This build's cache name; every other name starting with `prefix` is an older build's. */
	current: string;
	prefix: string;
	/** Keeps topic `topic` in the current cache (warmTopic). */
	warm: (topic: string) => Promise<WarmResult>;
}

/**
 * Re-keeps the topics each older cache holds (found by their manifests, the "kept" mark), then
 * deletes that cache; one whose topics could not all be kept (no network) stays for next time.
 * Caches of other apps on the origin (other prefixes) are left alone. Returns the names deleted.
 */
export async function tidyCaches(deps: TidyDeps): Promise<string[]> {
	const deleted: string[] = [];
	for (const key of await deps.caches.keys()) {
		if (!key.startsWith(deps.prefix) || key === deps.current) continue;
		const old = await deps.caches.open(key);
		const topics = (await old.keys())
			.map((r) => topicOfManifest(new URL(r.url).pathname))
			.filter((t): t is string => t !== null);
		let ok = true;
		for (const topic of topics) ok = (await deps.warm(topic)) !== 'failed' && ok;
		if (ok && (await deps.caches.delete(key))) deleted.push(key);
	}
	return deleted;
}
