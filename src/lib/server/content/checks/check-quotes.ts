/**
 * The promise of the product: every quote is in its source, verbatim. Also checks that each
 * source's text still has the hash its front matter records (an edited source is caught), and
 * that every alias of an entity is spelled as in the sources it names.
 */
import type { Indexed, Located } from '../catalog';
import { findNearMiss, isCloseEnough } from './near-miss';
import { memoize } from '../memo';
import { normalize, normalizeWithMap, type NormalizedText } from '../normalize';
import type { Problems } from '../problems';

function positionIn(fullText: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lastBreak = -1;
	for (let i = 0; i < offset; i++) {
		if (fullText.charCodeAt(i) === 10) {
			line++;
			lastBreak = i;
		}
	}
	return { line, column: offset - lastBreak };
}

/** Kept across runs: an incremental run re-checks quotes against unchanged sources. */
const normalizedBody = memoize(normalizeWithMap, 2_000);

export function checkQuotes(ix: Indexed, problems: Problems) {
	const normalized = new Map<string, NormalizedText>();
	for (const [id, b] of ix.bodies) {
		normalized.set(id, normalizedBody(b.body));
		if (b.hash !== b.declared) {
			problems.add(
				'error',
				b.yaml.locate(['hash']),
				'source-hash',
				`the text of source "${id}" has changed since its hash was recorded: if the edit is intended, set hash: ${b.hash}`
			);
		}
	}

	const checkQuote = (source: string, quote: string, at: Located) => {
		const text = normalized.get(source);
		if (!text) return; // unknown source: reported by checkReferences
		const q = normalize(quote);
		if (text.text.includes(q)) return;
		const body = ix.bodies.get(source)!;
		const miss = findNearMiss(q, text.text);
		let hint = '';
		if (miss && isCloseEnough(miss, q.length)) {
			const start = text.origin[miss.start]!;
			const end = text.origin[miss.end - 1]! + 1;
			const pos = positionIn(body.fullText, body.offset + start);
			hint = `; closest text (${miss.distance} ${miss.distance === 1 ? 'edit' : 'edits'}) at ${body.file}:${pos.line}:${pos.column}: "${body.body.slice(start, end)}"`;
		}
		problems.add(
			'error',
			at.yaml.locate([...at.path]),
			'quote-not-found',
			`quote not found verbatim in source "${source}": "${truncate(quote)}"${hint}`
		);
	};

	for (const f of ix.catalog.facts) {
		const w = ix.where.fact.get(f.id)!;
		f.evidence?.forEach((e, i) =>
			checkQuote(e.source, e.quote, { yaml: w.yaml, path: [...w.path, 'evidence', i, 'quote'] })
		);
		f.contested?.versions.forEach((v, i) =>
			v.evidence.forEach((e, j) =>
				checkQuote(e.source, e.quote, {
					yaml: w.yaml,
					path: [...w.path, 'contested', 'versions', i, 'evidence', j, 'quote']
				})
			)
		);
	}

	for (const e of ix.catalog.entities) {
		const w = ix.where.entity.get(e.id)!;
		e.aliases.forEach((a, i) =>
			a.sources.forEach((s, j) => {
				const text = normalized.get(s);
				if (text && !text.text.includes(normalize(a.text))) {
					problems.add(
						'error',
						w.yaml.locate([...w.path, 'aliases', i, 'sources', j]),
						'alias-not-found',
						`"${a.text}" does not occur in source "${s}" (aliases are case-sensitive and verbatim)`
					);
				}
			})
		);
	}
}

function truncate(s: string, n = 90): string {
	return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
