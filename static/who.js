// Who's who narrows as you type (src/routes/topics/[topic]/who/+page.svelte), in the page, so it
// works offline too. The server renders everyone, those not matching its ?q= hidden, each with
// its folded names (data-terms, one a line); the count's words come from the status line's
// templates in the page's language. The status is a live region: the new count is announced.
(() => {
	const input = document.querySelector('#q');
	const status = document.querySelector('#who-status');
	if (!input || !status) return;
	const [text, everyone] = status.children;
	const nobody = document.querySelector('#who-nobody');
	const toc = document.querySelector('nav.toc');
	const sections = [...document.querySelectorAll('dl.who')].map((dl) => dl.closest('section'));
	const entries = [...document.querySelectorAll('[data-terms]')];
	// As src/lib/text.ts fold: accents and case do not count ("guaido" finds Guaidó).
	const plural = new Intl.PluralRules(document.documentElement.lang || 'en');
	const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

	function apply() {
		const q = input.value.trim();
		const wanted = fold(q);
		let shown = 0;
		for (const e of entries) {
			e.hidden = !!wanted && !e.dataset.terms.split('\n').some((t) => t.includes(wanted));
			if (!e.hidden) shown++;
		}
		for (const s of sections) s.hidden = !s.querySelector('[data-terms]:not([hidden])');
		const total = String(entries.length);
		text.textContent = wanted
			? status.dataset.match
					.replace('{shown}', String(shown))
					.replace('{total}', total)
					.replace('{q}', () => q) // a function: no $-patterns in what was typed
			: (plural.select(entries.length) === 'one'
					? status.dataset.totalOne
					: status.dataset.totalOther
				).replace('{n}', total);
		everyone.hidden = !wanted || shown === 0;
		if (nobody) nobody.hidden = !wanted || shown > 0;
		if (toc) toc.hidden = !!wanted;
		// The address follows, so the view can be shared, and the language switch returns to it.
		const url = new URL(location.href);
		if (q) url.searchParams.set('q', q);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
		for (const next of document.querySelectorAll('form[action="/language"] [name=next]'))
			next.value = url.pathname + url.search;
	}

	input.addEventListener('input', apply);
})();
