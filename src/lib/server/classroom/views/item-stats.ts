/**
 * Item analysis, pure: facility, discrimination and per-option counts, as in Moodle's quiz
 * statistics. Discrimination is the corrected point-biserial: the correlation between scoring on
 * this item (0/1) and the score on the other items, over the students who answered it.
 */

export function pearson(xs: number[], ys: number[]): number | null {
	const n = xs.length;
	if (n < 2) return null;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	// Everyone right (or everyone wrong) on the item, or all rest scores equal: undefined.
	if (sxx === 0 || syy === 0) return null;
	return sxy / Math.sqrt(sxx * syy);
}

/**
 * Upper and lower groups: the top and bottom 27% of students by total score (Kelley's classic
 * split), at least one student each. Ties at the boundary are cut by order, which is stable.
 */
export function upperLowerGroups<T>(ranked: T[]): { upper: Set<T>; lower: Set<T> } {
	if (ranked.length < 2) return { upper: new Set(), lower: new Set() };
	const size = Math.max(1, Math.round(ranked.length * 0.27));
	return { upper: new Set(ranked.slice(0, size)), lower: new Set(ranked.slice(-size)) };
}
