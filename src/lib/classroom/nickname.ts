/**
 * Nickname rules, shared by the join form (as hints) and the server (as the check): 1–24
 * characters; letters (including common accented Latin letters), digits, spaces and _ - .
 * Nothing that can break a projected list: no emoji, no control or invisible characters, no RTL.
 */
export const NICKNAME_MAX = 24;
export const NICKNAME_PATTERN = /^[A-Za-z0-9À-ÖØ-öø-ÿĀ-ž _.-]+$/u;
export const NICKNAME_RULES =
	'1 to 24 characters: letters, digits, spaces, and _ - . (accented letters such as é or ñ are fine).';

/** Same letters, same spacing: NFC, runs of spaces collapsed, trimmed. */
export function tidyNickname(raw: string): string {
	return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Two nicknames that differ only in case are the same nickname. */
export function nicknameKey(nickname: string): string {
	return nickname.toLocaleLowerCase('en');
}
