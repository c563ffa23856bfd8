/**
 * A bank the author has named but not yet filled. A bank file needs at least one question to
 * validate (BankFileSchema), so creating one writes nothing to the content folder: its title and
 * description wait in the drafts folder (`<drafts>/<topic>/new-banks/<id>.json`), the bank opens
 * in the question editor as an empty file that does not exist yet (version ABSENT), and the first
 * question saved there writes the file with its title, description and that question.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document } from 'yaml';
import { z } from 'zod';
import { IdSchema } from '../../../content/schema';
import { ABSENT } from '../versioned-file';
import { bankIds, bankPath, type BankOnDisk } from './bank';

export const NewBankSchema = z.object({
	id: IdSchema,
	title: z.string().trim().min(1, 'Give the bank a title.').max(120),
	description: z.string().trim().max(600).default('')
});
export type NewBank = z.infer<typeof NewBankSchema>;

const fileOf = (drafts: string, topic: string, id: string) =>
	join(drafts, topic, 'new-banks', `${id}.json`);

/** Keeps the named bank until its first question is saved. */
export async function keepNewBank(drafts: string, topic: string, bank: NewBank): Promise<void> {
	await mkdir(join(drafts, topic, 'new-banks'), { recursive: true });
	await writeFile(fileOf(drafts, topic, bank.id), JSON.stringify(bank));
}

/**
 * The named, not yet saved bank `id` as the editor opens a bank: the text its file will start
 * from (no questions), version ABSENT. Null when there is no such named bank or the file exists.
 */
export async function pendingBank(
	root: string,
	drafts: string,
	topic: string,
	id: string
): Promise<BankOnDisk | null> {
	if (bankIds(root, topic).includes(id)) return null;
	let kept: NewBank;
	try {
		kept = NewBankSchema.parse(JSON.parse(await readFile(fileOf(drafts, topic, id), 'utf8')));
	} catch {
		return null;
	}
	const data = {
		title: kept.title,
		...(kept.description && { description: kept.description }),
		questions: []
	};
	const text =
		'# yaml-language-server: $schema=../../.schema/bank-file.json\n' +
		new Document(data).toString({ lineWidth: 100 });
	return { path: bankPath(topic, id), text, version: ABSENT, title: kept.title, items: [] };
}
