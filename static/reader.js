// Dates in the reader's own variant of the page's language, on every page (src/app.html). The
// server renders each <time data-month> (src/lib/components/LocalDate.svelte) in the interface
// language (en-GB, es); a reader whose browser prefers en-US then reads "March 5, 2022". Pages
// without framework JavaScript get this from here alone; same rules as readerLocale and
// formatDate in src/lib/dates.ts.
(() => {
	const page = document.documentElement.lang || 'en-GB';
	const language = (tag) => tag.toLowerCase().split('-')[0];
	const preferred = navigator.languages ?? [navigator.language];
	const match = preferred.find((tag) => language(tag) === language(page));
	let locale = page;
	try {
		if (match) locale = Intl.getCanonicalLocales(match)[0];
	} catch {
		/* a malformed tag from the browser: keep the page's language */
	}
	if (locale === page) return;
	for (const time of document.querySelectorAll('time[data-month]')) {
		const [y, m, d] = time.dateTime.split('-').map(Number);
		if (!y) continue;
		const options = { timeZone: 'UTC', year: 'numeric' };
		if (m) options.month = time.dataset.month === 'short' ? 'short' : 'long';
		if (d) options.day = 'numeric';
		time.textContent = new Intl.DateTimeFormat(locale, options).format(
			new Date(Date.UTC(y, (m || 1) - 1, d || 1))
		);
	}
})();
