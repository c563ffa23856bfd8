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
export const NICKNAME_MAX = 24;
/** Most combining marks allowed in a row: real scripts need at most two (e.g. Vietnamese ệ in NFD). */
export const MAX_MARKS_IN_A_ROW = 2;

export const NICKNAME_RULES =
	'1 to 24 characters: letters of any alphabet (with their accents), digits, spaces, apostrophes, hyphens, periods and _.';

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
	if (chars.length === 0) return { ok: false, message: 'Choose a nickname.' };
	if (chars.length > NICKNAME_MAX) {
		return {
			ok: false,
			message: `Nickname too long (${chars.length} characters): at most ${NICKNAME_MAX}.`
		};
	}
	const invisible = chars.find((ch) => INVISIBLE.test(ch));
	if (invisible) {
		return {
			ok: false,
			message: `Nickname not allowed: it contains an invisible or control character (${codePoint(invisible)}). Type it again without copying and pasting.`
		};
	}
	if (MARK_RUN.test(nickname)) {
		return {
			ok: false,
			message: `Nickname not allowed: more than ${MAX_MARKS_IN_A_ROW} accent marks on one letter.`
		};
	}
	const bad = chars.find((ch) => !ALLOWED.test(ch));
	if (bad) {
		return {
			ok: false,
			message: `Nickname not allowed: “${bad}” is not a letter, digit, space, apostrophe, hyphen, period or _ (no emoji or symbols).`
		};
	}
	if (/^\p{M}/u.test(nickname) || !WORDLIKE.test(nickname)) {
		return { ok: false, message: 'Nickname not allowed: it needs at least one letter or digit.' };
	}
	return { ok: true, nickname };
}

/**
 * The key that makes two nicknames the same: compatibility-normalised (NFKC, so full-width "Ａｎａ"
 * is "Ana"), case-folded (upper- then lower-case, which folds ß/SS and final ς/σ as Unicode's
 * full case folding does) and with ’ read as '.
 */
export function nicknameKey(nickname: string): string {
	return nickname
		.normalize('NFKC')
		.toUpperCase()
		.toLowerCase()
		.normalize('NFKC')
		.replace(/’/g, "'")
		.replace(/‐/g, '-');
}
