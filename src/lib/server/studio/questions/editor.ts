/**
 * What the question editor's routes do, on top of the bank file (bank.ts), the live check
 * (live-check.ts), the kept drafts (autosave.ts) and the file store (save.ts): open a question,
 * check a posted draft, save it, copy it, delete it.
 */
import { evidenceOf } from '../../content/catalog';
import { count } from '../../../i18n';
import { m } from '../../../paraglide/messages.js';
import type { SaveContext } from '../save';
import { saveOrDraft } from '../save';
import { topicTags } from '../facts/tags';
import { draftBuild } from '../live-check';
import { checkVersions, ConflictError, type FileChange } from '../versioned-file';
import { readVersioned } from '../versioned-file';
import { closeEdit, dropEdit, keepEdit, keepOpened, readEdit, readOpened } from './autosave';
import {
	bankPath,
	draftAt,
	freeId,
	indexOf,
	readBank,
	withQuestion,
	withoutQuestion,
	type BankOnDisk
} from './bank';
import { pendingBank } from './new-bank';
import { draftText } from './draft-text';
import { placeProblems, type PlacedProblems } from './field-problems';
import { blankQuestion, type QuestionDraft } from './model';

/** A fact as the pickers show it: what it says and the quote that carries it. */
export interface FactChoice {
	id: string;
	statement: string;
	quote: string;
}

/** "new" in the URL is a question not saved yet. */
export const NEW = 'new';

/** The topic's facts for the pickers, and its tags with their labels. */
export async function topicChoices(root: string, topic: string) {
	const { catalog } = draftBuild(root, topic, {});
	const facts: FactChoice[] = catalog.facts.map((f) => ({
		id: f.id,
		statement: f.statement,
		quote: evidenceOf(f)[0]?.quote ?? ''
	}));
	// topic.yaml's tag labels, read as the fact form reads them (none: tags are shown by id)
	const meta = (await readVersioned(root, `${topic}/topic.yaml`)).text;
	return { facts, tags: topicTags({ 'topic.yaml': meta }) };
}

/** Where the edited question sits in `bank` (null: appended as a new one), or -1 when gone. */
export function positionIn(bank: BankOnDisk, question: string): number | null {
	return question === NEW ? null : indexOf(bank, question);
}

/**
 * The bank text with the draft in place, its problems placed by field.
 * @param index from `positionIn` (not -1)
 */
export function checkQuestion(
	root: string,
	topic: string,
	bank: BankOnDisk,
	index: number | null,
	draft: QuestionDraft,
	shownRoot: string
): { placed: PlacedProblems } {
	const placedIn = draftText(bank, index, draft);
	const text = placedIn?.text ?? bank.text;
	const { problems } = draftBuild(root, topic, { [bank.path.slice(topic.length + 1)]: text });
	const file = `${shownRoot === '.' ? '' : `${shownRoot}/`}${bank.path}`;
	return { placed: placeProblems(problems, file, placedIn?.item ?? null) };
}

/** The question the editor opens: the kept draft if there is one, else the bank's (or a blank). */
export async function openQuestion(
	context: SaveContext,
	topic: string,
	bankId: string,
	bank: BankOnDisk,
	question: string
) {
	const kept = await readEdit(context.drafts, topic, bankId, question);
	await keepOpened(context.drafts, topic, bank.version, bank.text);
	const index = positionIn(bank, question);
	const saved = index === null || index < 0 ? null : draftAt(bank, index);
	return {
		draft: kept?.draft ?? saved ?? blankQuestion(),
		version: kept?.version ?? bank.version,
		restored: kept ? kept.kept : null,
		gone: index === -1
	};
}

export type Outcome =
	| { ok: true; id: string }
	| {
			ok: false;
			status: 400 | 404 | 409 | 422;
			message: string;
			diff?: string;
			placed?: PlacedProblems;
	  };

/**
 * Writes the bank's new text through the file store: first the version check (a bank saved
 * elsewhere since `version` is a 409 with a diff), then the live check (a change that would
 * leave errors in the topic is a 422 naming them), then `saveOrDraft`. Null when written.
 */
