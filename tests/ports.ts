/**
 * Ports the browser tests use. `E2E_PORT` moves them all, so two checkouts can run their suites
 * on one machine at once: the app under test listens on E2E_PORT, and tests that start extra app
 * instances take the ports just above it.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

/** The origin SvelteKit expects on form posts to the app under test. */
export const E2E_ORIGIN = `http://localhost:${E2E_PORT}`;

/** The n-th extra port (1, 2, …) for a test that starts its own app instances. */
export function extraPort(n: number): number {
	return E2E_PORT + 20 + n;
}
