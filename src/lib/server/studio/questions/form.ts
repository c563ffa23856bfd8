/**
 * The question editor's form: the same fields whether the browser posts the whole form (without
 * JavaScript: Save, or a button that adds, removes or moves an option) or the page's script posts
 * it for checking as the author types. Bounds are checked with zod, so a forged form is a 400;
 * what an author may get wrong (an empty stem, an unknown fact) is left to the validator, which
 * says so next to the field.
 */
import { z } from 'zod';
import { m } from '../../../paraglide/messages.js';
import { MAX_OPTIONS, MIN_OPTIONS, type OptionDraft, type QuestionDraft } from './model';

const TEXT = 4000;
/** A zod error message said in the interface language of the request being validated. */
const say = (message: () => string) => ({ error: message });
const short = z.string().max(200, say(m.studio_q_too_long));
const long = z.string().max(
	TEXT,
	say(() => m.studio_q_text_too_long({ max: TEXT }))
);
const ids = z.array(short).max(200, say(m.studio_q_too_many));

const OptionForm = z.object({
	text: long,
	why: z.enum(['contradicted', 'not-stated']).catch('not-stated'),
	fact: short,
	feedback: long
});

const QuestionForm = z.object({
	id: short,
	stem: long,
	options: z
		.array(OptionForm)
		.min(1)
		.max(MAX_OPTIONS + 1),
	key: z.coerce.number().int().min(0).max(MAX_OPTIONS),
	supports: ids,
	about: z.enum(['events', 'sources']).catch('events'),
	explanation: long,
	hint: long,
	difficulty: short,
	bloom: short,
	topics: ids,
	origin: z.enum(['authored', 'generated']).catch('authored')
});

/** What a button of the form asks for besides saving (without JavaScript). */
export type FormOp =
	| { kind: 'add-option' }
	| { kind: 'remove-option' | 'up' | 'down'; index: number }
	| { kind: 'add-support' }
	| null;

export interface PostedQuestion {
	draft: QuestionDraft;
	/** The bank's version the author started from (sha256), for the conflict check. */
	version: string;
	op: FormOp;
}

const OP = /^(add-option|add-support|remove-option|up|down)(?:-(\d))?$/;

function opOf(value: FormDataEntryValue | null): FormOp {
	const m = typeof value === 'string' ? OP.exec(value) : null;
	if (!m) return null;
	if (m[1] === 'add-option' || m[1] === 'add-support') return { kind: m[1] };
	return { kind: m[1] as 'up' | 'down' | 'remove-option', index: Number(m[2] ?? -1) };
}

const one = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : '';
};
const many = (form: FormData, name: string) =>
	form.getAll(name).filter((v): v is string => typeof v === 'string' && v.trim() !== '');

/**
 * The posted question, or a message for a form that cannot come from the editor (too many
 * options, text over the bounds, a missing option count).
 */
export function readQuestionForm(form: FormData): PostedQuestion | { message: string } {
	const count = Number(one(form, 'count'));
	if (!Number.isInteger(count) || count < 1 || count > MAX_OPTIONS + 1) {
		return { message: m.studio_q_form_changed() };
	}
	const options = Array.from({ length: count }, (_, i) => ({
		text: one(form, `o${i}.text`),
		why: one(form, `o${i}.why`),
		fact: one(form, `o${i}.fact`).trim(),
		feedback: one(form, `o${i}.feedback`)
	}));
	const added = one(form, 'add-support').trim();
	const supports = [...new Set([...many(form, 'supports'), ...(added ? [added] : [])])];
	const parsed = QuestionForm.safeParse({
		id: one(form, 'id').trim(),
		stem: one(form, 'stem'),
		options,
		key: one(form, 'key') || '0',
		supports,
		about: one(form, 'about'),
		explanation: one(form, 'explanation'),
		hint: one(form, 'hint'),
		difficulty: one(form, 'difficulty'),
		bloom: one(form, 'bloom'),
		topics: many(form, 'topics'),
		origin: one(form, 'origin')
	});
	if (!parsed.success) return { message: parsed.error.issues[0]!.message };
	const draft: QuestionDraft = {
		...parsed.data,
		key: Math.min(parsed.data.key, parsed.data.options.length - 1)
	};
	return { draft, version: one(form, 'version'), op: opOf(form.get('op')) };
}

/** The draft after a form button: an option added, removed or moved (the key moves with it). */
export function applyOp(draft: QuestionDraft, op: FormOp): QuestionDraft {
	if (!op || op.kind === 'add-support') return draft;
	const options: OptionDraft[] = [...draft.options];
	let key = draft.key;
	if (op.kind === 'add-option') {
		if (options.length < MAX_OPTIONS) {
			options.push({ text: '', why: 'not-stated', fact: '', feedback: '' });
		}
		return { ...draft, options };
	}
	const i = op.index;
	if (i < 0 || i >= options.length) return draft;
	if (op.kind === 'remove-option') {
		if (options.length <= MIN_OPTIONS) return draft;
		options.splice(i, 1);
		key = key === i ? 0 : key > i ? key - 1 : key;
		return { ...draft, options, key };
	}
	const j = op.kind === 'up' ? i - 1 : i + 1;
	if (j < 0 || j >= options.length) return draft;
	[options[i], options[j]] = [options[j]!, options[i]!];
	key = key === i ? j : key === j ? i : key;
	return { ...draft, options, key };
}
