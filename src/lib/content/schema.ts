/**
 * The content model (PRODUCT.md §2), schema first. Browser-safe: no Node imports.
 *
 * Every object is strict (an unknown key is an error, so a typo in a field name is caught),
 * and every field carries a `.describe()` that ends up in the generated JSON Schema, which
 * editors show as hover help while an author writes YAML.
 *
 * Ids are given by file paths for sources and explainers, and written inline for facts,
 * entities and questions (which live many to a file).
 */
import { z } from 'zod';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
	.string()
	.regex(slug, 'use lower-case letters, digits and single hyphens, e.g. "carstens-visit-2022"')
	.describe('A stable identifier: lower-case letters, digits and hyphens.');

export const SourceIdSchema = IdSchema.describe('Id of a source: its file name under sources/.');
export const FactIdSchema = IdSchema.describe('Id of a fact in facts/*.yaml.');
export const EntityIdSchema = IdSchema.describe('Id of an entity in entities.yaml.');
export const QuestionIdSchema = IdSchema.describe('Id of a question in banks/*.yaml.');

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** A calendar date at the precision the source supports: 2019, 2022-03 or 2022-03-08. */
export const PartialDateSchema = z
	.string()
	.regex(
		/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
		'write a date as YYYY, YYYY-MM or YYYY-MM-DD'
	)
	.describe('A date as YYYY, YYYY-MM or YYYY-MM-DD; the form gives its precision.');

export const DatePrecisionSchema = z
	.enum(['year', 'month', 'day'])
	.describe('How exact the date is. Must match the form of `value`.');

// ---------------------------------------------------------------- Source

export const PublishedSchema = z
	.strictObject({
		date: PartialDateSchema.describe('Publication date, as exact as the evidence allows.'),
		basis: z
			.enum(['stated', 'inferred'])
			.describe('`stated`: the article prints its date. `inferred`: worked out from its content.'),
		how: text('how')
			.optional()
			.describe(
				'For an inferred date: what it was inferred from (events it mentions, a sibling copy).'
			)
	})
	.describe('When the article was published, and how we know.');

export const OriginSchema = z
	.strictObject({
		kind: z
			.enum(['original', 'spun-rewrite', 'machine-translation', 'translation'])
			.describe(
				'`original`: as published. `spun-rewrite`: machine-paraphrased copy of another source. `machine-translation`: machine-translated text. `translation`: translated by a person or unknown means.'
			),
		of: SourceIdSchema.optional().describe(
			'The source this one is a rewrite or translation of, when that source is stored too.'
		),
		second_hand: z
			.boolean()
			.optional()
			.describe(
				'True when the text is the outlet\'s own but retells another outlet\'s reporting ("according to sources cited by The Wall Street Journal"): pages call it a second-hand report, not an original one.'
			),
		from_language: z
			.string()
			.regex(/^[a-z]{2}$/, 'use a two-letter language code such as "es"')
			.optional()
			.describe('For translations: the original language (ISO 639-1).'),
		notes: text('notes').describe(
			'Plain-language notes a student can read: what this copy is and what to watch out for.'
		)
	})
	.describe('Where this text comes from.');

export const SourceMetaSchema = z
	.strictObject({
		title: text('title').describe(
			'Headline, or a descriptive title written by us when none is given.'
		),
		name: text('name')
			.optional()
			.describe(
				'The one short name every page uses for this source, e.g. "CNN copy, 16 Aug 2022"; label contested versions with it. Without it pages use the outlet and date.'
			),
		title_basis: z
			.enum(['stated', 'written'])
			.describe('`stated`: the headline is in the article. `written`: we wrote the title.'),
		outlet: text('outlet').optional().describe('Publisher, only when the text states it.'),
		outlet_basis: z
			.enum(['stated', 'inferred'])
			.optional()
			.describe('Whether the outlet is named in the text or inferred (say how in origin notes).'),
		published: PublishedSchema,
		language: z
			.string()
			.regex(/^[a-z]{2}$/, 'use a two-letter language code such as "en"')
			.describe('Language of the stored text (ISO 639-1).'),
		origin: OriginSchema,
		reliability: z
			.enum(['high', 'medium', 'low'])
			.describe(
				'`high`: an outlet text as published. `medium`: usable with care. `low`: distorted copy; never the only evidence for a key.'
			),
		hash: z
			.string()
			.regex(/^sha256-[0-9a-f]{64}$/, 'write the hash as "sha256-" followed by 64 hex digits')
			.describe(
				'sha256 of the text below the front matter; `npm run validate` prints the right one.'
			)
	})
	.describe('Front matter of a source file (sources/<id>.md).');

