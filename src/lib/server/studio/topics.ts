/**
 * Topics as the studio sees them: folders of the content folder with a topic.yaml, read from disk
 * (so a topic that does not validate yet is still listed), and the form that creates one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parse } from 'yaml';
import { z } from 'zod';
import { m } from '../../paraglide/messages.js';
import type { FormWording } from './field-problems';
import { idFromTitle } from '../../studio/id-words';

/**
 * Why `id` cannot name a topic or source (one folder or file name: lower-case letters, digits,
 * single hyphens), or null when it can. Messages say what to type instead, in the interface
 * language.
 */
export function idProblem(id: string): string | null {
	if (id === '') return m.studio_id_empty();
	if (id.includes('/') || id.includes('\\') || id.includes('..')) return m.studio_id_single_name();
	if (id.length > 60) return m.studio_too_long({ max: '60' });
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return m.studio_id_letters({ got: id.slice(0, 60) });
	return null;
}

/** A topic id made from its title: "The Harbour Bridge!" → "the-harbour-bridge" (≤ 50 characters). */
export function topicIdFrom(title: string): string {
	return idFromTitle(title);
}

export const TOPIC_FIELDS = ['title', 'id', 'summary', 'language', 'audience'] as const;

export const TopicFormSchema = z.object({
	id: z
		.string()
		.trim()
		.superRefine((id, ctx) => {
			if (idProblem(id)) ctx.addIssue({ code: 'custom', message: 'id' });
		}),
	title: z.string().trim().min(1).max(120),
	summary: z.string().trim().min(1).max(600),
	language: z
		.string()
		.trim()
		.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/),
	audience: z.string().trim().min(1).max(200)
});

const TOPIC_LABELS: Record<string, () => string> = {
	id: m.studio_field_id,
	title: m.source_title,
	summary: m.studio_summary,
	language: m.studio_language,
	audience: m.studio_audience
};

const MISSING: Record<string, () => string> = {
	title: m.studio_topic_title_missing,
	summary: m.studio_topic_summary_missing,
	audience: m.studio_topic_audience_missing
};

/** The topic form's labels and messages (issue 8: every problem at once, in a teacher's words). */
export const TOPIC_WORDING: FormWording = {
	order: TOPIC_FIELDS,
	label: (field) => (TOPIC_LABELS[field] ?? (() => field))(),
	say: (field, issue, value) => {
		if (field === 'id') return idProblem(value.trim()) ?? m.studio_choose_option();
		if (field === 'language') return m.studio_topic_language_bad();
		if (issue.code === 'too_big') return m.studio_too_long({ max: String(issue.maximum) });
		return (MISSING[field] ?? m.studio_choose_option)();
	}
};

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

/** topic.yaml for a new topic, fields in the documented order, with its editor schema. */
export function topicYaml(form: TopicForm): string {
	const doc = new Document({
		title: form.title,
		summary: form.summary,
		language: form.language,
		audience: form.audience
	});
	doc.commentBefore = ' yaml-language-server: $schema=../.schema/topic-file.json';
	return doc.toString({ lineWidth: 100 });
}
