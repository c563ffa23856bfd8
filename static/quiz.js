// Progressive enhancement for the quiz play page, which ships no framework JavaScript. Without
// this script the form posts and the server renders the same verdict. With it:
// - "Check answer" sends the form in the background and stays disabled until the verdict is
//   back, so a double click sends one answer;
// - the verdict is written into the live region (role=status) that was on the page, empty, from
//   the start, and gets the focus, with "Next question" right after it;
// - the answer is logged once in this browser's progress log (the format of
//   src/lib/progress/log.ts): an answer already logged for this attempt is not logged again.
(() => {
	const KEY = 'sourced:log:v1';
	const root = document.querySelector('[data-quiz]');
	if (!root) return;

	function logAnswer(json) {
		if (!json) return;
		try {
			const entry = JSON.parse(json);
			const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
			if (!Array.isArray(list)) return; // damaged: left alone for the progress page to report
			if (list.some((e) => e && e.k === 'a' && e.att === entry.att && e.id === entry.id)) return;
			list.push({ k: 'a', ...entry, at: Date.now() });
			localStorage.setItem(KEY, JSON.stringify(list.slice(-5000)));
		} catch {
			/* storage full or blocked: progress is best-effort */
		}
	}

	/** Takes the server's page for the answer, keeping this page's live region in place. */
	function show(fresh) {
		const status = root.querySelector('[role=status]');
		const freshStatus = fresh.querySelector('[role=status]');
		root.querySelector('[data-quiz-meta]').replaceWith(fresh.querySelector('[data-quiz-meta]'));
		const parts = [];
		for (let n = freshStatus.nextSibling; n; n = n.nextSibling) parts.push(n);
		while (status.nextSibling) status.nextSibling.remove();
		status.after(...parts);
		const answered = fresh.dataset.answered;
		if (!answered) {
			// Not graded (no option chosen, an old link): the form is back with its message.
			root.querySelector('input[name=choice]')?.focus();
			return;
		}
		root.dataset.answered = answered;
		status.dataset.correct = freshStatus.dataset.correct;
		status.replaceChildren(...freshStatus.childNodes);
		status.focus();
		logAnswer(answered);
	}

	logAnswer(root.dataset.answered);

	let busy = false;
	root.addEventListener('submit', async (event) => {
		const form = event.target;
		if (!(form instanceof HTMLFormElement)) return;
		event.preventDefault();
		if (busy) return;
		busy = true;
		const button = form.querySelector('button[type=submit]');
		if (button) button.disabled = true;
		try {
			const body = new FormData(form);
			const res = await fetch(form.action, {
				method: 'POST',
				body,
				headers: { accept: 'text/html' }
			});
			const fresh = new DOMParser()
				.parseFromString(await res.text(), 'text/html')
				.querySelector('[data-quiz]');
			if (!fresh?.querySelector('[role=status]') || !fresh.querySelector('[data-quiz-meta]'))
				throw new Error('not a quiz page');
			show(fresh);
		} catch {
			// Let the browser post it and show the server's page (a repeated answer changes nothing).
			form.submit();
		} finally {
			busy = false;
		}
	});
})();
