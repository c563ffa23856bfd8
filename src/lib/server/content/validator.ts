/**
 * Validation as an author types: the same problems as `buildCatalog`, but a change re-reads
 * only the files it touches. Each file's own reading (YAML, shape, block scalars) is kept per
 * file; the checks across files run again on the kept results, and their per-text work is
 * cached, for the validator's lifetime, by the texts it reads (see memo.ts).
 */
import { checkTree, type BuildResult } from './build-catalog';
import { withCaches, type Caches } from './memo';
import { Problems } from './problems';
import { mergeReads, readFile, type FileRead } from './read-files';

export interface Validator {
	/** The result for the files as they are now. */
	readonly result: BuildResult;
	/**
	 * Apply changes and validate again.
	 * @param changes path (relative to the content root) → new text, or null for a deleted file
	 * @returns the same result `buildCatalog` gives for the changed files
	 */
	update(changes: Record<string, string | null>): BuildResult;
}

/**
 * @param files text of each content file, keyed by path relative to the content root
 * @param root shown before each path in messages, e.g. "questions"
 */
export function createValidator(files: Record<string, string>, root = 'questions'): Validator {
	const texts = new Map(Object.entries(files));
	const reads = new Map<string, { text: string; read: FileRead }>();
	const caches: Caches = [];

	const run = (): BuildResult => {
		const paths = [...texts.keys()].sort();
		const list = paths.map((path) => {
			const text = texts.get(path)!;
			let kept = reads.get(path);
			if (kept?.text !== text) {
				kept = { text, read: readFile(path, text, root) };
				reads.set(path, kept);
			}
			return kept.read;
		});
		const problems = new Problems();
		return withCaches(caches, () => checkTree(mergeReads(list, problems), problems));
	};

	let result = run();
	return {
		get result() {
			return result;
		},
		update(changes) {
			for (const [path, text] of Object.entries(changes)) {
				if (text === null) {
					texts.delete(path);
					reads.delete(path);
				} else texts.set(path, text);
			}
			result = run();
			return result;
		}
	};
}
