/**
 * Meaning checks on what the student sees: a key never rests on a contested fact, a key is not
 * carried only by a low-reliability copy, no distractor labelled "not stated" is in fact stated in
 * the quote that settles the question (a second right answer), timeline and compare steps cite
 * the kind of facts they display, and every fact is asked by some question.
 */
import type { Fact } from '../../../content/schema';
import { evidenceOf, type Indexed } from '../catalog';
import { folded } from '../normalize';
import type { Problems } from '../problems';

export function checkKeys(ix: Indexed, problems: Problems) {
	const { catalog, where } = ix;
	const asked = new Set<string>();
	// A fact's quotes, folded: many questions rest on one fact, and a quote is long.
	const foldedQuotes = new Map<string, string[]>();
	const quotesOf = (f: Fact) => {
		let out = foldedQuotes.get(f.id);
		if (!out) foldedQuotes.set(f.id, (out = evidenceOf(f).map((e) => folded(e.quote))));
		return out;
	};

	for (const q of catalog.questions) {
		const w = where.question.get(q.id)!;
		const facts = q.supports.map((id) => catalog.factById.get(id)).filter((f) => f !== undefined);
		q.supports.forEach((id) => asked.add(id));

		const keys = q.options.filter((o) => o.correct).length;
		if (keys !== 1) {
			problems.add(
				'error',
				w.yaml.locate([...w.path, 'options']),
				'key-count',
				`exactly one option must have \`correct: true\` (found ${keys})`
			);
		}

		facts.forEach((f) => {
			if (f.contested && q.about !== 'sources') {
				const i = q.supports.indexOf(f.id);
				problems.add(
					'error',
					w.yaml.locate([...w.path, 'supports', i]),
					'key-on-contested',
					`the key rests on contested fact "${f.id}": sources disagree on it, so ask which source says what (about: sources) or cite an uncontested fact`
				);
			}
		});

		const quotes = facts.flatMap(evidenceOf);
		const reliable = quotes.some((e) => catalog.sourceById.get(e.source)?.reliability !== 'low');
		if (facts.length > 0 && quotes.length > 0 && !reliable && q.about !== 'sources') {
			problems.add(
				'warning',
				w.yaml.locate([...w.path, 'supports']),
				'key-low-reliability',
				'the key rests only on quotes from low-reliability sources; cite a better source too'
			);
		}

		// Folded once per question, and only when some distractor is labelled not-stated.
		let quoteText: string[] | undefined;
		q.options.forEach((o, i) => {
			if (o.why_wrong !== 'not-stated') return;
			const t = folded(o.text);
			if (t.length < 4) return;
			quoteText ??= facts.flatMap(quotesOf);
			if (quoteText.some((quote) => quote.includes(t))) {
				problems.add(
					'warning',
					w.yaml.locate([...w.path, 'options', i, 'text']),
					'distractor-in-evidence',
					`distractor "${o.text}" is labelled not-stated, but it occurs in the quote that supports the key: make sure it is not a second right answer, and label it contradicted by a fact`
				);
			}
		});
		q.options.forEach((o, i) => {
			const f = o.fact ? catalog.factById.get(o.fact) : undefined;
			if (f?.contested && q.about !== 'sources') {
				problems.add(
					'warning',
					w.yaml.locate([...w.path, 'options', i, 'fact']),
					'contradicted-by-contested',
					`distractor is ruled out by contested fact "${f.id}", which sources disagree on`
				);
			}
		});
	}

	for (const x of catalog.explainers) {
		const w = where.explainer.get(x.id)!;
		x.steps.forEach((s, i) => {
			const facts = s.facts.map((id) => catalog.factById.get(id));
			if (s.kind === 'timeline') {
				s.facts.forEach((id, j) => {
					const f = facts[j];
					if (f && !f.date)
						problems.add(
							'error',
							w.yaml.locate(['steps', i, 'facts', j]),
							'timeline-undated',
							`timeline step cites fact "${id}", which has no \`date\``
						);
				});
			}
			if (s.kind === 'compare' && !facts.some((f) => f?.contested)) {
				problems.add(
					'error',
					w.yaml.locate(['steps', i, 'facts']),
					'compare-uncontested',
					'a compare step must cite at least one contested fact'
				);
			}
		});
	}

	// A bank that could not be read may ask any fact: its syntax error is the thing to fix first.
	if (ix.unreadable.has('question')) return;
	for (const f of catalog.facts) {
		if (!asked.has(f.id) && !ix.askedByBroken.has(f.id)) {
			const w = where.fact.get(f.id)!;
			problems.add(
				'warning',
				w.yaml.locate([...w.path, 'id']),
				'fact-unasked',
				`no question cites fact "${f.id}" in \`supports\`; add one so every fact is taught and tested`
			);
		}
	}
}
