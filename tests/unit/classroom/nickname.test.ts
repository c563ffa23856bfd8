/** Nicknames: real names in any script are accepted; what can hide or fake a name is refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNickname, nicknameKey, NICKNAME_MAX } from '../../../src/lib/classroom/nickname';

const accepted: [string, string][] = [
	["Liam O'Brien", "Liam O'Brien"],
	['Liam O’Brien', 'Liam O’Brien'],
	['Nguyễn Thị Minh', 'Nguyễn Thị Minh'],
	// Typed with combining marks (NFD), stored composed (NFC).
	['Nguye\u0302\u0303n Thi\u0323 Minh', 'Nguyễn Thị Minh'],
	['محمد', 'محمد'],
	['张伟', '张伟'],
	['Zoë-Anne St. Clair', 'Zoë-Anne St. Clair'],
	['Ольга', 'Ольга'],
	['Αλέξανδρος', 'Αλέξανδρος'],
	['שָׁלוֹם', 'שָׁלוֹם'.normalize('NFC')],
	['क्षितिज', 'क्षितिज'],
	['ณัฐ', 'ณัฐ'],
	['김민준', '김민준'],
	['Student 12', 'Student 12'],
	['  Ana   María  ', 'Ana María'],
	['j_doe', 'j_doe']
];

const refused: [string, RegExp][] = [
	['', /Choose a nickname/],
	['   ', /Choose a nickname/],
	['x'.repeat(NICKNAME_MAX + 1), /too long/],
	['😀', /not a letter, digit.*no emoji/],
	['Ana 😀', /“😀” is not a letter/],
	['Ana ℹ', /“ℹ” is not a letter.*no emoji/],
	['<script>', /“<” is not a letter/],
	['=1+1', /“=” is not a letter/],
	['Ana\u200bBel', /invisible or control character \(U\+200B\)/],
	['Ana\u200d', /invisible or control character \(U\+200D\)/],
	['\u202eanA', /invisible or control character \(U\+202E\)/],
	['Ana\u2066x\u2069', /invisible or control character \(U\+2066\)/],
	['Ana\u0007', /invisible or control character \(U\+0007\)/],
	['Ana\u00ad', /invisible or control character \(U\+00AD\)/],
	// Z + 4 marks: NFC composes the first into Ź, three stay stacked.
	['Z\u0301\u0302\u0303\u0304algo', /more than 2 accent marks/],
	['\u0301Ana', /at least one letter or digit/],
	["'.-", /at least one letter or digit/],
	['A\u2060B', /invisible or control character \(U\+2060\)/]
];

describe('nicknames', () => {
	it.each(accepted)('accepts %j', (raw, stored) => {
		expect(checkNickname(raw)).toEqual({ ok: true, nickname: stored });
	});

	it.each(refused)('refuses %j, saying which rule applies', (raw, message) => {
		const checked = checkNickname(raw);
		expect(checked.ok).toBe(false);
		expect(checked.ok ? '' : checked.message).toMatch(message);
	});

	it('treats names that differ only in case, normalisation or apostrophe as the same', () => {
		const same = [
			["Liam O'Brien", 'LIAM O’BRIEN'],
			['Nguyễn', 'Nguye\u0302\u0303n'.normalize('NFC').toUpperCase()],
			['Straße', 'STRASSE'],
			['Ａｎａ', 'ana'],
			['ΟΔΥΣΣΕΥΣ', 'οδυσσευς']
		];
		for (const [a, b] of same) expect(nicknameKey(a!)).toBe(nicknameKey(b!));
		expect(nicknameKey('Ana')).not.toBe(nicknameKey('Ano'));
		expect(nicknameKey('محمد')).not.toBe(nicknameKey('张伟'));
	});

	it('accepts only NFC text without invisible characters or symbols (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (raw) => {
				const checked = checkNickname(raw);
				if (!checked.ok) return;
				const n = checked.nickname;
				expect(n).toBe(n.normalize('NFC'));
				expect([...n].length).toBeLessThanOrEqual(NICKNAME_MAX);
				expect(n).not.toMatch(/[\p{C}\p{S}\p{Extended_Pictographic}]/u);
				expect(n).not.toMatch(/\p{M}{3}/u);
				expect(n).toBe(n.trim());
				// Checking a stored nickname again keeps it as it is.
				expect(checkNickname(n)).toEqual({ ok: true, nickname: n });
			}),
			{ numRuns: 5000 }
		);
	});

	it('gives one key to upper and lower case and to NFD, for every code point alone and doubled', () => {
		// Exhaustive where the property below is random: it found "ẞ" only once in many runs.
		const differ: string[] = [];
		for (let cp = 0; cp < 0x30000; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff) continue;
			const c = String.fromCodePoint(cp);
			for (const n of [c, c + c, `a${c}`]) {
				const lower = nicknameKey(n.toLowerCase());
				if (
					nicknameKey(n.toUpperCase()) !== lower ||
					nicknameKey(n.normalize('NFD')) !== nicknameKey(n)
				) {
					differ.push(`U+${cp.toString(16).toUpperCase()}`);
					break;
				}
			}
		}
		expect(differ).toEqual([]);
		expect(nicknameKey('ẞen')).toBe(nicknameKey('ßen'));
	});

	it('gives one key to the NFC and NFD forms of any accepted name (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (raw) => {
				const checked = checkNickname(raw);
				if (!checked.ok) return;
				const n = checked.nickname;
				expect(nicknameKey(n.normalize('NFD'))).toBe(nicknameKey(n));
				expect(nicknameKey(n.toUpperCase())).toBe(nicknameKey(n.toLowerCase()));
			}),
			{ numRuns: 3000 }
		);
	});
});
