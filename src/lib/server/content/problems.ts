/**
 * A problem found in the content: where it is, which rule found it and what to do about it.
 * Every checker appends to one collector, so a run reports everything at once (PRODUCT.md §3.4).
 */
export type Severity = 'error' | 'warning';

export interface Problem {
	file: string;
	line: number;
	column: number;
	rule: string;
	message: string;
	severity: Severity;
}

/** The order of `String.prototype.localeCompare`, which sorting many problems made slow. */
const byFile = new Intl.Collator();

export class Problems {
	readonly list: Problem[] = [];

	add(
		severity: Severity,
		at: { file: string; line: number; column: number },
		rule: string,
		message: string
	) {
		this.list.push({ file: at.file, line: at.line, column: at.column, rule, message, severity });
	}

	get errors(): Problem[] {
		return this.sorted().filter((p) => p.severity === 'error');
	}

	get warnings(): Problem[] {
		return this.sorted().filter((p) => p.severity === 'warning');
	}

	/** The list sorted, kept until it grows (a build reads both `errors` and `warnings`). */
	#sorted: { length: number; problems: Problem[] } | undefined;

	private sorted(): Problem[] {
		if (this.#sorted?.length !== this.list.length) {
			const problems = [...this.list].sort(
				(a, b) =>
					(a.file === b.file ? 0 : byFile.compare(a.file, b.file)) ||
					a.line - b.line ||
					a.column - b.column
			);
			this.#sorted = { length: this.list.length, problems };
		}
		return this.#sorted.problems;
	}
}

/** `file:line:column ✖ message  [rule]` — the form editors and terminals turn into links. */
export function formatProblem(p: Problem): string {
	const mark = p.severity === 'error' ? '✖' : '⚠';
	return `${p.file}:${p.line}:${p.column} ${mark} ${p.message}  [${p.rule}]`;
}
