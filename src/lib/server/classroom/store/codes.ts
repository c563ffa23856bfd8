/**
 * Join codes: 7 characters from a 31-letter alphabet without look-alikes (no 0/O, 1/I/L), drawn
 * with crypto.randomInt (uniform, no modulo bias): 31^7 ≈ 2.75·10^10 codes, 34.7 bits.
 */
import { randomInt } from 'node:crypto';

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 7;
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

export function newJoinCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

/** What a student typed → the code, or null. Case, spaces and dashes do not matter. */
export function normalizeJoinCode(typed: string): string | null {
	const code = typed.toUpperCase().replace(/[\s-]+/g, '');
	if (code.length !== CODE_LENGTH) return null;
	for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
	return code;
}

/** Shown on the projector in two groups, easier to read from the back of a room. */
export function displayJoinCode(code: string): string {
	return `${code.slice(0, 4)} ${code.slice(4)}`;
}
