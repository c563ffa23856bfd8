/** The Chromium the browser tests and `bench:pages` launch: the server's own choice (one place). */
import { CHROMIUM_ARGS, chromiumPath } from '../src/lib/server/chromium';

export const CHROMIUM_PATH = chromiumPath();
export { CHROMIUM_ARGS };
