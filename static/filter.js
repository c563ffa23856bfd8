// Filters that apply as you type or choose (who's who, timeline), over forms that work without
// JavaScript: a plain GET form marked data-live-filter, whose page the server renders filtered.
// This fetches that same page for the form's new values and swaps in its results and its
// status line (a live region, updated in place so screen readers announce the new count); the
// address follows, so a filtered view can be shared. If the fetch fails the form still submits.
(() => {
	const form = document.querySelector('form[data-live-filter]');
	const status = document.querySelector('[data-filter-status]');
	const results = document.querySelector('[data-filter-results]');
	if (!form || !status || !results) return;
	let pending = null;
	let timer = 0;

	function target() {
		const url = new URL(form.action || location.href);
		url.search = '';
		url.hash = '';
		for (const [name, value] of new FormData(form)) {
			const v = String(value).trim();
			if (v) url.searchParams.set(name, v);
		}
		return url;
	}

	async function apply() {
		const url = target();
		pending?.abort();
		const controller = (pending = new AbortController());
		try {
			const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/html' } });
			if (!res.ok) return;
			const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
			const newStatus = doc.querySelector('[data-filter-status]');
			const newResults = doc.querySelector('[data-filter-results]');
			if (controller !== pending || !newStatus || !newResults) return;
			results.replaceChildren(...newResults.childNodes);
			status.replaceChildren(...newStatus.childNodes);
			history.replaceState(history.state, '', url);
			// The language switch returns to this page: to the filtered view now.
			for (const next of document.querySelectorAll('form[action="/language"] [name=next]'))
				next.value = url.pathname + url.search;
			results.dispatchEvent(new Event('sourced:content', { bubbles: true })); // dates: reader.js
		} catch {
			/* aborted by a newer value, or offline: the form's button still works */
		}
	}

	form.addEventListener('input', (e) => {
		if (!(e.target instanceof HTMLInputElement)) return;
		clearTimeout(timer);
		timer = setTimeout(apply, 150); // one request per pause in typing, not per key
	});
	form.addEventListener('change', (e) => {
		if (e.target instanceof HTMLSelectElement) apply();
	});
})();
