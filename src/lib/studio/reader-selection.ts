/**
 * Turns a text selection in the reader view into offsets in the stored source body. Each
 * paragraph element carries `data-start` (its first character's offset in the body) and holds
 * exactly the body's text of that line, so an offset is the paragraph's start plus the length of
 * the text before the selection's boundary.
 */
export interface ReaderSelection {
	start: number;
	end: number;
	/** The selected text, for a preview only (the server cuts the quote itself). */
	text: string;
	/** False when the selection runs into another paragraph: a quote stays within one. */
	withinOneParagraph: boolean;
}

const paragraphOf = (node: Node) =>
	(node instanceof Element ? node : node.parentElement)?.closest('[data-start]') ?? null;

function offsetOf(reader: HTMLElement, node: Node, offset: number): number | null {
	const element = node instanceof Element ? node : node.parentElement;
	const p = element?.closest<HTMLElement>('[data-start]');
	if (!p || !reader.contains(p)) return null;
	const range = document.createRange();
	range.setStart(p, 0);
	range.setEnd(node, offset);
	return Number(p.dataset.start) + range.toString().length;
}

/**
 * Calls `onSelect` whenever the author selects text inside `reader` (mouse, touch or
 * shift+arrows). A collapsed selection or one outside the reader is ignored, so clicking into the
 * form keeps the last selection. Returns a function that stops listening.
 */
export function readerSelection(
	reader: HTMLElement,
	onSelect: (sel: ReaderSelection) => void
): () => void {
	const listener = () => {
		const sel = document.getSelection();
		if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
		const range = sel.getRangeAt(0);
		const start = offsetOf(reader, range.startContainer, range.startOffset);
		const end = offsetOf(reader, range.endContainer, range.endOffset);
		if (start === null || end === null || end <= start) return;
		const withinOneParagraph =
			paragraphOf(range.startContainer) === paragraphOf(range.endContainer);
		onSelect({ start, end, text: range.toString(), withinOneParagraph });
	};
	document.addEventListener('selectionchange', listener);
	return () => document.removeEventListener('selectionchange', listener);
}
