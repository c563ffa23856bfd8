/** The file schemas editors validate YAML against (questions/.schema/*.json). */
import { z } from 'zod';
import {
	BankFileSchema,
	EntityFileSchema,
	ExplainerFileSchema,
	FactFileSchema,
	SourceMetaSchema,
	TopicFileSchema
} from './schema';

const files = {
	'source-front-matter': SourceMetaSchema,
	'entity-file': EntityFileSchema,
	'fact-file': FactFileSchema,
	'bank-file': BankFileSchema,
	'explainer-file': ExplainerFileSchema,
	'topic-file': TopicFileSchema
} as const;

/** File name → JSON text. `io: 'input'` so fields with defaults are optional, as authors write them. */
export function jsonSchemas(): Record<string, string> {
	return Object.fromEntries(
		Object.entries(files).map(([name, schema]) => [
			`${name}.json`,
			JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, '\t') +
				'\n'
		])
	);
}
