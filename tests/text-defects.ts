/**
 * Small things readers notice, named by kind rather than one by one: words glued to a parenthesis
 * ("2019(key)", "16 Aug 2022(16 August 2022)"), doubled quotation marks ("““Whenever"), labels
 * capitalised from an id ("Us politics"), and values that never got a label. Shared by the page
 * scans (tests/e2e/text-defects.test.ts) and the scan of every stored question and explainer.
 */

import { DOUBLED_MARKS } from '../src/lib/server/content/checks/lint-marks';

export const DEFECTS: [string, RegExp][] = [
	['a word glued to a parenthesis', /[\p{L}\p{N}]\((?!s\))/u],
	// The validator's own rule for authored text (lint-marks.ts): marks that cannot pair.
	['a doubled quotation mark', DOUBLED_MARKS],
	['a label capitalised from an id', /\bUs [a-z]/],
	['a value that never got a label', /\b(?:undefined|null|NaN)\b|\[object Object\]/]
];

/**
 * The defects in `body`, one entry per line and kind: `where: what: …context…`; a line naming one
 * of `ids` (internal ids a reader should never see) adds `where: internal id "…"`.
 */
export function defects(body: string, where: string, ids: readonly string[] = []): string[] {
	const found: string[] = [];
	for (const line of body.split('\n')) {
		for (const [what, re] of DEFECTS) {
			const m = line.match(re);
			if (m)
				found.push(`${where}: ${what}: …${line.slice(Math.max(0, m.index! - 30), m.index! + 30)}…`);
		}
		for (const id of ids) if (line.includes(id)) found.push(`${where}: internal id "${id}"`);
	}
	return found;
}
