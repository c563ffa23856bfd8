/**
 * GIFT, Moodle's plain-text question format (Moodle docs, "GIFT format"): one multiple-choice
 * question per block, `=` before the key, `~` before each distractor, `#` before an option's
 * feedback and `####` before the general feedback. The characters `~ = # { } :` and the
 * backslash are special anywhere in a text and are written with a backslash before them; a
 * line break inside a text is written `\n`, since a blank line ends a question.
 */
import { generalFeedback, optionFeedback, type ExportSet } from './model';

/** `text` with GIFT's special characters escaped and line breaks as `\n`. */
export function giftEscape(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** The whole set as one GIFT file (UTF-8 text). The question name is the question's id. */
export function toGift(set: ExportSet): string {
	const head = [
		`// ${set.topic.title}: ${set.title}`.replace(/\r?\n/g, ' '),
		'// Exported from Sourced. Each key, distractor and explanation is tied to a quote from a stored source.',
		''
	];
	const blocks = set.questions.map((q) => {
		const options = q.options.map(
			(o) => `${o.correct ? '=' : '~'}${giftEscape(o.text)}#${giftEscape(optionFeedback(o))}`
		);
		return [
			`::${giftEscape(q.id)}::${giftEscape(q.stem)}{`,
			...options,
			`####${giftEscape(generalFeedback(q))}`,
			'}',
			''
		].join('\n');
	});
	return [...head, ...blocks].join('\n');
}
