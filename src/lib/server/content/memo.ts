/**
 * Results of the checks' text functions (normalise, fold, split into words), kept by the text
 * they read — but only inside a cache scope. The studio's live check (`createValidator`) runs
 * every check again on each keystroke over mostly unchanged texts, so it keeps one scope for its
 * lifetime; a one-off `buildCatalog` reads each text about once, and there keeping every result
 * alive until the end cost more (map upkeep and garbage collection of results that survive)
 * than computing them again: outside a scope the functions simply compute.
 */

/** One cache per memoised function, by the function's number. */
export type Caches = (Map<string, unknown> | undefined)[];

let scope: Caches | undefined;
let count = 0;

/**
 * `fn` with its results kept by argument within a cache scope (see `withCaches`). A cache
 * starts afresh past `max` entries, so memory stays bounded. Callers must not change a result.
 */
export function memoize<T>(fn: (s: string) => T, max = 200_000): (s: string) => T {
	const id = count++;
	return (s) => {
		if (scope === undefined) return fn(s);
		let cache = scope[id] as Map<string, T> | undefined;
		if (cache === undefined) scope[id] = cache = new Map();
		let v = cache.get(s);
		if (v === undefined && !cache.has(s)) {
			v = fn(s);
			if (cache.size >= max) scope[id] = cache = new Map();
			cache.set(s, v);
		}
		return v as T;
	};
}

/**
 * Runs `run` with `caches` as the cache scope of every memoised function (synchronously; the
 * scope before is restored after, even on a throw). Keep `caches` (start with `[]`) to reuse
 * results across runs.
 */
export function withCaches<T>(caches: Caches, run: () => T): T {
	const before = scope;
	scope = caches;
	try {
		return run();
	} finally {
		scope = before;
	}
}
