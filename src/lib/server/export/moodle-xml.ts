/**
 * Moodle XML (Moodle docs, "Moodle XML format"): one `multichoice` question per question, with
 * one answer per option (fraction 100 for the key, 0 for each distractor) and its feedback, the
 * explanation and the key's quotes as general feedback, the hint as a Moodle hint, shuffled
 * answers lettered A, B, C, and a category named after the topic and the set. Texts are HTML
 * (`format="html"`), escaped once as HTML and once as XML.
 */
import { citeLines, optionFeedback, type ExportQuestion, type ExportSet } from './model';
import { htmlParagraphs, xmlEscape, XML_DECLARATION } from './xml';

const html = (lines: string[]) => `<text>${xmlEscape(htmlParagraphs(lines))}</text>`;
const plain = (text: string) => `<text>${xmlEscape(text)}</text>`;

function question(q: ExportQuestion): string {
	const answers = q.options.map(
		(o) =>
			`    <answer fraction="${o.correct ? 100 : 0}" format="html">${html([o.text])}` +
			`<feedback format="html">${html(optionFeedback(o).split('\n'))}</feedback></answer>`
	);
	return [
		'  <question type="multichoice">',
		`    <name>${plain(q.id)}</name>`,
		`    <questiontext format="html">${html([q.stem])}</questiontext>`,
		`    <generalfeedback format="html">${html([q.explanation, ...citeLines(q.quotes)])}</generalfeedback>`,
		'    <defaultgrade>1</defaultgrade>',
		'    <penalty>0.3333333</penalty>',
		'    <hidden>0</hidden>',
		`    <idnumber>${xmlEscape(q.id)}</idnumber>`,
		'    <single>true</single>',
		'    <shuffleanswers>true</shuffleanswers>',
		'    <answernumbering>ABCD</answernumbering>',
		...answers,
		...(q.hint ? [`    <hint format="html">${html([q.hint])}</hint>`] : []),
		'  </question>'
	].join('\n');
}

/** The whole set as one Moodle XML file (UTF-8). */
export function toMoodleXml(set: ExportSet): string {
	// A slash inside a category name is written twice (a single one separates levels).
	const level = (name: string) => name.replace(/\//g, '//');
	const category = `$course$/top/${level(set.topic.title)}/${level(set.title)}`;
	return [
		XML_DECLARATION,
		'<quiz>',
		'  <question type="category">',
		`    <category>${plain(category)}</category>`,
		'  </question>',
		...set.questions.map(question),
		'</quiz>',
		''
	].join('\n');
}
