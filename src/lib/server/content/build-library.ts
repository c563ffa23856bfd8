/**
 * The whole content tree: one topic per folder (questions/<topic>/topic.yaml plus that topic's
 * sources, entities, facts, explainers and banks). Each topic is checked on its own by
 * `buildCatalog`, so ids need only be unique within a topic. Pure, like `buildCatalog`.
 */
import { IdSchema, TopicFileSchema, type TopicFile } from '../../content/schema';
import { buildCatalog } from './build-catalog';
import type { Catalog } from './catalog';
import { cleanText } from './file-text';
import { Problems, type Problem } from './problems';
import { checkShape } from './read-files';
import { YamlFile } from './yaml/yaml-file';

export type TopicMeta = TopicFile;

export interface TopicEntry {
	/** The folder name under questions/, e.g. "us-venezuela-2019-2025". */
	id: string;
	meta: TopicMeta;
	catalog: Catalog;
}

export interface Library {
	/** Ordered by id (folder name). */
	topics: TopicEntry[];
	topicById: Map<string, TopicEntry>;
}

export interface LibraryResult {
	library: Library;
	errors: Problem[];
	warnings: Problem[];
}

const TOPIC_FILE = 'topic.yaml';

/** Which topic each built catalog belongs to: links into a topic's pages need its id. */
const topicOfCatalog = new WeakMap<Catalog, string>();

/** The id of the topic `catalog` was built for by `buildLibrary`; throws for any other catalog. */
export function topicIdOf(catalog: Catalog): string {
	const id = topicOfCatalog.get(catalog);
	if (id === undefined) throw new Error('This catalog was not built by buildLibrary.');
	return id;
}
/**
 * Marks `catalog` as topic `id`'s, for a catalog built outside `buildLibrary` from the same
 * files (the studio's live check, whose preview grades answers with it).
 */
export function markTopicCatalog(catalog: Catalog, id: string): void {
	topicOfCatalog.set(catalog, id);
}
/** Files allowed beside the topic folders (the guide; editor schemas are JSON, not read). */
const TOP_LEVEL = /^(README\.md|\.schema\/.*|\.gitkeep)$/;

/** "questions" + "a/b.yaml" → "questions/a/b.yaml"; a root of "" or "." adds nothing. */
const under = (root: string, path: string) => (root && root !== '.' ? `${root}/${path}` : path);

/** Path → text, split by the first path segment (the topic folder). */
function byTopic(files: Record<string, string>, root: string, problems: Problems) {
	const topics = new Map<string, Record<string, string>>();
	for (const path of Object.keys(files).sort()) {
		const slash = path.indexOf('/');
		if (TOP_LEVEL.test(path)) continue;
		if (slash < 0) {
			problems.add(
				'error',
				{ file: under(root, path), line: 1, column: 1 },
				'stray-file',
				`content lives in topic folders: move this file into ${under(root, '<topic>/')} (see questions/README.md)`
			);
			continue;
		}
		const topic = path.slice(0, slash);
		if (topic.startsWith('.')) continue;
		let own = topics.get(topic);
		if (!own) topics.set(topic, (own = {}));
		own[path.slice(slash + 1)] = files[path]!;
	}
	return topics;
}

/** Every tag used in `topics:` needs a label in topic.yaml's `tags:`, so no page shows a bare id. */
function checkTags(catalog: Catalog, meta: TopicMeta, yaml: YamlFile, problems: Problems) {
	const users = new Map<string, string>();
	const use = (tags: string[], who: string) => {
		for (const t of tags) if (!users.has(t)) users.set(t, who);
	};
	for (const f of catalog.facts) use(f.topics, `fact "${f.id}"`);
	for (const q of catalog.questions) use(q.topics, `question "${q.id}"`);
	for (const x of catalog.explainers) use(x.topics, `explainer "${x.id}"`);
	for (const [tag, who] of [...users].sort(([a], [b]) => a.localeCompare(b))) {
		if (Object.hasOwn(meta.tags, tag)) continue;
		problems.add(
			'error',
			yaml.locate(['tags'], 'tags'),
			'tag-label',
			`tag "${tag}" (used by ${who}) has no label: add \`${tag}: <label readers see>\` under tags:`
		);
	}
}

/**
 * A topic's own file: its shape (TopicFileSchema) and a label for every tag its catalog uses.
 * Shared by `buildLibrary` and the studio's live check, so both report the same problems.
 * @param file display path of topic.yaml, e.g. "questions/ozone-layer/topic.yaml"
 * @returns the topic's metadata, or undefined when its shape is invalid (problems added)
 */
export function checkTopicFile(
	file: string,
	text: string,
	catalog: Catalog,
	problems: Problems
): TopicMeta | undefined {
	const yaml = new YamlFile(file, cleanText(text));
	const { data } = checkShape(TopicFileSchema, yaml, problems);
	if (data) checkTags(catalog, data, yaml, problems);
	return data;
}

/**
 * @param files text of each content file, keyed by path relative to the content root
 *   ("us-venezuela-2019-2025/facts/x.yaml", "us-venezuela-2019-2025/topic.yaml", "README.md")
 * @param root shown before each path in messages, e.g. "questions"
 * @returns every topic whose topic.yaml could be read (in id order), and every problem of every
 *   topic, with files named by their path from the root. Errors: a file outside a topic folder,
 *   a folder name that is not an id, a missing or invalid topic.yaml, a tag without a label.
 */
export function buildLibrary(files: Record<string, string>, root = 'questions'): LibraryResult {
	const problems = new Problems();
	const topics: TopicEntry[] = [];
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	for (const [id, own] of byTopic(files, root, problems)) {
		const folder = under(root, id);
		const topicFile = `${folder}/${TOPIC_FILE}`;
		if (!IdSchema.safeParse(id).success) {
			problems.add(
				'error',
				{ file: folder, line: 1, column: 1 },
				'topic-id',
				`topic folder "${id}" is not an id: rename it to lower-case letters, digits and single hyphens, e.g. "ozone-layer"`
			);
			continue;
		}
		const { [TOPIC_FILE]: topicText, ...content } = own;
		const built = buildCatalog(content, folder);
		errors.push(...built.errors);
		warnings.push(...built.warnings);
		if (topicText === undefined) {
			problems.add(
				'error',
				{ file: topicFile, line: 1, column: 1 },
				'topic-file',
				`topic "${id}" has no ${TOPIC_FILE}: add one with title, summary, language and audience`
			);
			continue;
		}
		const data = checkTopicFile(topicFile, topicText, built.catalog, problems);
		if (!data) continue;
		topicOfCatalog.set(built.catalog, id);
		topics.push({ id, meta: data, catalog: built.catalog });
	}
	if (topics.length === 0 && problems.errors.length === 0 && errors.length === 0) {
		problems.add(
			'error',
			{ file: under(root, TOPIC_FILE), line: 1, column: 1 },
			'no-topics',
			`there is no topic: add a folder ${under(root, '<topic>/')} with a ${TOPIC_FILE}`
		);
	}
	const order = (a: Problem, b: Problem) =>
		a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
	topics.sort((a, b) => a.id.localeCompare(b.id));
	return {
		library: { topics, topicById: new Map(topics.map((t) => [t.id, t])) },
		errors: [...errors, ...problems.errors].sort(order),
		warnings: [...warnings, ...problems.warnings].sort(order)
	};
}
