/**
 * npm run export -- --topic T (--bank B | --questions id1,id2) --format F --out FILE [--dir DIR]
 * Writes a bank or a chosen set of questions in one export format (gift, moodle-xml, qti21, qti3,
 * anki, kahoot), then prints what the format keeps and loses and any question it left out.
 * Bad arguments exit 2 with one line on stderr.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	chooseSet,
	ExportChoiceError,
	exportSet,
	FORMAT_IDS,
	FORMATS,
	isFormatId
} from '../src/lib/server/export/index';
import { loadTopic, TopicError } from '../src/lib/server/export/load-topic';

function usage(message: string): never {
	console.error(`export: ${message}`);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			topic: { type: 'string' },
			bank: { type: 'string' },
			questions: { type: 'string' },
			format: { type: 'string' },
			out: { type: 'string' },
			dir: { type: 'string', default: 'questions' }
		}
	}));
} catch (e) {
	usage((e as Error).message);
}

const { topic: topicId, bank, questions, format, out, dir } = values;
if (!topicId) usage('give --topic');
if (!format || !isFormatId(format))
	usage(`give --format, one of ${FORMAT_IDS.join(', ')}${format ? ` (not "${format}")` : ''}`);
if (!bank && !questions) usage('give --bank B or --questions id1,id2');
if (!out) usage('give --out FILE');

try {
	const { topic, catalog } = loadTopic(dir!, topicId);
	const ids = questions
		?.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const set = chooseSet(catalog, topic, ids ? { bank, questions: ids } : { bank: bank! });
	const name = `${topic.id}-${bank ?? 'chosen'}`;
	const file = await exportSet(format, set, name);
	writeFileSync(out, file.body);
	const info = FORMATS[format];
	const written = set.questions.length - file.leftOut.length;
	console.log(`Wrote ${out}: ${written} question(s) as ${info.label}, for ${info.for}.`);
	console.log(`Keeps: ${info.keeps.join('; ')}.`);
	console.log(`Loses: ${info.loses.join('; ')}.`);
	for (const l of file.leftOut) console.log(`Left out ${l.id}: ${l.reason}.`);
	if (written === 0) usage(`no question fits ${info.label}; nothing to import`);
} catch (e) {
	if (e instanceof TopicError || e instanceof ExportChoiceError) usage(e.message);
	throw e;
}
