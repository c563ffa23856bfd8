// The timeline's topic filter applies as soon as a topic is chosen
// (src/routes/topics/[topic]/timeline/+page.svelte), in the page, so it works offline too. The
// server renders every event (data-topics), those off its ?topic= hidden; the count's words come
// from the status line's templates in the page's language, and the status is a live region, so
// the new count is announced.
(() => {
	const select = document.querySelector('select#topic');
	const status = document.querySelector('#timeline-status');
	if (!select || !status) return;
	const events = [...document.querySelectorAll('.timeline > li[data-topics]')];
	const sections = [...document.querySelectorAll('.timeline')].map((ol) => ol.closest('section'));
	const lang = document.documentElement.lang;
	const plural = new Intl.PluralRules(lang);
	const number = new Intl.NumberFormat(lang);

	select.addEventListener('change', () => {
		const tag = select.value;
		let shown = 0;
		for (const e of events) {
			e.hidden = !!tag && !e.dataset.topics.split(' ').includes(tag);
			if (!e.hidden) shown++;
		}
		for (const s of sections) s.hidden = !s.querySelector('li[data-topics]:not([hidden])');
		const one = plural.select(shown) === 'one';
		const { dataset } = status;
		const template = tag
			? one
				? dataset.onOne
				: dataset.onOther
			: one
				? dataset.one
				: dataset.other;
		const label = select.selectedOptions[0]?.dataset.label ?? '';
		status.textContent = template
			.replace('{n}', number.format(shown))
			.replace('{tag}', () => label);
		// The address follows, so the view can be shared, and the language switch returns to it.
		const url = new URL(location.href);
		if (tag) url.searchParams.set('topic', tag);
		else url.searchParams.delete('topic');
		history.replaceState(history.state, '', url);
		for (const next of document.querySelectorAll('form[action="/language"] [name=next]'))
			next.value = url.pathname + url.search;
	});
})();
