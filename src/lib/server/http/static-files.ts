/**
 * A static file that cannot be read fails its own request, never the server.
 *
 * adapter-node serves build/client with sirv, which lists the files once at start-up and answers
 * each request with `fs.createReadStream(file).pipe(res)` and no 'error' listener. A file deleted
 * or replaced since (a rebuild under the running server, a clean-up) makes that stream emit
 * ENOENT with nobody listening, which Node treats as an uncaught exception: the process exits and
 * every class on it loses its live session. sirv offers no hook for this, so we wrap
 * `fs.createReadStream`: a file stream piped into an HTTP response gets an error listener that logs
 * one line and cuts that response (its status line is already out, so the client sees a failed
 * download). Streams not piped into an HTTP response behave exactly as before.
 */
import fs from 'node:fs';
import { ServerResponse } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';

const GUARDED = Symbol.for('sourced.staticFilesGuarded');

export function guardStaticFiles(): void {
	const target = fs as typeof fs & { [GUARDED]?: true };
	if (target[GUARDED]) return;
	target[GUARDED] = true;
	const original = fs.createReadStream;
	const guarded = function (this: unknown, ...args: Parameters<typeof original>) {
		const stream = original.apply(this, args);
		const pipe = stream.pipe;
		stream.pipe = function <T extends NodeJS.WritableStream>(
			destination: T,
			options?: { end?: boolean }
		) {
			if (destination instanceof ServerResponse) {
				stream.once('error', (error: NodeJS.ErrnoException) => {
					console.warn(
						`[static] could not read ${String(args[0])} (${error.code ?? error.message})`
					);
					destination.destroy();
				});
			}
			return pipe.call(this, destination, options) as T;
		};
		return stream;
	};
	fs.createReadStream = guarded as typeof fs.createReadStream;
	// sirv calls it through `import * as fs from 'node:fs'`: make that namespace see the wrapper.
	syncBuiltinESMExports();
}