export type SourceMeta = z.infer<typeof SourceMetaSchema>;
export type Source = SourceMeta & { id: string; text: string; file: string };

// ---------------------------------------------------------------- Evidence and facts

export const EvidenceSchema = z
	.strictObject({
		source: SourceIdSchema,
		quote: text('quote').describe(
			'The shortest span of the source that carries the claim, copied verbatim (only whitespace and curly/straight quote and dash forms may differ).'
		)
	})
	.describe('A verbatim quote from a stored source.');

export type Evidence = z.infer<typeof EvidenceSchema>;

export const PersonRoleSchema = z
	.strictObject({
		entity: EntityIdSchema,
		role: text('role')
			.optional()
			.describe(
				'The role this fact gives the person, e.g. "special presidential envoy for hostage affairs".'
			)
	})
	.describe('A person or organisation the fact is about, and the role it gives them.');

export const EventDateSchema = z
	.strictObject({
		value: PartialDateSchema,
		precision: DatePrecisionSchema,
		event: text('event')
			.optional()
			.describe(
				'A short phrase naming what happened, for the timeline: "US delegation meets Maduro in Caracas".'
			),
		same_as: FactIdSchema.optional().describe(
			'Another fact that reports the same event on the same date: the timeline shows the two as one entry, with the quotes of both.'
		)
	})
	.describe('When the event the fact reports happened.');

export const QuantitySchema = z
	.strictObject({
		value: z
			.number()
			.describe('The number as stated (a range: its low end; put the high end in `max`).'),
		max: z
			.number()
			.optional()
			.describe('Upper end when the source gives a range ("between 29 and 50").'),
		unit: text('unit').describe(
			'What is counted or measured: "detained Americans", "US dollars", "% per month".'
		),
		approximate: z
			.boolean()
			.optional()
			.describe('True when the source hedges ("may be", "more than").')
	})
	.describe('A number the fact states, with its unit.');

export const ConflictKindSchema = z
	.enum(['figure-by-date', 'spelling', 'distortion', 'translation', 'disagreement'])
	.describe(
		'`figure-by-date`: a figure that changed between dates. `spelling`: a name spelled differently. `distortion`: a rewrite changed the meaning. `translation`: a translation changed or muddied it. `disagreement`: sources simply differ.'
	);

export const VersionSchema = z
	.strictObject({
		label: text('label').describe(
			'Short name for this version, e.g. "Washington Post, March 2022".'
		),
		says: text('says').describe('What this version claims, in plain words.'),
		as_of: PartialDateSchema.optional().describe(
			'Date of the source for this version, when dates explain the difference.'
		),
		evidence: z.array(EvidenceSchema).min(1, 'a version needs at least one quote')
	})
	.describe('One of the competing versions of a contested fact.');

export const ContestedSchema = z
	.strictObject({
		kind: ConflictKindSchema,
		note: text('note').describe(
			'What differs and why it matters, for a student: say which version is later or more reliable.'
		),
		versions: z.array(VersionSchema).min(2, 'a contested fact needs at least two versions')
	})
	.describe(
		'Present when sources report this differently. A contested fact never serves as a plain answer key.'
	);

export const FactSchema = z
	.strictObject({
		id: FactIdSchema,
		statement: text('statement').describe('The claim in one plain sentence.'),
		topics: z
			.array(IdSchema)
			.min(1, 'give at least one topic')
			.describe('Topic tags, shared with questions.'),
		about: z
			.enum(['events', 'sources'])
			.optional()
			.describe(
				'`sources`: the fact is about a stored article itself (when it was published, how it words something), not about what happened; the timeline leaves it out. Default `events`.'
			),
		evidence: z
			.array(EvidenceSchema)
			.min(1, 'a fact needs at least one quote')
			.optional()
			.describe(
				'Quotes that carry the claim, one per source that states it. Omit when `contested` is given.'
			),
		contested: ContestedSchema.optional(),
		people: z.array(PersonRoleSchema).optional(),
		date: EventDateSchema.optional(),
		number: QuantitySchema.optional(),
		places: z.array(text('place')).optional().describe('Places the fact concerns, e.g. "Caracas".'),
		said_by: EntityIdSchema.optional().describe(
			'When the fact is a statement someone made: who said it.'
		)
	})
	.superRefine((fact, ctx) => {
		if (!fact.evidence && !fact.contested) {
			ctx.addIssue({
				code: 'custom',
				path: ['evidence'],
				message: 'a fact needs `evidence` (or, if sources disagree, `contested` with versions)'
			});
		}
		if (fact.evidence && fact.contested) {
			ctx.addIssue({
				code: 'custom',
				path: ['contested'],
				message:
					'a contested fact keeps its quotes in `contested.versions`; remove top-level `evidence`'
			});
		}
		if (fact.date && precisionOf(fact.date.value) !== fact.date.precision) {
			ctx.addIssue({
				code: 'custom',
				path: ['date', 'precision'],
				message: `precision "${fact.date.precision}" does not match the date "${fact.date.value}" (${precisionOf(fact.date.value)})`
			});
		}
	})
	.describe('One atomic claim with its quotes.');

