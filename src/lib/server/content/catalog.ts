/**
 * The validated content, indexed for lookups. Built once by `buildCatalog`; read-only after.
 */
import type { Bank, Entity, Explainer, Fact, Question, Source } from '../../content/schema';
import type { Path, YamlFile } from './yaml/yaml-file';

export type CatalogQuestion = Question & { bank: string };

/**
 * Two questions that must not share a quiz (found by `checkCues`): `from`'s stem, hint or
 * explanation contains `to`'s key (`gives-key`), or their stems are near-duplicates (`from` is
 * the one written first).
 */
export interface CuePair {
	from: string;
	to: string;
	kind: 'gives-key' | 'near-duplicate';
	field: 'stem' | 'hint' | 'explanation';
	/** The key text found, or how similar the stems are. */
	detail: string;
}

export interface Catalog {
	sources: Source[];
	entities: Entity[];
	facts: Fact[];
	banks: (Omit<Bank, 'questions'> & { questionIds: string[] })[];
	questions: CatalogQuestion[];
	explainers: Explainer[];
	sourceById: Map<string, Source>;
	entityById: Map<string, Entity>;
	factById: Map<string, Fact>;
	questionById: Map<string, CatalogQuestion>;
	explainerById: Map<string, Explainer>;
	bankById: Map<string, Catalog['banks'][number]>;
	/** Every pair of questions that give each other away. */
	cuePairs: CuePair[];
	/** For each question id, the ids it must not share a quiz with (both ways of each pair). */
	cues: Map<string, Set<string>>;
}

/** Where an item was written, so any later check can point back at it. */
export interface Located {
	yaml: YamlFile;
	path: Path;
}

/** The catalog plus the location of every item, for the checks. */
export interface Indexed {
	catalog: Catalog;
	where: {
		source: Map<string, Located>;
		entity: Map<string, Located>;
		fact: Map<string, Located>;
		question: Map<string, Located>;
		explainer: Map<string, Located>;
		bank: Map<string, Located>;
	};
	/** Source bodies as stored, with the offset of the body in the file. */
	bodies: Map<
		string,
		{
			body: string;
			offset: number;
			file: string;
			fullText: string;
			hash: string;
			declared: string;
			yaml: YamlFile;
		}
	>;
	broken: Set<string>;
	unreadable: Set<string>;
	/** Facts that questions dropped for their shape cite: asked, though those questions are not read. */
	askedByBroken: Set<string>;
}

export function evidenceOf(fact: Fact) {
	return fact.evidence ?? fact.contested?.versions.flatMap((v) => v.evidence) ?? [];
}
