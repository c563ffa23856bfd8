/**
 * Lines a web page put into the scraped text that are not part of the article ("Advertisement",
 * "Story continues below advertisement"). They stay in the stored text, so its hash and every
 * quote stay valid; pages mark them as page furniture instead of showing them as the article's.
 */
const FURNITURE = /^(?:advertisement|story continues below advertisement)$/i;

/** True when a whole paragraph of a source is page furniture. */
export function isFurniture(paragraph: string): boolean {
	return FURNITURE.test(paragraph.trim());
}
