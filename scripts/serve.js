// Serves the built app (build/) with defaults that work on a fresh machine.
// adapter-node checks form posts against ORIGIN; without it, posts from http://localhost get 403.
const port = process.env.PORT ?? '3000';
process.env.PORT = port;
process.env.HOST ??= '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${port}`;

await import('../build/index.js');
console.log(`Sourced is running at ${process.env.ORIGIN}`);