async function write(
	context: SaveContext,
	topic: string,
	bank: BankOnDisk,
	version: string,
	text: string,
	label: string
): Promise<Outcome | null> {
	const change: FileChange = {
		path: bank.path,
		text,
		expected: version,
		opened: await readOpened(context.drafts, topic, version)
	};
	try {
		await checkVersions(context.root, [change]);
		const errors = draftBuild(context.root, topic, {
			[bank.path.slice(topic.length + 1)]: text
		}).problems.filter((p) => p.severity === 'error');
		if (errors.length > 0) {
			const list = errors.slice(0, 3).map((p) => `${p.file}:${p.line}: ${p.message}`);
			const n = count(errors.length, m.n_errors_one, m.n_errors_other);
			return {
				ok: false,
				status: 422,
				message: m.studio_q_would_leave({ errors: n, list: list.join('; ') })
			};
		}
		const result = await saveOrDraft({ topic, label, changes: [change] }, context);
		if (result.status === 'saved') return null;
		return {
			ok: false,
			status: 422,
			message: `${count(result.errors.length, m.studio_not_saved_remain_one, m.studio_not_saved_remain_other)} ${result.errors[0]?.message ?? ''}`
		};
	} catch (error) {
		if (!(error instanceof ConflictError)) throw error;
		return {
			ok: false,
			status: 409,
			message: m.studio_q_conflict(),
			diff: error.diff
		};
	}
}

/** Saves the posted draft into the bank (refused with the problems placed by field while any error remains). */
export async function saveQuestion(
	context: SaveContext,
	topic: string,
	bankId: string,
	question: string,
	draft: QuestionDraft,
	version: string
): Promise<Outcome> {
	const bank =
		(await readBank(context.root, topic, bankId)) ??
		(await pendingBank(context.root, context.drafts, topic, bankId));
	if (!bank) return { ok: false, status: 404, message: m.studio_q_no_bank({ bank: bankId }) };
	await keepEdit(context.drafts, topic, bankId, question, { version, draft });
	const index = positionIn(bank, question);
	if (index === -1) {
		return {
			ok: false,
			status: 409,
			message: m.studio_q_gone({ question })
		};
	}
	const { placed } = checkQuestion(
		context.root,
		topic,
		bank,
		index,
		draft,
		context.shownRoot ?? 'questions'
	);
	if (placed.errors > 0) {
		return {
			ok: false,
			status: 422,
			message: count(placed.errors, m.studio_q_not_saved_one, m.studio_q_not_saved_other),
			placed
		};
	}
	const text = withQuestion(bank, index, draft);
	const refused = await write(
		context,
		topic,
		bank,
		version,
		text,
		m.studio_label_edit_question({ id: draft.id })
	);
	if (refused) return refused;
	await closeEdit(context.drafts, topic, bankId, question, version);
	return { ok: true, id: draft.id };
}

/** The bank and the position of a saved question in it, or the 404 to answer when either is gone. */
async function savedQuestion(
	root: string,
	topic: string,
	bankId: string,
	question: string
): Promise<{ bank: BankOnDisk; index: number } | Outcome> {
	const bank = await readBank(root, topic, bankId);
	const index = bank ? indexOf(bank, question) : -1;
	if (!bank || index < 0) {
		return {
			ok: false,
			status: 404,
			message: m.studio_q_no_question({ question, bank: bankId })
		};
	}
	return { bank, index };
}

/** Appends a copy of the saved question (id + "-copy") to its bank. */
export async function duplicateQuestion(
	context: SaveContext,
	topic: string,
	bankId: string,
	question: string
): Promise<Outcome> {
	const found = await savedQuestion(context.root, topic, bankId, question);
	if ('ok' in found) return found;
	const { bank, index } = found;
	const copy = { ...draftAt(bank, index), id: freeId(bank, question) };
	const refused = await write(
		context,
		topic,
		bank,
		bank.version,
		withQuestion(bank, null, copy),
		m.studio_label_copy_question({ id: question })
	);
	return refused ?? { ok: true, id: copy.id };
}

/** Removes the question from its bank, if the bank is still the version the author opened. */
export async function deleteQuestion(
	context: SaveContext,
	topic: string,
	bankId: string,
	question: string,
	version: string
): Promise<Outcome> {
	const found = await savedQuestion(context.root, topic, bankId, question);
	if ('ok' in found) return found;
	const { bank, index } = found;
	const refused = await write(
		context,
		topic,
		bank,
		version,
		withoutQuestion(bank.text, index),
		m.studio_label_delete_question({ id: question })
	);
	if (refused) return refused;
	await dropEdit(context.drafts, topic, bankId, question);
	return { ok: true, id: question };
}

export { bankPath };
