// Progressive enhancement for explainer steps, which ship no framework JavaScript:
// ← and → move between steps, and progress (steps seen, checkpoint answers) is logged in this
// browser in the same format as src/lib/progress/log.ts, which the progress page replays.
(() => {
	const KEY = 'sourced:log:v1';
	const root = document.querySelector('[data-explainer]');
	if (!root) return;
	const { topic, explainer, step, prev, next, answered } = root.dataset;

	function log(entry) {
		try {
			const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
			const log = Array.isArray(list) ? list : [];
			log.push({ ...entry, at: Date.now() });
			localStorage.setItem(KEY, JSON.stringify(log.slice(-5000)));
		} catch {
			/* storage full or blocked: progress is best-effort */
		}
	}

	log({ k: 's', topic, x: explainer, s: step });
	if (answered) log({ k: 'a', ...JSON.parse(answered) });

	document.addEventListener('keydown', (e) => {
		if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
		if (
			e.target instanceof Element &&
			e.target.closest('input, select, textarea, [contenteditable]')
		)
			return;
		if (e.key === 'ArrowRight' && next) location.href = next;
		if (e.key === 'ArrowLeft' && prev) location.href = prev;
	});
})();
