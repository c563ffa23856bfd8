/**
 * The home page's progress summary (src/routes/+page.svelte renders it empty and hidden): filled
 * in from this browser's log once the page has loaded. Built on its own for pages without
 * framework JavaScript (scripts/vite/progress-scripts.ts). With no log it stops at once: the
 * scheduler and the entry checks (`loadProgress`) load only when there is something to replay.
 * A saved log it cannot read is shown too (briefly, with a link to /progress, which explains).
 */
import { count } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';
import { dueIds } from '../core';
import { loadProgress } from '../load';

// First: the server's "needs JavaScript" line goes, whatever follows (this module runs).
document.querySelector('[data-home-needs-js]')?.remove();
const aside = document.querySelector<HTMLElement>('[data-home-progress]');
if (aside) {
	// loadProgress never rejects: a damaged log shows what could be read, and says so.
	loadProgress().then(({ progress, skipped, damaged }) => {
		const answered = Object.keys(progress.answers).length;
		// A log with nothing readable is still the learner's: say so, and /progress says why.
		const unreadable = damaged || (answered === 0 && skipped > 0);
		if (answered === 0 && !unreadable) return;
		const due = dueIds(progress).length;
		const [text, strong, link] = ['[data-answered]', 'strong', 'a'].map((s) =>
			aside.querySelector<HTMLElement>(s)
		);
		if (unreadable) {
			text!.textContent = m.home_progress_damaged();
			link!.textContent = m.home_progress_what_happened();
		} else {
			const partly = skipped > 0 ? ` ${m.home_progress_skipped()}` : '';
			text!.textContent = count(answered, m.home_answered_one, m.home_answered_other) + partly;
			link!.textContent = due > 0 ? m.home_see_progress_review() : m.home_see_progress();
		}
		strong!.textContent = due > 0 ? count(due, m.home_due_one, m.home_due_other) : '';
		strong!.hidden = due === 0;
		aside.hidden = false;
	});
}
