/**
 * Quotation marks that cannot pair (rule `doubled-quote-mark`): `"“You cannot say…,” he said"`
 * reads on a page as two marks in a row, and a reader can no longer see where the quotation
 * begins. It comes from wrapping text that already holds a quotation in a second pair of marks;
 * a quotation inside a quotation takes single marks (‘…’, Chicago 13.30).
 *
 * Straight marks may open or close, so `stay." "Final"` (one quotation closed, the next opened)
 * is sound; only marks that cannot pair are flagged: two side by side, a straight one touching a
 * curly one, or two curly ones facing the same way. Quotes are left alone: they are the
 * source's own words, checked against it verbatim.
 */
import type { Indexed, Located } from '../catalog';
import type { Problems } from '../problems';
import type { Path } from '../yaml/yaml-file';

export const DOUBLED_MARKS = /""|“\s*[“"]|[”"]\s*”|“"|"”|”"|"“/u;

/** Any quotation mark: most texts have none, and are passed by with one search. */
const ANY_MARK = /["“”]/;

/** The doubled marks in `text` with a few characters around them, or undefined. */
export function doubledMarks(text: string): string | undefined {
	if (!ANY_MARK.test(text)) return undefined;
	const m = DOUBLED_MARKS.exec(text);
	if (!m) return undefined;
	return text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20);
}

export function lintMarks(ix: Indexed, problems: Problems) {
	const { catalog, where } = ix;
	const check = (text: string | undefined, w: Located, field: Path) => {
		const around = text === undefined ? undefined : doubledMarks(text);
		if (around === undefined) return;
		problems.add(
			'warning',
			w.yaml.locate([...w.path, ...field]),
			'doubled-quote-mark',
			`two quotation marks that cannot pair ("…${around}…"): a reader cannot see where the quotation begins or ends; open and close it once, and put a quotation inside it in single marks (‘…’)`
		);
	};
	for (const q of catalog.questions) {
		const w = where.question.get(q.id)!;
		check(q.stem, w, ['stem']);
		check(q.hint, w, ['hint']);
		check(q.explanation, w, ['explanation']);
		q.options.forEach((o, i) => {
			check(o.text, w, ['options', i, 'text']);
			check(o.feedback, w, ['options', i, 'feedback']);
		});
	}
	for (const f of catalog.facts) check(f.statement, where.fact.get(f.id)!, ['statement']);
	for (const x of catalog.explainers) {
		const w = where.explainer.get(x.id)!;
		check(x.title, w, ['title']);
		check(x.summary, w, ['summary']);
		x.steps.forEach((s, i) => {
			check(s.title, w, ['steps', i, 'title']);
			check(s.body, w, ['steps', i, 'body']);
		});
	}
}
