/**
 * Finds the span of `text` closest to `pattern` by edit distance (Sellers' algorithm: the
 * match may start anywhere), so a validator can show an author the typo in a quote.
 * O(|text| · |pattern|) time and O(|pattern|) memory; only run when an exact search failed.
 */
export interface NearMiss {
	start: number;
	end: number;
	distance: number;
}

function bestEnd(pattern: string, text: string): { end: number; distance: number } {
	const m = pattern.length;
	let prev = new Int32Array(m + 1);
	let curr = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) prev[i] = i;
	let best = { end: 0, distance: m };
	for (let j = 1; j <= text.length; j++) {
		curr[0] = 0;
		const t = text.charCodeAt(j - 1);
		for (let i = 1; i <= m; i++) {
			const cost = pattern.charCodeAt(i - 1) === t ? 0 : 1;
			curr[i] = Math.min(prev[i - 1]! + cost, prev[i]! + 1, curr[i - 1]! + 1);
		}
		if (curr[m]! < best.distance) best = { end: j, distance: curr[m]! };
		[prev, curr] = [curr, prev];
	}
	return best;
}

const reverse = (s: string) => [...s].reverse().join('');

export function findNearMiss(pattern: string, text: string): NearMiss | null {
	if (pattern.length === 0 || text.length === 0) return null;
	const { end, distance } = bestEnd(pattern, text);
	// Search backwards from the best end to find where that closest span begins.
	const windowStart = Math.max(0, end - pattern.length - distance);
	const window = text.slice(windowStart, end);
	const back = bestEnd(reverse(pattern), reverse(window));
	const start = end - back.end;
	return { start, end, distance };
}

/** Close enough to be a typo rather than a different sentence. */
export function isCloseEnough(miss: NearMiss, patternLength: number): boolean {
	return miss.distance <= Math.max(2, Math.ceil(patternLength * 0.2));
}
