/** Starts the built app (`node build`) as a separate process, ready when it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface App {
	child: ChildProcess;
	base: string;
	stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** `nodeArgs`: extra node flags, e.g. ['--cpu-prof'] to profile the server. */
export function startApp(
	port: number,
	env: Record<string, string>,
	nodeArgs: string[] = []
): Promise<App> {
	const base = `http://localhost:${port}`;
	const child = spawn(process.execPath, [...nodeArgs, resolve('build/index.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	return new Promise((resolvePromise, reject) => {
		let output = '';
		const onData = (d: Buffer) => {
			output += d;
			if (output.includes('Listening on')) {
				resolvePromise({
					child,
					base,
					stop: async (signal = 'SIGTERM') => {
						if (child.exitCode === null && child.signalCode === null) child.kill(signal);
						await exited;
					}
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
