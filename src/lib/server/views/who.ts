/**
 * The who's who: entities grouped by their `group` (the side a reader would name), people
 * sorted by surname, and only the other names and spellings the sources use (a surname alone, or
 * any other run of the name's own words, is a short form, not "another spelling").
 */
import type { Entity } from '../../content/schema';
import { sourceName } from '../../sources';
import type { Catalog } from '../content/catalog';

/** Groups in reading order; a group not listed here follows, alphabetically. */
const GROUP_ORDER = [
	'US government',
	'Venezuelan government',
	'Venezuelan opposition',
	'Detainees and families',
	'Other governments and groups',
	'Experts and media',
	'Companies',
	'Countries and places'
];

const KIND_ORDER = ['person', 'organisation', 'country', 'place'];

export interface WhoEntry {
	id: string;
	name: string;
	kind: Entity['kind'];
	summary: string;
	/** Other names and spellings, with the sources (by name) that use them. */
	aliases: { text: string; sources: string[] }[];
}

export interface WhoGroup {
	/** Slug for the heading's id. */
	id: string;
	name: string;
	entries: WhoEntry[];
}

/** The surname of a person: `surname` when given, else the last word of the name. */
export function surnameOf(e: Pick<Entity, 'name' | 'surname'>): string {
	return e.surname ?? e.name.split(/\s+/).at(-1)!;
}

/** True when `alias` is some of the name's own words in order ("Maduro" of "Nicolás Maduro"). */
export function isShortForm(alias: string, name: string): boolean {
	const a = alias.split(/\s+/);
	const n = name.split(/\s+/);
	for (let i = 0; i + a.length <= n.length; i++) if (a.every((w, j) => w === n[i + j])) return true;
	return false;
}

const sortKey = (e: Entity) =>
	e.kind === 'person' ? `${surnameOf(e)} ${e.name}` : e.name.replace(/^The /, '');

export function whoGroups(catalog: Catalog): WhoGroup[] {
	const names = new Map(catalog.sources.map((s) => [s.id, sourceName(s)]));
	const rank = (g: string) => (GROUP_ORDER.includes(g) ? GROUP_ORDER.indexOf(g) : Infinity);
	const groups = [...new Set(catalog.entities.map((e) => e.group))].sort(
		(a, b) => rank(a) - rank(b) || a.localeCompare(b)
	);
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	return groups.map((group) => ({
		id: `group-${group.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
		name: group,
		entries: catalog.entities
			.filter((e) => e.group === group)
			.sort(
				(a, b) =>
					KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
					collator.compare(sortKey(a), sortKey(b))
			)
			.map((e) => {
				const aliases = e.aliases
					.filter((a) => !isShortForm(a.text, e.name))
					.map((a) => ({ text: a.text, sources: a.sources.map((s) => names.get(s) ?? s) }));
				return {
					id: e.id,
					name: e.name,
					kind: e.kind,
					summary: e.summary,
					aliases
				};
			})
	}));
}
