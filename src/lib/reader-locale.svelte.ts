/**
 * The locale pages format dates in. It starts as the page's language, so server rendering and
 * hydration agree; the root layout switches it to the reader's variant once the page runs.
 */
import { PAGE_LOCALE } from './dates';

export const dateLocale = $state({ current: PAGE_LOCALE });
