/**
 * Edits of the valid fixture that break it in the ways authors do, each a [file, find, replace]
 * (the first occurrence of `find`). Their problems, as the validator printed them before it read
 * YAML with js-yaml, are in validator-output.json: the fast reader must not change a message
 * or a position.
 */
export const MUTATIONS: Record<string, [string, string, string][]> = {
	'tab-indent': [['facts/library.yaml', '    statement: Mayor', '\tstatement: Mayor']],
	'duplicate-key': [
		['facts/library.yaml', '    topics: [library]\n', '    topics: [library]\n    topics: [x]\n']
	],
	'bad-indent': [['banks/library.yaml', '    stem: When', '      stem: When']],
	'unclosed-flow': [['facts/library.yaml', 'topics: [library]', 'topics: [library']],
	'unclosed-quote': [['facts/library.yaml', "value: '2021-05-04'", "value: '2021-05-04"]],
	'empty-value': [
		['banks/library.yaml', '    explanation: The article names Mayor Ana Ruiz.', '    explanation:']
	],
	'null-in-list': [['banks/library.yaml', '    topics: [library]', '    topics: [library, ~]']],
	'number-for-text': [
		['facts/library.yaml', 'statement: Mayor Ana Ruiz cut the ribbon.', 'statement: 12']
	],
	'date-unquoted': [['facts/library.yaml', "value: '2021-05-04'", 'value: 2021-05-04']],
	'comment-before-value': [
		[
			'banks/library.yaml',
			'    stem: When did the library open?',
			'    stem:\n      # asked first\n      When did the library open?'
		]
	],
	'anchor-and-alias': [
		['banks/library.yaml', '    topics: [library]', '    topics: &t [library]'],
		['banks/library.yaml', '    topics: [library]', '    topics: *t']
	],
	'explicit-tag': [
		[
			'facts/library.yaml',
			'statement: Mayor Ana Ruiz cut the ribbon.',
			'statement: !!str Mayor Ana Ruiz cut the ribbon.'
		]
	],
	'block-swallows-hint': [
		[
			'banks/library.yaml',
			'    explanation: The article names Mayor Ana Ruiz.',
			'    explanation: >-\n      The article names Mayor Ana Ruiz.\n      hint: Look at the first line.'
		]
	],
	'literal-block-keep': [
		[
			'facts/library.yaml',
			'statement: Mayor Ana Ruiz cut the ribbon.',
			'statement: |+\n      Mayor Ana Ruiz cut the ribbon.\n\n'
		]
	],
	'unknown-field-flow': [
		[
			'facts/library.yaml',
			'{ entity: ana-ruiz, role: Mayor of Port Ellis }',
			'{ entity: ana-ruiz, rol: Mayor of Port Ellis }'
		]
	],
	'wrong-type-in-flow-map': [['facts/library.yaml', 'precision: day', 'precision: [day]']],
	'empty-file': [['entities.yaml', '', '']],
	'only-comment': [['explainers/01-library.yaml', '', '# nothing yet\n']],
	'two-documents': [['facts/library.yaml', 'facts:', '---\nfacts: []\n---\nfacts:']],
	'quoted-key': [['facts/library.yaml', '  - id: mayor-ribbon', "  - 'id': mayor-ribbon"]],
	'multiline-plain': [
		[
			'facts/library.yaml',
			'statement: Mayor Ana Ruiz cut the ribbon.',
			'statement: Mayor Ana Ruiz\n      cut the ribbon.\n      iden: x'
		]
	],
	'seq-at-key-indent': [
		['banks/library.yaml', '    topics: [library]', '    topics:\n    - library\n    - 7']
	],
	'missing-space-after-colon': [['facts/library.yaml', 'statement: Mayor', 'statement:Mayor']]
};

/** Apply one case's edits to a file tree (paths relative to the content root). */
export function mutate(
	files: Record<string, string>,
	edits: [string, string, string][]
): Record<string, string> {
	const out = { ...files };
	for (const [file, find, replace] of edits) {
		const text = out[file]!;
		if (find === '') out[file] = replace;
		else {
			const i = text.indexOf(find);
			if (i < 0) throw new Error(`${file}: "${find}" not found`);
			out[file] = text.slice(0, i) + replace + text.slice(i + find.length);
		}
	}
	return out;
}
