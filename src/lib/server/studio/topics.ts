/**
 * Topics as the studio sees them: folders of the content folder with a topic.yaml, read from disk
 * (so a topic that does not validate yet is still listed), and the form that creates one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parse } from 'yaml';
import { z } from 'zod';

/**
 * Why `id` cannot name a topic or source (one folder or file name: lower-case letters, digits,
 * single hyphens), or null when it can. Messages say what to type instead.
 */
export function idProblem(id: string, what = 'topic id'): string | null {
	if (id === '') return `Give a ${what}.`;
	if (id.includes('/') || id.includes('\\') || id.includes('..')) {
		return `A ${what} is a single name: no “/”, “\\” or “..”. Use lower-case letters, digits and single hyphens, e.g. “election-2024”.`;
	}
	if (id.length > 60) return `A ${what} has at most 60 characters.`;
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
		return `A ${what} uses only lower-case letters a–z, digits and single hyphens between them, e.g. “election-2024” (got “${id.slice(0, 60)}”).`;
	}
	return null;
}

const required = (what: string, max: number) =>
	z
		.string()
		.trim()
		.min(1, `Give the topic's ${what}.`)
		.max(max, `The ${what} has at most ${max} characters.`);

export const TopicFormSchema = z.object({
	id: z
		.string()
		.trim()
		.superRefine((id, ctx) => {
			const problem = idProblem(id);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		}),
	title: required('title', 120),
	summary: required('summary', 600),
	language: z
		.string()
		.trim()
		.regex(/^[a-z]{2}$/, 'Give the language as a two-letter code such as “en” or “es”.'),
	audience: required('audience', 200)
});

export type TopicForm = z.infer<typeof TopicFormSchema>;

export interface TopicListing {
	id: string;
	title: string;
}

/** Topics on disk, by id. A topic.yaml that does not parse is listed under its id. */
export function listTopics(root: string): TopicListing[] {
	if (!existsSync(root)) return [];
	const topics: TopicListing[] = [];
	for (const entry of readdirSync(root, { withFileTypes: true })) {
		const file = join(root, entry.name, 'topic.yaml');
		if (!entry.isDirectory() || idProblem(entry.name) || !existsSync(file)) continue;
		let title = entry.name;
		try {
			const meta = parse(readFileSync(file, 'utf8')) as { title?: unknown } | null;
			if (typeof meta?.title === 'string') title = meta.title;
		} catch {
			// Listed by its id; the validator reports the syntax error.
		}
		topics.push({ id: entry.name, title });
	}
	return topics.sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether anything (a topic or any other file or folder) already has this name. */
export function nameTaken(root: string, id: string): boolean {
	return existsSync(join(root, id));
}

/** topic.yaml for a new topic, fields in the documented order. */
export function topicYaml(form: TopicForm): string {
	const doc = new Document({
		title: form.title,
		summary: form.summary,
		language: form.language,
		audience: form.audience
	});
	return doc.toString({ lineWidth: 100 });
}
