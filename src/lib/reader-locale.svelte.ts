/**
 * The locale pages format dates in. It starts unset, meaning the interface language (htmlLang), so
 * server rendering and hydration agree; the root layout switches it to the reader's variant of
 * that language once the page runs. Never set on the server, where module state is shared by
 * every request.
 */
import { htmlLang } from '$lib/i18n';

export const dateLocale = $state({ current: null as string | null });

/** The locale to format a date in now. */
export function currentDateLocale(): string {
	return dateLocale.current ?? htmlLang();
}