export function precisionOf(value: string): 'year' | 'month' | 'day' {
	return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

export type Fact = z.infer<typeof FactSchema>;

export const FactFileSchema = z
	.strictObject({
		$schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
		facts: z.array(FactSchema).min(1)
	})
	.describe('A file of facts (facts/<topic>.yaml).');

// ---------------------------------------------------------------- Entities

export const AliasSchema = z
	.strictObject({
		text: text('alias').describe('A spelling or name used in a source, copied verbatim.'),
		sources: z.array(SourceIdSchema).min(1).describe('Sources where this spelling occurs.')
	})
	.describe('A name or spelling seen in the sources.');

export const EntitySchema = z
	.strictObject({
		id: EntityIdSchema,
		name: text('name').describe('The name to show, in its standard spelling.'),
		kind: z.enum(['person', 'organisation', 'country', 'place']).describe('What the entity is.'),
		surname: text('surname')
			.optional()
			.describe(
				"For a person whose surname is not the last word of the name (e.g. 'González Urrutia'): the who's who sorts by it."
			),
		group: text('group').describe(
			"The side or group the entity belongs to in this topic, as a reader would name it (e.g. 'US government', 'Venezuelan opposition'). The who's who groups by it, and generated questions draw distractors from the key's group."
		),
		summary: text('summary').describe(
			'One or two plain sentences: who this is and why they matter here.'
		),
		aliases: z.array(AliasSchema).min(1, 'list at least the spelling used in the sources'),
		facts: z
			.array(FactIdSchema)
			.optional()
			.describe("Key facts about this entity, for the who's who page.")
	})
	.describe('A person or organisation in the story.');

export type Entity = z.infer<typeof EntitySchema>;

export const EntityFileSchema = z
	.strictObject({
		$schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
		entities: z.array(EntitySchema).min(1)
	})
	.describe("The who's who (entities.yaml).");

// ---------------------------------------------------------------- Questions

export const BloomSchema = z
	.enum(['remember', 'understand', 'apply', 'analyse', 'evaluate'])
	.describe('Bloom level of the thinking the question asks for.');

export const DifficultySchema = z
	.enum(['easy', 'medium', 'hard'])
	.describe('Expected difficulty for a 13–18 year old.');

export const OptionSchema = z
	.strictObject({
		text: text('option text').describe('The option as the student sees it.'),
		correct: z.literal(true).optional().describe('Marks the key. Exactly one option has it.'),
		why_wrong: z
			.enum(['contradicted', 'not-stated'])
			.optional()
			.describe(
				'For a distractor: `contradicted` by a fact (name it in `fact`) or `not-stated` in any source.'
			),
		fact: FactIdSchema.optional().describe(
			'For a `contradicted` distractor: the fact that rules it out.'
		),
		feedback: text('feedback').describe(
			'One line shown to a student who picks this option: for a distractor, name the misconception.'
		)
	})
	.superRefine((o, ctx) => {
		if (o.correct && o.why_wrong) {
			ctx.addIssue({
				code: 'custom',
				path: ['why_wrong'],
				message: 'the key cannot have `why_wrong`'
			});
		}
		if (!o.correct && !o.why_wrong) {
			ctx.addIssue({
				code: 'custom',
				path: ['why_wrong'],
				message:
					'a distractor needs `why_wrong: contradicted` (with `fact`) or `why_wrong: not-stated`'
			});
		}
		if (o.why_wrong === 'contradicted' && !o.fact) {
			ctx.addIssue({
				code: 'custom',
				path: ['fact'],
				message: 'a `contradicted` distractor must name the `fact` that contradicts it'
			});
		}
		if (o.why_wrong !== 'contradicted' && o.fact) {
			ctx.addIssue({
				code: 'custom',
				path: ['fact'],
				message: '`fact` only goes with `why_wrong: contradicted`'
			});
		}
	})
	.describe('One answer option.');

export type Option = z.infer<typeof OptionSchema>;

const questionCommon = {
	id: QuestionIdSchema,
	stem: text('stem').describe('The question. Emphasise a negative word in capitals (NOT, EXCEPT).'),
	options: z.array(OptionSchema).min(3, 'give 3 to 5 options').max(5, 'give 3 to 5 options'),
	supports: z
		.array(FactIdSchema)
		.min(1, 'name the fact(s) that support the key')
		.describe('The fact(s) whose quotes settle the key.'),
	about: z
		.enum(['events', 'sources'])
		.default('events')
		.describe(
			'`events`: about what happened. `sources`: about what a source says or how it differs; may rest on contested facts.'
		),
	explanation: text('explanation').describe(
		'Why the key is right, in plain words; shown with the supporting quote.'
	),
	hint: text('hint').optional().describe('An optional nudge that does not give the answer away.'),
	difficulty: DifficultySchema,
	bloom: BloomSchema,
	topics: z.array(IdSchema).min(1, 'give at least one topic'),
	origin: z
		.enum(['authored', 'generated'])
		.describe('Written by a person or produced by `npm run generate`.')
};

/** Exactly one key is checked by the validator's meaning pass, so a question with two keys is
 * still read and linted, and its error points at the options. */
export const SingleChoiceQuestionSchema = z.strictObject({
	kind: z.literal('single').describe('Single best answer: exactly one option has `correct: true`.'),
	...questionCommon
});

/** Question kinds as a discriminated union; a multi-select kind may follow. */
export const QuestionSchema = z
	.discriminatedUnion('kind', [SingleChoiceQuestionSchema])
	.describe('A multiple-choice question.');

export type Question = z.infer<typeof QuestionSchema>;

export const BankFileSchema = z
	.strictObject({
		$schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
		title: text('title').describe('Name of this question bank as shown in the quiz list.'),
		description: text('description').optional(),
		questions: z.array(QuestionSchema).min(1)
	})
	.describe('A question bank (banks/<bank>.yaml); its file name is its id.');

// ---------------------------------------------------------------- Explainers

export const StepSchema = z
	.strictObject({
		id: IdSchema.describe('Slug of the step, used in its URL.'),
		kind: z
			.enum(['narrative', 'timeline', 'compare'])
			.default('narrative')
			.describe(
				'`narrative`: text. `timeline`: the dated `facts`, in date order. `compare`: the contested `facts`, side by side.'
			),
		title: text('title'),
		body: text('body').describe(
			'Plain language for 13–18 year olds. Blank lines separate paragraphs; **bold** is allowed.'
		),
		facts: z.array(FactIdSchema).min(1, 'a step must cite the facts it rests on'),
		checkpoint: QuestionIdSchema.optional().describe(
			'A question from a bank to check understanding at the end of the step.'
		)
	})
	.describe('One step of a guided explainer.');

export type Step = z.infer<typeof StepSchema>;

export const ExplainerFileSchema = z
	.strictObject({
		$schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
		title: text('title'),
		summary: text('summary').describe('One or two sentences shown in lists.'),
		topics: z.array(IdSchema).min(1),
		steps: z
			.array(StepSchema)
			.min(5, 'an explainer has 5 to 12 steps')
			.max(12, 'an explainer has 5 to 12 steps')
	})
	.describe(
		'A guided explainer (explainers/NN-slug.yaml; the number orders it and is stripped from its id).'
	);

export type ExplainerFile = z.infer<typeof ExplainerFileSchema>;
export type Explainer = ExplainerFile & { id: string; order: number; file: string };
export type Bank = z.infer<typeof BankFileSchema> & { id: string; file: string };

export const TopicIdSchema = IdSchema.describe(
	'Id of a topic: its folder name under questions/ (e.g. "us-venezuela-2019-2025").'
);

export const TopicFileSchema = z
	.strictObject({
		$schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
		title: text('title').describe('The topic as readers see it, e.g. "US–Venezuela relations".'),
		summary: text('summary').describe('One or two sentences shown on the home page.'),
		language: z
			.string()
			.regex(
				/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
				'use a BCP 47 language tag, e.g. "en" or "en-GB"'
			)
			.describe('Language of the content, as a BCP 47 tag (e.g. "en-GB").'),
		audience: text('audience').describe('Who the topic is written for, e.g. "secondary school".'),
		tags: z
			.record(IdSchema, text('label'))
			.default({})
			.describe(
				'Labels of the tags used in `topics:` of facts, questions and explainers (tag id → label). Every tag used needs one.'
			)
	})
	.describe('A topic (questions/<topic>/topic.yaml): what it is about and who it is for.');

export type TopicFile = z.infer<typeof TopicFileSchema>;
