import { browser } from '$app/environment';

/**
 * A textarea's starting text for its `value` on the server (where `defaultValue` is not rendered),
 * undefined in the browser: an undefined `value` leaves the field alone when the page's script
 * starts, so text typed before then is kept (the field's `defaultValue` carries it from there).
 */
export function serverText(text: string): string | undefined {
	return browser ? undefined : text;
}
