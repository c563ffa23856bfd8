/** The thin file-system wrapper: reads a content folder into the map `buildCatalog` takes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const CONTENT = /\.(ya?ml|md|txt)$/;

export function readTree(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !CONTENT.test(entry.name)) continue;
		const full = join(entry.parentPath, entry.name);
		files[relative(dir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
	}
	return files;
}
