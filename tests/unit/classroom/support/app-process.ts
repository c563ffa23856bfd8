/** Starts the built app (`node build`) as a separate process, ready when it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface App {
	child: ChildProcess;
	base: string;
	stop: (signal?: NodeJS.Signals) => Promise<void>;
	/** Everything the app has printed so far (stdout and stderr). */
	output: () => string;
	/** What the app has printed to stderr so far. */
	stderr: () => string;
}

export interface StartOptions {
	/** The script to run: the built app by default; `scripts/serve.js` is what `npm start` serves. */
	entry?: string;
	/** Working directory (default: this one); `entry` is resolved against it. */
	cwd?: string;
}

/**
 * `nodeArgs`: extra node flags, e.g. ['--cpu-prof'] to profile the server. In `env`, an empty
 * value removes the variable (say, `ORIGIN: ''` for the no-settings start).
 */
export function startApp(
	port: number,
	env: Record<string, string>,
	nodeArgs: string[] = [],
	options: StartOptions = {}
): Promise<App> {
	const base = `http://localhost:${port}`;
	const cwd = options.cwd ?? process.cwd();
	const merged: Record<string, string | undefined> = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: base,
		...env
	};
	for (const [k, v] of Object.entries(merged)) if (v === '') delete merged[k];
	const child = spawn(
		process.execPath,
		[...nodeArgs, resolve(cwd, options.entry ?? 'build/index.js')],
		{
			cwd,
			env: merged,
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	let output = '';
	let stderr = '';
	child.stderr!.on('data', (d: Buffer) => (stderr += d));
	return new Promise((resolvePromise, reject) => {
		const onData = (d: Buffer) => {
			output += d;
			if (output.includes('Listening on')) {
				resolvePromise({
					child,
					base,
					stop: async (signal = 'SIGTERM') => {
						if (child.exitCode === null && child.signalCode === null) child.kill(signal);
						await exited;
					},
					output: () => output,
					stderr: () => stderr
				});
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		// APP_LOG=1 echoes what the app prints (its errors, say) after start-up, prefixed with its port.
		if (process.env.APP_LOG) {
			const echo = (d: Buffer) =>
				output.includes('Listening on') && process.stderr.write(`[app ${port}] ${d}`);
			child.stdout!.on('data', echo);
			child.stderr!.on('data', echo);
		}
		child.once('exit', (code) => reject(new Error(`app on ${port} exited (${code}):\n${output}`)));
	});
}
