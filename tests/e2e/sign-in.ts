/** Studio sign-in on the browser tests' own server, for tests that read its teacher pages. */
import { expect, type Page } from '@playwright/test';
import { E2E_AUTHOR_SECRET } from '../author-secret';

/** Follows the server's sign-in link with the tests' secret; the session is a cookie after it. */
export async function signIn(page: Page) {
	await page.goto(`/author/sign-in?secret=${encodeURIComponent(E2E_AUTHOR_SECRET)}`);
	await expect(page).toHaveURL(/\/author$/);
}
