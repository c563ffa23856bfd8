/**
 * Reads CSV back as a spreadsheet would see its cells (RFC 4180: quoted fields, doubled quotes,
 * CRLF rows), dropping the byte-order mark. For tests only.
 */
export function parseCsv(text: string): string[][] {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < body.length; i++) {
		const ch = body[i]!;
		if (quoted) {
			if (ch === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && body[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += ch;
	}
	if (cell !== '' || row.length > 0) rows.push([...row, cell]);
	return rows;
}

/** The text a guarded cell stands for: the leading ' that keeps it text removed. */
export const unguard = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);
