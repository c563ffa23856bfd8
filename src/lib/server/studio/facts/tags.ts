/**
 * A fact's topic tags from the form: the ticked tags labelled in topic.yaml, ids typed in, and
 * new tags with their labels. buildLibrary requires every tag used to have a label in
 * topic.yaml's `tags:` map, so a new tag is written there in the same save as the fact, and a
 * typed id with no label is refused before anything is planned.
 */
import { parse } from 'yaml';
import { IdSchema } from '$lib/content/schema';
import { m } from '../../../paraglide/messages.js';
import { idWords } from './fact-id';
import { readVersioned, type FileChange } from '../versioned-file';
import { editYaml } from '../yaml-edit';

/** Tag id → label, as topic.yaml (`files['topic.yaml']`) labels them; {} when it has none. */
export function topicTags(files: Record<string, string>): Record<string, string> {
	try {
		const tags = (parse(files['topic.yaml'] ?? '') as { tags?: unknown } | null)?.tags;
		if (!tags || typeof tags !== 'object' || Array.isArray(tags)) return {};
		return Object.fromEntries(
			Object.entries(tags).filter((e): e is [string, string] => typeof e[1] === 'string')
		);
	} catch {
		return {};
	}
}

export interface TagFields {
	tag: string[];
	topics?: string;
	new_tag: string[];
	new_tag_label: string[];
}

/**
 * The fact's tags, and the new ones to label in topic.yaml.
 * @returns tags in the order given, without repeats; or a message for the author (a 400)
 */
export function resolveTags(
	form: TagFields,
	known: Record<string, string>
): { topics: string[]; added: Record<string, string> } | { error: string } {
	const added: Record<string, string> = {};
	const fresh: string[] = [];
	for (const [i, raw] of form.new_tag.entries()) {
		const typed = raw.trim();
		let label = form.new_tag_label[i]?.trim() ?? '';
		if (!typed && !label) continue;
		// An author types a tag as she wants it shown ("Council vote"): that is its label, and its
		// id is made from it; an id typed as one ("council-vote") is kept.
		const isId = IdSchema.safeParse(typed).success;
		const id = isId ? typed : tagIdOf(typed || label);
		if (!isId && typed && !label) label = typed;
		if (!id) {
			return { error: m.tag_no_letters({ typed }) };
		}
		if (!label && !(id in known)) {
			return { error: m.tag_needs_label({ id }) };
		}
		fresh.push(id);
		if (!(id in known)) added[id] = label;
	}
	const typed = (form.topics ?? '').split(/[\s,]+/).filter(Boolean);
	const topics = [...new Set([...form.tag, ...typed, ...fresh])];
	const unlabelled = topics.find((t) => !(t in known) && !(t in added));
	if (unlabelled) {
		return { error: m.tag_unlabelled({ tag: unlabelled }) };
	}
	if (topics.length === 0) {
		return {
			error: Object.keys(known).length > 0 ? m.tag_tick_one() : m.tag_type_first()
		};
	}
	return { topics, added };
}

/** A tag id from the words an author typed: "Council Vote!" → "council-vote". */
export function tagIdOf(text: string): string {
	return idWords(text).slice(0, 5).join('-');
}

/** The change that labels `added` tags in <topic>/topic.yaml, or null when there are none. */
export async function planTagLabels(
	root: string,
	topic: string,
	added: Record<string, string>
): Promise<FileChange | null> {
	const entries = Object.entries(added);
	if (entries.length === 0) return null;
	const path = `${topic}/topic.yaml`;
	const now = await readVersioned(root, path);
	const hasMap = Object.keys(topicTags({ 'topic.yaml': now.text })).length > 0;
	const text = hasMap
		? editYaml(
				now.text,
				entries.map(([id, label]) => ({ op: 'set' as const, path: ['tags', id], value: label }))
			)
		: editYaml(now.text, [{ op: 'set', path: ['tags'], value: added }]);
	return { path, text, expected: now.version, opened: now.text };
}
