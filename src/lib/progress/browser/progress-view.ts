/**
 * Writes a replayed progress into the progress page (src/routes/progress/+page.svelte), whose
 * server-rendered parts are found by their data- attributes: every topic's review form, mastery
 * table and explainer list are in the page already (hidden where empty), in the page's language;
 * this fills in the counts, the ids to review and the rows. Renders the whole state each time, so
 * it can run again (a clock tick, an import, a clear).
 */
import { readerLocale } from '$lib/dates';
import { count, formatNumber, htmlLang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';
import { dueIds, mastery, nextDue, splitKey, type Progress } from '../core';
import { formatDateTime, readerLocales, relativeTime } from '../format';

/** A review quiz holds at most this many questions (one topic's: ids are unique only within it). */
const REVIEW_MAX = 50;

const all = <T extends HTMLElement>(root: ParentNode, selector: string) => [
	...root.querySelectorAll<T>(selector)
];
const one = <T extends HTMLElement>(root: ParentNode, selector: string) =>
	root.querySelector<T>(selector)!;

/** @param root the element holding the page's progress sections; `now` decides what is due. */
export function renderProgress(root: HTMLElement, progress: Progress, now: Date): void {
	// Dates in the interface language, in the reader's own variant of it (en-US, es-MX, …).
	const locales = [readerLocale(readerLocales() ?? [], htmlLang())];
	const due = dueIds(progress, now);
	const upcoming = nextDue(progress);

	one(root, '[data-due]').textContent =
		due.length > 0 ? count(due.length, m.progress_due_one, m.progress_due_other) : '';
	for (const form of all<HTMLFormElement>(root, 'form[data-review]')) {
		const ids = due.map(splitKey).flatMap((k) => (k.topic === form.dataset.review ? [k.id] : []));
		const n = Math.min(ids.length, REVIEW_MAX);
		form.hidden = n === 0;
		one<HTMLInputElement>(form, 'input[name="ids"]').value = ids.slice(0, n).join(',');
		one<HTMLInputElement>(form, 'input[name="length"]').value = String(n);
		one(form, '[data-label]').textContent = m.progress_review_now({ n });
	}
	const next = one(root, '[data-upcoming]');
	next.hidden = due.length > 0 || !upcoming;
	if (upcoming) {
		const time = one<HTMLTimeElement>(next, 'time');
		time.dateTime = upcoming.toISOString();
		time.textContent = relativeTime(upcoming, now, locales);
		one(next, '[data-date]').textContent = formatDateTime(upcoming, locales);
	}
	one(root, '[data-nothing-yet]').hidden = due.length > 0 || !!upcoming;

	const rows = mastery(progress);
	const answered = Object.keys(progress.answers).length;
	one(root, '[data-none-answered]').hidden = rows.length > 0;
	const total = one(root, '[data-answered]');
	total.hidden = rows.length === 0;
	total.textContent = count(answered, m.progress_answered_one, m.progress_answered_other);
	const percent = new Intl.NumberFormat(htmlLang(), { style: 'percent' });
	for (const topic of all(root, '[data-mastery]')) {
		const names = JSON.parse(topic.dataset.tags ?? '{}') as Record<string, string>;
		const own = rows.filter((r) => r.topic === topic.dataset.mastery);
		topic.hidden = own.length === 0;
		one(topic, 'tbody').replaceChildren(
			...own.map((r) => {
				const tr = document.createElement('tr');
				const th = document.createElement('th');
				th.scope = 'row';
				th.lang = topic.dataset.lang ?? '';
				th.textContent = names[r.tag] ?? r.tag;
				const right = document.createElement('td');
				right.textContent = `${formatNumber(r.right)} (${percent.format(r.right / r.answered)})`;
				const times = document.createElement('td');
				times.textContent = formatNumber(r.answered);
				tr.append(th, right, times);
				return tr;
			})
		);
	}

	for (const mark of all(root, '[data-steps]')) {
		const seen = progress.steps[mark.dataset.steps!]?.length ?? 0;
		mark.textContent = m.steps_seen({ seen, total: Number(mark.dataset.total) });
	}
}
