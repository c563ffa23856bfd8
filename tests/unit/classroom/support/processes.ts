/** Starting and killing harness processes for the lock and crash tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HARNESS = fileURLToPath(new URL('./answer-harness.ts', import.meta.url));

export interface Running {
	child: ChildProcess;
	port: number;
	base: string;
}

/** Starts the harness; resolves once it listens, rejects with its stderr if it exits first. */
export function startHarness(env: Record<string, string>): Promise<Running> {
	const child = spawn(process.execPath, ['--import', 'tsx', HARNESS], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	return new Promise((resolve, reject) => {
		let stderr = '';
		child.stderr!.on('data', (d) => (stderr += d));
		child.stdout!.on('data', (d: Buffer) => {
			const m = /READY (\d+)/.exec(d.toString());
			if (m) resolve({ child, port: Number(m[1]), base: `http://127.0.0.1:${m[1]}` });
		});
		child.on('exit', (code) =>
			reject(Object.assign(new Error(`harness exited (${code}): ${stderr}`), { code, stderr }))
		);
	});
}

export function exitOf(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
		else child.once('exit', (code) => resolve(code));
	});
}

export async function kill9(r: Running): Promise<void> {
	r.child.kill('SIGKILL');
	await exitOf(r.child);
}
