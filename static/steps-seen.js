// The topic page's "3 of 8 steps seen" marks (src/lib/components/StepsSeen.svelte), which the
// server renders empty with their words; the steps are counted from the log this browser keeps
// (the format of src/lib/progress/log.ts: distinct steps of one explainer, entries without a topic
// belonging to the first topic, marked data-legacy). Anything malformed is ignored.
(() => {
	const marks = document.querySelectorAll('[data-steps-seen]');
	if (marks.length === 0) return;
	let entries = [];
	try {
		const parsed = JSON.parse(localStorage.getItem('sourced:log:v1') ?? '[]');
		if (Array.isArray(parsed)) entries = parsed;
	} catch {
		return; // storage blocked or damaged: no marks, as with no progress
	}
	for (const mark of marks) {
		const { topic, explainer, legacy, total, some, all } = mark.dataset;
		const steps = new Set();
		for (const e of entries) {
			if (!e || typeof e !== 'object' || e.k !== 's' || e.x !== explainer) continue;
			const own = typeof e.topic === 'string' ? e.topic : legacy === undefined ? null : topic;
			if (own === topic && typeof e.s === 'string') steps.add(e.s);
		}
		if (steps.size === 0) continue;
		mark.textContent = String(steps.size) === total ? all : some.replace('{seen}', steps.size);
	}
})();
