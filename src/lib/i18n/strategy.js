/**
 * How the interface language is chosen, first match wins: the reader's choice from the switch in
 * the site header (a cookie), else the browser's languages (Accept-Language on the server,
 * navigator.languages in the browser), else English. One list for the Vite plugin and the
 * `npm run i18n` compile, so both generate the same runtime.
 */
export const I18N_STRATEGY = /** @type {const} */ (['cookie', 'preferredLanguage', 'baseLocale']);
