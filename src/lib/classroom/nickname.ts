/**
 * Nickname rules, shared by the join form (as hints) and the server (as the check). Students use
 * their real names, in any script: "Liam O'Brien", "Nguyễn Thị Minh", "محمد", "张伟". A nickname is
 * 1–24 characters (code points, after NFC) of letters and combining marks of any script
 * (\p{L}, \p{M}), decimal digits (\p{Nd}), spaces, apostrophes (' and ’), hyphens (- and ‐),
 * periods and _. Refused, because they can hide or fake a name on a projected list: control,
 * format and other invisible characters (\p{C}: zero-width spaces and joiners, bidi overrides and
 * isolates), more than two combining marks in a row ("Zalgo" text that spills over other lines),
 * and emoji or other symbols.
 */
import { m } from '../paraglide/messages.js';
export const NICKNAME_MAX = 24;
/** Most combining marks allowed in a row: real scripts need at most two (e.g. Vietnamese ệ in NFD). */
export const MAX_MARKS_IN_A_ROW = 2;

/** The rules as the join form's hint says them, in the interface language. */
export const NICKNAME_RULES = () => m.nickname_rules();

// A few emoji are letters too (ℹ is \p{Ll}): the pictographic property excludes them.
const ALLOWED = /^(?!\p{Extended_Pictographic})[\p{L}\p{M}\p{Nd} '’.\-‐_]$/u;
const INVISIBLE = /[\p{C}\p{Zl}\p{Zp}]/u;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS_IN_A_ROW + 1},}`, 'u');
const WORDLIKE = /[\p{L}\p{Nd}]/u;

/** Same letters, same spacing: NFC, runs of spaces collapsed, trimmed. */
export function tidyNickname(raw: string): string {
	return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; message: string };

const codePoint = (ch: string) =>
	`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Tidies `raw` and checks it against the rules above; a refusal names the rule that applied (and
 * the character that broke it), so a student knows what to change.
 */
export function checkNickname(raw: string): NicknameCheck {
	const nickname = tidyNickname(raw);
	const chars = [...nickname];
	if (chars.length === 0) return { ok: false, message: m.nickname_empty() };
	if (chars.length > NICKNAME_MAX) {
		return {
			ok: false,
			message: m.nickname_too_long({ length: chars.length, max: NICKNAME_MAX })
		};
	}
	const invisible = chars.find((ch) => INVISIBLE.test(ch));
	if (invisible) {
		return {
			ok: false,
			message: m.nickname_invisible({ code: codePoint(invisible) })
		};
	}
	if (MARK_RUN.test(nickname)) {
		return {
			ok: false,
			message: m.nickname_marks({ max: MAX_MARKS_IN_A_ROW })
		};
	}
	const bad = chars.find((ch) => !ALLOWED.test(ch));
	if (bad) {
		return {
			ok: false,
			message: m.nickname_bad_char({ char: bad })
		};
	}
	if (/^\p{M}/u.test(nickname) || !WORDLIKE.test(nickname)) {
		return { ok: false, message: m.nickname_no_letter() };
	}
	return { ok: true, nickname };
}

/**
 * The key that makes two nicknames the same: compatibility-normalised (NFKC, so full-width "Ａｎａ"
 * is "Ana"), case-folded (lower-, upper-, then lower-case, which folds ß/ẞ/SS and final ς/σ as Unicode's
 * full case folding does) and with ’ read as '.
 */
export function nicknameKey(nickname: string): string {
	// Lower, upper, lower: "ẞ" (capital sharp s) lower-cases to "ß" but upper-cases to itself,
	// so upper-then-lower kept "ß" for it and "ss" for "ß". Starting from lower case gives both "ss".
	return nickname
		.normalize('NFKC')
		.toLowerCase()
		.toUpperCase()
		.toLowerCase()
		.normalize('NFKC')
		.replace(/’/g, "'")
		.replace(/‐/g, '-');
}
