/**
 * npm run bench:pages — for each main route of the built app: JavaScript shipped (gzip), first
 * HTML response (raw and gzip) and Lighthouse scores on the mobile profile, run with Debian's
 * Chromium. Builds first unless `-- --no-build`; `-- --no-lighthouse` for sizes only. Pages over
 * the JavaScript budget are marked, and the run exits with status 1. BENCH_PORT picks the port the
 * app is served on (4319 by default), so two checkouts on one machine can measure at once.
 */
import { execSync, spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';

const PORT = Number(process.env.BENCH_PORT ?? 4319);
/** JavaScript a first visit of any page may load, gzip (PRODUCT.md: 40 KB). */
const JS_BUDGET = 40 * 1024;
const BASE = `http://localhost:${PORT}`;
/** The topic whose pages are measured. */
const TOPIC = '/topics/us-venezuela-2019-2025';
const args = new Set(process.argv.slice(2));

async function quizUrl(): Promise<string> {
	const res = await fetch(`${BASE}${TOPIC}/quiz?/start`, {
		method: 'POST',
		headers: {
			origin: BASE,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: 'bank=detainees&length=10',
		redirect: 'manual'
	});
	return res.headers.get('location')!;
}

/**
 * The JS a first visit loads: every module the page preloads (in HTML or a Link header) or
 * imports, and for a module script of its own (`<script type="module" src>`, the home and
 * progress pages' modules, src/lib/progress/browser/) every file it imports, statically or on
 * demand, counted as if all were loaded: the worst case, a learner with a log who also imports a
 * file. (Kit's own chunks are not followed: their import()s are other routes' pages.)
 */
async function jsBytes(html: string, linkHeader: string): Promise<{ files: number; gzip: number }> {
	const urls = new Set<string>();
	const follow = new Set<string>();
	for (const m of linkHeader.matchAll(/<([^>]+\.js)>; rel="modulepreload"/g)) urls.add(m[1]!);
	for (const tag of html.match(/<link[^>]*>/g) ?? []) {
		if (tag.includes('modulepreload')) urls.add(/href="([^"]+)"/.exec(tag)![1]!);
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(m[1]!);
	for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js)"/g)) {
		urls.add(m[2]!);
		if (/type="module"/.test(m[1]!)) follow.add(new URL(m[2]!, BASE).href);
	}
	let gzip = 0;
	const counted = new Set<string>();
	const queue = [...urls].map((u) => new URL(u.replace(/^\.\//, '/'), BASE).href);
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (counted.has(url)) continue;
		counted.add(url);
		const res = await fetch(url);
		if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
		const body = Buffer.from(await res.arrayBuffer());
		gzip += gzipSync(body, { level: 9 }).length;
		if (!follow.has(url)) continue;
		// import … from "./x.js", import "./x.js" and import("./x.js"), in any quotes (the bundler
		// writes `./x.js`)
		for (const m of body
			.toString()
			.matchAll(/\bimport\s*(?:\(\s*|[^"'`()]*?from\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
			const next = new URL(m[1]!, url).href;
			follow.add(next);
			queue.push(next);
		}
	}
	return { files: counted.size, gzip };
}

async function scores(url: string, port: number, headers: Record<string, string>) {
	const result = await lighthouse(url, {
		port,
		extraHeaders: headers,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices']
	});
	const c = result!.lhr.categories;
	if (process.env.LH_DEBUG) {
		for (const ref of c['best-practices']!.auditRefs) {
			const a = result!.lhr.audits[ref.id]!;
			if (a.score !== null && a.score < 1 && ref.weight > 0)
				console.log('  best-practices:', a.id, a.title);
		}
	}
	const pct = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
	return { perf: pct('performance'), a11y: pct('accessibility'), bp: pct('best-practices') };
}

if (!args.has('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(PORT), ORIGIN: BASE },
	stdio: 'ignore'
});
try {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(BASE).then(
				() => true,
				() => false
			)
		)
			break;
		await new Promise((r) => setTimeout(r, 100));
	}
	// The last column: the interface language the page is asked in (the switch's cookie).
	const routes: [string, string, ('es' | undefined)?][] = [
		['home', '/'],
		['quiz list', `${TOPIC}/quiz`],
		['quiz question', await quizUrl()],
		['explainer step', `${TOPIC}/explainers/caracas-visit-2022/who-went`],
		[
			'source + highlight',
			`${TOPIC}/sources/caracas-visit-2022-03?fact=vis-delegation-carstens#quote-1`
		],
		['sources + conflicts', `${TOPIC}/sources`],
		['timeline', `${TOPIC}/timeline`],
		["who's who", `${TOPIC}/who`],
		['progress', '/progress'],
		['home (es)', '/', 'es'],
		['quiz list (es)', `${TOPIC}/quiz`, 'es'],
		['quiz question (es)', await quizUrl(), 'es'],
		['explainer step (es)', `${TOPIC}/explainers/caracas-visit-2022/who-went`, 'es'],
		['progress (es)', '/progress', 'es']
	];
	const chrome = args.has('--no-lighthouse')
		? null
		: await launch({
				chromePath: CHROMIUM_PATH,
				chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
			});
	console.log(`JavaScript budget: ${JS_BUDGET / 1024} KB gzip a page (pages over it are marked !)`);
	console.log('route                 JS gzip  files   HTML    HTML gzip   perf a11y  bp');
	const over: string[] = [];
	for (const [name, path, locale] of routes) {
		const headers: Record<string, string> = locale ? { cookie: `PARAGLIDE_LOCALE=${locale}` } : {};
		const res = await fetch(BASE + path, { headers });
		if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
		const html = await res.text();
		const js = await jsBytes(html, res.headers.get('link') ?? '');
		const s = chrome ? await scores(BASE + path, chrome.port, headers) : null;
		const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
		const mark = js.gzip > JS_BUDGET ? '!' : ' ';
		if (js.gzip > JS_BUDGET) over.push(`${name} (${kb(js.gzip)})`);
		console.log(
			`${name.padEnd(20)}${mark}${kb(js.gzip).padStart(9)} ${String(js.files).padStart(6)} ${kb(Buffer.byteLength(html)).padStart(9)} ${kb(gzipSync(html).length).padStart(10)}   ${s ? `${String(s.perf).padStart(4)} ${String(s.a11y).padStart(4)} ${String(s.bp).padStart(4)}` : '   -    -    -'}`
		);
	}
	await chrome?.kill();
	if (over.length) {
		console.log(`Over the ${JS_BUDGET / 1024} KB JavaScript budget: ${over.join(', ')}`);
		process.exitCode = 1;
	} else console.log(`Every page is within the ${JS_BUDGET / 1024} KB JavaScript budget.`);
} finally {
	server.kill();
}
