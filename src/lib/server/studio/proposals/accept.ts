/**
 * Accepting a generator proposal into a bank: the author may first reword its stem and options;
 * the question is appended to the bank's `questions:` through yaml-edit (every other line of the
 * bank stays byte-identical) and saved through saveOrDraft (validated, or kept as a draft).
 */
import { z } from 'zod';
import { m } from '../../../paraglide/messages.js';
import type { Generated } from '../../content/generate';
import { IdSchema } from '../../../content/schema';
import { saveOrDraft, type SaveContext, type SaveResult } from '../save';
import { editYaml } from '../yaml-edit';
import { ABSENT, readVersioned } from '../versioned-file';

/** A zod error message said in the interface language of the request being validated. */
const say = (message: () => string) => ({ error: message });

/** The accept form: the proposal, the bank (an existing one, or a new bank's id), and edits. */
export const AcceptFormSchema = z.object({
	id: IdSchema,
	bank: z.union([z.literal(''), IdSchema]).default(''),
	'new-bank': z
		.union([z.literal(''), IdSchema.refine((id) => id !== 'generated', say(m.studio_p_other_id))])
		.default(''),
	stem: z.string().trim().min(1, say(m.studio_p_write_stem)).max(1000),
	options: z
		.array(z.string().trim().min(1, say(m.studio_p_empty_option)).max(500))
		.min(1)
		.max(5)
});

export type AcceptForm = z.infer<typeof AcceptFormSchema>;

/** FormData → the object AcceptFormSchema reads (options from option-0 … option-4). */
export function acceptObject(form: FormData): Record<string, unknown> {
	const one = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : undefined;
	};
	const options: string[] = [];
	for (let i = 0; i < 5 && one(`option-${i}`) !== undefined; i++) options.push(one(`option-${i}`)!);
	return {
		id: one('id'),
		bank: one('bank'),
		'new-bank': one('new-bank'),
		stem: one('stem'),
		options
	};
}

/** A bank's title made from its id ("my-bank" → "My bank"), for a bank the author starts here. */
const titleOf = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/**
 * The question as written into the bank. Its origin becomes `authored`: the author chose and
 * perhaps reworded it, and `npm run generate` treats written questions as given, so it will not
 * propose (or write into the generated bank) the same question again.
 */
export function acceptedQuestion(proposal: Generated, form: AcceptForm): Generated {
	if (form.options.length !== proposal.options.length) {
		throw new RangeError('the form has a different number of options than the proposal');
	}
	return {
		...proposal,
		stem: form.stem,
		options: proposal.options.map((o, i) => ({ ...o, text: form.options[i]! })),
		origin: 'authored'
	};
}

/**
 * Appends `question` to bank `bank` of `topic` (created when `create`), then saves or drafts.
 * @throws ConflictError when the bank changed on disk meanwhile; YamlSyntaxError when it does not parse
 */
export async function acceptIntoBank(
	context: SaveContext,
	topic: string,
	bank: string,
	question: Generated
): Promise<SaveResult> {
	const path = `${topic}/banks/${bank}.yaml`;
	const now = await readVersioned(context.root, path);
	const base =
		now.version === ABSENT
			? `# yaml-language-server: $schema=../../.schema/bank-file.json\ntitle: ${JSON.stringify(titleOf(bank))}\n`
			: now.text;
	const text = editYaml(base, [{ op: 'append', path: ['questions'], value: question }]);
	return saveOrDraft(
		{
			topic,
			label: m.studio_label_accept({ id: question.id, bank }),
			changes: [{ path, text, expected: now.version, opened: now.text }]
		},
		context
	);
}
