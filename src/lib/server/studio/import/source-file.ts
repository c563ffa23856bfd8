/**
 * The metadata form of an imported source and the file it becomes: sources/<id>.md with the
 * front matter the validator expects (src/lib/content/schema.ts, SourceMetaSchema) in its
 * documented order, the text after the author's removals, and the text's hash as recorded today.
 */
import { Document } from 'yaml';
import { z } from 'zod';
import { PartialDateSchema, SourceMetaSchema, type SourceMeta } from '../../../content/schema';
import { hashBody } from '../../content/read-files';
import { idProblem } from '../topics';

const line = (max = 300) => z.string().trim().min(1).max(max);
const optional = (max: number) => z.string().trim().max(max);

export const SourceFormSchema = z
	.object({
		id: z
			.string()
			.trim()
			.superRefine((id, ctx) => {
				if (idProblem(id)) ctx.addIssue({ code: 'custom', message: 'id' });
			}),
		title: line(),
		title_basis: z.enum(['stated', 'written']),
		name: optional(80),
		outlet: optional(120),
		outlet_basis: z.enum(['stated', 'inferred']),
		published_date: z.string().trim().min(1).pipe(PartialDateSchema),
		published_basis: z.enum(['stated', 'inferred']),
		published_how: optional(600),
		language: z
			.string()
			.trim()
			.regex(/^[a-z]{2}$/),
		origin_kind: z.enum(['original', 'spun-rewrite', 'machine-translation', 'translation']),
		second_hand: z.enum(['on', '']).default(''),
		origin_notes: line(1000),
		reliability: z.enum(['high', 'medium', 'low'])
	})
	.refine((f) => f.published_basis === 'stated' || f.published_how !== '', {
		path: ['published_how'],
		message: 'how'
	});

export type SourceForm = z.infer<typeof SourceFormSchema>;

/** The source's metadata, fields in the order the hand-written files use. */
export function sourceMeta(form: SourceForm, hash: string): SourceMeta {
	const meta: SourceMeta = {
		title: form.title,
		...(form.name ? { name: form.name } : {}),
		title_basis: form.title_basis,
		...(form.outlet ? { outlet: form.outlet, outlet_basis: form.outlet_basis } : {}),
		published: {
			date: form.published_date,
			basis: form.published_basis,
			...(form.published_how ? { how: form.published_how } : {})
		},
		language: form.language,
		origin: {
			kind: form.origin_kind,
			...(form.second_hand === 'on' ? { second_hand: true } : {}),
			notes: form.origin_notes
		},
		reliability: form.reliability,
		hash
	};
	return SourceMetaSchema.parse(meta);
}

/**
 * The kept lines (every line whose index is not in `removed`) as the stored text. Each line is a
 * paragraph, so they are stored a blank line apart, as hand-written sources are: the reader pages
 * split paragraphs there.
 */
export function keptBody(lines: string[], removed: Set<number>): string {
	return lines.filter((_, i) => !removed.has(i)).join('\n\n') + '\n';
}

/** The whole sources/<id>.md file. */
export function sourceFile(form: SourceForm, body: string): string {
	const meta = sourceMeta(form, hashBody(body));
	const yaml = new Document(meta).toString({ lineWidth: 100 });
	return `---\n${yaml}---\n${body}`;
}
