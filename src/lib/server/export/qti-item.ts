/**
 * One QTI assessment item per question (QTI 2.1 / 3.0 ASI, "simple choice" with response
 * processing written out rather than a template, so feedback works on every platform): a
 * single-cardinality identifier response whose correct response is the key's choice, SCORE 1 or
 * 0, and FEEDBACK set to the chosen choice plus GENERAL, which shows that choice's feedback and
 * the general feedback (explanation and the key's quotes) as modal feedback.
 */
import { citeLines, letter, optionFeedback, type ExportQuestion } from './model';
import {
	element,
	QTI_NAMESPACE,
	QTI_SCHEMA_URL,
	qtiIdentifier,
	text,
	type QtiVersion
} from './qti-markup';
import { XML_DECLARATION } from './xml';

/** The identifier of option `i`'s choice: A, B, C, … */
export const choiceIdentifier = (i: number) => letter(i);

export function qtiItem(version: QtiVersion, q: ExportQuestion, language: string): string {
	const el = (name: string, attrs = {}, children: string[] = []) =>
		element(version, name, attrs, children);
	const paragraphs = (lines: string[]) => lines.map((l) => el('p', {}, [text(l)]));
	const feedback = (identifier: string, lines: string[]) =>
		el('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier, showHide: 'show' }, [
			...(version === '3.0' ? [el('contentBody', {}, paragraphs(lines))] : paragraphs(lines))
		]);
	const value = (v: string) => el('value', {}, [text(v)]);
	const base = (type: string, v: string) => el('baseValue', { baseType: type }, [text(v)]);
	const setScore = (v: string) =>
		el('setOutcomeValue', { identifier: 'SCORE' }, [base('float', v)]);

	const body = el('itemBody', {}, [
		el('choiceInteraction', { responseIdentifier: 'RESPONSE', shuffle: 'true', maxChoices: 1 }, [
			el('prompt', {}, [text(q.stem)]),
			...q.options.map((o, i) =>
				el('simpleChoice', { identifier: choiceIdentifier(i) }, [text(o.text)])
			)
		])
	]);
	const processing = el('responseProcessing', {}, [
		el('responseCondition', {}, [
			el('responseIf', {}, [
				el('match', {}, [
					el('variable', { identifier: 'RESPONSE' }),
					el('correct', { identifier: 'RESPONSE' })
				]),
				setScore('1')
			]),
			el('responseElse', {}, [setScore('0')])
		]),
		el('setOutcomeValue', { identifier: 'FEEDBACK' }, [
			el('multiple', {}, [
				el('variable', { identifier: 'RESPONSE' }),
				base('identifier', 'GENERAL')
			])
		])
	]);
	const item = el(
		'assessmentItem',
		{
			xmlns: QTI_NAMESPACE[version],
			'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'xsi:schemaLocation': `${QTI_NAMESPACE[version]} ${QTI_SCHEMA_URL[version]}`,
			identifier: qtiIdentifier(q.id),
			title: q.stem,
			adaptive: 'false',
			timeDependent: 'false',
			'xml:lang': language
		},
		[
			el(
				'responseDeclaration',
				{ identifier: 'RESPONSE', cardinality: 'single', baseType: 'identifier' },
				[el('correctResponse', {}, [value(choiceIdentifier(q.keyIndex))])]
			),
			el('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' }, [
				el('defaultValue', {}, [value('0')])
			]),
			el('outcomeDeclaration', {
				identifier: 'FEEDBACK',
				cardinality: 'multiple',
				baseType: 'identifier'
			}),
			body,
			processing,
			...q.options.map((o, i) => feedback(choiceIdentifier(i), optionFeedback(o).split('\n'))),
			feedback('GENERAL', [q.explanation, ...citeLines(q.quotes)])
		]
	);
	return `${XML_DECLARATION}\n${item}\n`;
}
