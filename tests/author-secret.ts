/**
 * The studio's sign-in secret for the app under test: the browser tests run the app with the
 * studio enabled, so teacher-only pages (answer keys, exports) can be tested behind its gate.
 */
export const E2E_AUTHOR_SECRET =
	process.env.E2E_AUTHOR_SECRET ?? 'e2e-author-secret-for-the-browser-tests-only';
