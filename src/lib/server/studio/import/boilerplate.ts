/**
 * Lines that look like a web page's furniture rather than the article: shown to the author as
 * likely removals (never removed without her say).
 */
import { isFurniture } from '../../views/furniture';

const PATTERNS = [
	/^(share|tweet|email|print|copy link)( (this|on|via) .{0,40})?$/i,
	/^(facebook|twitter|x|whatsapp|linkedin|reddit|telegram)$/i,
	/^(sign up|subscribe)\b.{0,80}$/i,
	/^(read more|related|recommended|most read|more from .{0,40})$/i,
	/^(image|photo|video)( credit)?:? .{0,60}$/i,
	/^(©|copyright ).{0,80}$/i
];

export function looksLikeBoilerplate(line: string): boolean {
	return isFurniture(line) || PATTERNS.some((p) => p.test(line.trim()));
}
