/**
 * What the generator proposes for a topic and no bank holds yet (issue 9, item 2). The generator
 * runs in memory exactly as `npm run generate` runs it (the topic without its generated bank and
 * without topic.yaml), and a proposal is left out when its id is already in any bank, the
 * generated bank included (a second copy would be a duplicate id), or when the author dismissed it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { count } from '../../../i18n';
import { m } from '../../../paraglide/messages.js';
import { buildCatalog } from '../../content/build-catalog';
import { generateQuestions, type Generated } from '../../content/generate';
import { readTree } from '../../content/read-tree';

/** The file `npm run generate` writes in each topic. */
export const GENERATED_BANK = 'banks/generated.yaml';

export interface ProposalList {
	/** Proposals in the generator's order. */
	proposals: Generated[];
	/** Why there are none to show when the topic cannot be read (content errors), else null. */
	blocked: string | null;
}

/** Ids of the questions in a bank file's text ([] when it does not parse). */
function idsIn(text: string | undefined): string[] {
	try {
		const data = parse(text ?? '') as { questions?: { id?: unknown }[] } | null;
		return (data?.questions ?? []).map((q) => String(q?.id));
	} catch {
		return [];
	}
}

/**
 * @param root the content folder (absolute)
 * @param topic a checked topic id
 * @param dismissed ids the author dismissed (see dismissed.ts)
 */
export function listProposals(root: string, topic: string, dismissed: Set<string>): ProposalList {
	const folder = join(root, topic);
	const files = existsSync(folder) ? readTree(folder) : {};
	const generatedIds = idsIn(files[GENERATED_BANK]);
	delete files[GENERATED_BANK];
	delete files['topic.yaml'];
	const { catalog, errors } = buildCatalog(files, topic);
	if (errors.length > 0) {
		return {
			proposals: [],
			blocked: count(errors.length, m.studio_p_blocked_one, m.studio_p_blocked_other)
		};
	}
	const taken = new Set([...catalog.questionById.keys(), ...generatedIds, ...dismissed]);
	return { proposals: generateQuestions(catalog).filter((q) => !taken.has(q.id)), blocked: null };
}

/** Bank ids the author may accept a proposal into: every bank but the generated one. */
export function authoredBanks(root: string, topic: string): string[] {
	const folder = join(root, topic);
	const files = existsSync(join(folder, 'banks')) ? readTree(join(folder, 'banks')) : {};
	return Object.keys(files)
		.filter((name) => /^[a-z0-9-]+\.yaml$/.test(name) && `banks/${name}` !== GENERATED_BANK)
		.map((name) => name.slice(0, -5))
		.sort();
}
