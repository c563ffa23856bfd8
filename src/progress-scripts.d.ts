/** URLs of the home and progress pages' browser modules (scripts/vite/progress-scripts.ts). */
declare module 'virtual:sourced/progress-scripts' {
	const scripts: { home: string; progress: string };
	export default scripts;
}
