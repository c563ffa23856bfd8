/**
 * The make-a-fact post, from form to disk: the quote is cut from the source as it is on disk now
 * (offsets, or the ticked sentences), the fact built and checked, then saved through saveOrDraft.
 * Every refusal is an outcome with a 4xx status and a message; nothing is written on one.
 */
import { m } from '../../../paraglide/messages.js';
import { evidenceOf } from '../../content/catalog';
import { factIdFor } from './fact-id';
import { factFrom, FactFormSchema, describeIssues, formObject, SelectionSchema } from './fact-form';
import { planVersion, VersionFormSchema } from './contest';
import { planAddQuote, planNewFact, readTopic } from './plan';
import { planTagLabels, resolveTags, topicTags } from './tags';
import { cutQuote, SelectionError, sentenceRun } from './quote';
import { saveOrDraft, type SaveContext, type SaveResult } from '../save';
import { ConflictError, type FileChange } from '../versioned-file';

export type MakeOutcome =
	| {
			ok: true;
			id: string;
			added: 'fact' | 'quote' | 'version';
			/** The fact's statement, to confirm the save in the author's words. */
			statement: string;
			quote: string;
			result: SaveResult;
	  }
	| {
			ok: false;
			status: 400 | 404 | 409;
			message: string;
			diff?: string;
			/** The fact that already quotes the passage, when that is why the save was held. */
			samePassage?: string;
	  };

const refuse = (status: 400 | 404 | 409, message: string): MakeOutcome => ({
	ok: false,
	status,
	message
});

const LABELS = {
	new: (id: string) => `Make fact ${id}`,
	add: (id: string) => `Add a quote to ${id}`,
	version: (id: string) => `Add a competing version to ${id}`
} as const;
const ADDED = { new: 'fact', add: 'quote', version: 'version' } as const;

/**
 * The fact and version a quote is added to: `add_to` is a fact id, or "<id>#<n>" for version n
 * (1-based) of a contested fact, so one select without JavaScript offers both.
 */
export function addTarget(addTo: string): { id: string; version?: number } {
	const at = /^(.*)#(\d+)$/.exec(addTo);
	return at ? { id: at[1]!, version: Number(at[2]) } : { id: addTo };
}

/** Makes the fact (or adds the quote) `form` describes, in topic `topic` under `context.root`. */
export async function makeFact(
	context: SaveContext,
	topic: string,
	sourceId: string,
	form: FormData
): Promise<MakeOutcome> {
	const raw = formObject(form);
	const selection = SelectionSchema.safeParse(raw);
	if (!selection.success) return refuse(400, describeIssues(selection.error));
	const fields = FactFormSchema.safeParse(raw);
	if (!fields.success) return refuse(400, describeIssues(fields.error));
	const versionFields = VersionFormSchema.safeParse(raw);
	if (!versionFields.success) return refuse(400, describeIssues(versionFields.error));
	const sel = selection.data;
	if (sel.source !== sourceId) {
		return refuse(400, m.fact_other_source());
	}
	const onDisk = readTopic(context.root, topic);
	const source = onDisk?.catalog.sourceById.get(sourceId);
	if (!onDisk || !source) return refuse(404, m.fact_source_missing({ id: sourceId }));

	let cut;
	try {
		const span =
			sel.start !== undefined && sel.end !== undefined
				? { start: sel.start, end: sel.end }
				: sentenceRun(source.text, sel.sentence);
		cut = cutQuote(source.text, sel.hash, span.start, span.end);
	} catch (error) {
		if (error instanceof SelectionError) return refuse(400, error.message);
		throw error;
	}
	const evidence = { source: sourceId, quote: cut.quote };
	const f = fields.data;

	const plan = async (): Promise<FileChange[] | MakeOutcome> => {
		if (f.mode === 'add') {
			const at = { ...onDisk, id: topic };
			const change = await planAddQuote(context.root, at, id, evidence, addTo.version);
			return 'error' in change ? refuse(400, change.error) : [change];
		}
		if (f.mode === 'version') {
			const at = { ...onDisk, id: topic };
			const change = await planVersion(context.root, at, id, versionFields.data, evidence);
			return 'error' in change ? refuse(400, change.error) : [change];
		}
		const tags = resolveTags(f, topicTags(onDisk.files));
		if ('error' in tags) return refuse(400, tags.error);
		const made = factFrom({ ...f, id, topics: tags.topics.join(',') }, evidence);
		if ('error' in made) return refuse(400, made.error);
		const labels = await planTagLabels(context.root, topic, tags.added);
		const fact = await planNewFact(context.root, topic, f.file ?? sourceId, made.fact);
		return labels ? [fact, labels] : [fact];
	};
	const taken = new Set(onDisk.catalog.facts.map((x) => x.id));
	const addTo = addTarget(f.add_to ?? '');
	const id =
		f.mode === 'add'
			? addTo.id
			: f.mode === 'version'
				? (versionFields.data.version_of ?? '')
				: (f.id ?? factIdFor(f.statement ?? '', taken));
	// A passage another fact already quotes is usually a slip (a double save, a suggestion used
	// twice), but one sentence can carry two claims (the hand-written topic has 23 such quotes), so
	// the author confirms a second fact instead of being refused.
	const quoting = onDisk.catalog.facts.find((x) =>
		evidenceOf(x).some((e) => e.source === sourceId && e.quote === evidence.quote)
	);
	if (f.mode === 'new' && quoting && !f.same_passage) {
		return {
			...refuse(409, m.fact_same_passage({ statement: quoting.statement, id: quoting.id })),
			samePassage: quoting.id
		} as MakeOutcome;
	}
	if (f.mode === 'new' && taken.has(id)) {
		return refuse(400, m.fact_id_taken({ id }));
	}
	// An append that lost a race with another save is planned again on the file as it is now:
	// the other save's lines are kept, and nothing the author saw has changed (the body hash
	// still holds). A file that keeps changing is reported as the conflict it is.
	for (let attempt = 1; ; attempt++) {
		const changes = await plan();
		if (!Array.isArray(changes)) return changes;
		try {
			const label = LABELS[f.mode](id);
			const result = await saveOrDraft({ topic, label, changes }, context);
			const statement =
				f.mode === 'new' ? (f.statement ?? '') : (onDisk.catalog.factById.get(id)?.statement ?? '');
			return { ok: true, id, added: ADDED[f.mode], statement, quote: cut.quote, result };
		} catch (error) {
			if (!(error instanceof ConflictError)) throw error;
			if (attempt < 3) continue;
			return { ok: false, status: 409, message: error.message, diff: error.diff };
		}
	}
}
