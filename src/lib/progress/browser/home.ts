/**
 * The home page's progress summary (src/routes/+page.svelte renders it empty and hidden): filled
 * in from this browser's log once the page has loaded. Built on its own for pages without
 * framework JavaScript (scripts/vite/progress-scripts.ts). With no log it stops at once: the
 * scheduler and the entry checks (`loadProgress`) load only when there is something to replay.
 */
import { count } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';
import { dueIds } from '../core';
import { loadProgress } from '../load';

const aside = document.querySelector<HTMLElement>('[data-home-progress]');
if (aside) {
	// loadProgress never rejects: a damaged log shows what could be read.
	loadProgress().then(({ progress }) => {
		const answered = Object.keys(progress.answers).length;
		if (answered === 0) return;
		const due = dueIds(progress).length;
		const [text, strong, link] = ['[data-answered]', 'strong', 'a'].map((s) =>
			aside.querySelector<HTMLElement>(s)
		);
		text!.textContent = count(answered, m.home_answered_one, m.home_answered_other);
		strong!.textContent = due > 0 ? count(due, m.home_due_one, m.home_due_other) : '';
		strong!.hidden = due === 0;
		link!.textContent = due > 0 ? m.home_see_progress_review() : m.home_see_progress();
		aside.hidden = false;
	});
}
