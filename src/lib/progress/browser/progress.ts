/**
 * The progress page's browser part (src/routes/progress/+page.svelte, which runs no framework
 * JavaScript): replays this browser's log and shows it (progress-view.ts), keeps "in 10 minutes"
 * true while the page stays open, and runs Download, Import and Clear. Messages go to the page's
 * live region (role=status); an import that fails says why in an alert. Each action's outcome
 * replaces the last one's, whichever it was.
 */
import { count } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';
import { emptyProgress, type Progress } from '../core';
import { clearProgress, loadProgress } from '../load';
import { readStored, writeLog } from '../log';
import { renderProgress } from './progress-view';

const page = document.querySelector<HTMLElement>('[data-progress-page]');
if (page) start(page);

function start(page: HTMLElement) {
	// First: the server's "needs JavaScript" notice goes and the controls that need this module
	// appear, so they are never offered when it does not run.
	page.querySelector('[data-needs-js]')?.remove();
	for (const el of page.querySelectorAll<HTMLElement>('[data-needs-module]')) el.hidden = false;
	const shown = page.querySelector<HTMLElement>('[data-progress]')!;
	const status = page.querySelector<HTMLElement>('[role="status"]')!;
	const problem = page.querySelector<HTMLElement>('[data-problem]')!;
	const input = page.querySelector<HTMLInputElement>('#import-file')!;
	let progress: Progress = emptyProgress();

	const render = () => renderProgress(shown, progress, new Date());
	/** An action's outcome, replacing the last one (a success removes an old import error). */
	function say(text: string) {
		importError('');
		status.textContent = text;
	}
	function showProblem(text: string) {
		problem.textContent = text;
		problem.hidden = !text;
	}
	/** An import's failure, as an alert in place of the last outcome; `''` removes it. */
	function importError(text: string) {
		page.querySelector('[data-import-error]')?.remove();
		if (!text) return;
		status.textContent = '';
		const alert = document.createElement('p');
		alert.className = 'error-box';
		alert.setAttribute('role', 'alert');
		alert.dataset.importError = '';
		alert.textContent = text;
		input.closest('section')!.append(alert);
	}

	async function refresh() {
		const loaded = await loadProgress();
		progress = loaded.progress;
		showProblem(
			loaded.damaged
				? m.progress_damaged()
				: loaded.skipped > 0
					? count(loaded.skipped, m.progress_skipped_one, m.progress_skipped_other)
					: ''
		);
		render();
		shown.hidden = false;
	}

	page.querySelector('[data-clear]')!.addEventListener('click', () => {
		if (!confirm(m.progress_clear_confirm())) return;
		clearProgress();
		progress = emptyProgress();
		render();
		showProblem('');
		say(m.progress_cleared());
	});

	page.querySelector('[data-download]')!.addEventListener('click', async () => {
		const { progressFile, progressFileName } = await import('../transfer');
		const url = URL.createObjectURL(
			new Blob([progressFile(readStored().entries)], { type: 'application/json' })
		);
		const link = document.createElement('a');
		link.href = url;
		link.download = progressFileName();
		link.click();
		// The download has its own copy once started; the URL is only released later to be safe.
		setTimeout(() => URL.revokeObjectURL(url), 60_000);
		say(m.progress_downloading());
	});

	input.addEventListener('change', async () => {
		const file = input.files?.[0];
		if (!file) return;
		say('');
		// Emptied now, so that choosing the same file again is a change (after any outcome).
		input.value = '';
		if (file.size > 5_000_000) return importError(m.progress_file_too_large());
		const { importProgress } = await import('../transfer');
		const result = importProgress(await file.text(), readStored().entries);
		if (!result.ok) return importError(result.message);
		if (!writeLog(result.log)) return importError(m.progress_storage_refused());
		await refresh();
		const imported = count(result.added, m.progress_imported_one, m.progress_imported_other);
		const already =
			result.already > 0
				? ` ${count(result.already, m.progress_already_one, m.progress_already_other)}`
				: '';
		say(`${imported} ${m.progress_imported_from({ file: file.name })}${already}.`);
	});

	refresh();
	// Keeps "in 10 minutes" (and what is due) true while the page stays open.
	setInterval(render, 30_000);
}
