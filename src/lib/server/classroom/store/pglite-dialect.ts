/**
 * Kysely's PostgreSQL dialect over PGlite on its thread (pglite-thread.ts). PGlite has exactly one
 * session, so a Kysely connection borrows it for as long as it holds it, first come first served:
 * otherwise, while one request is inside BEGIN…COMMIT, another request's statement would run inside
 * that transaction (and be rolled back with it).
 */
import {
	CompiledQuery,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler,
	type DatabaseConnection,
	type Dialect,
	type Driver,
	type QueryResult
} from 'kysely';

/** What the dialect needs of PGlite: PGliteThread, or a PGlite instance itself. */
export interface PGliteClient {
	query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
	close(): Promise<void>;
}

class Connection implements DatabaseConnection {
	constructor(private readonly client: PGliteClient) {}

	async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
		const { rows } = await this.client.query(query.sql, [...query.parameters]);
		return { rows: rows as R[] };
	}

	// eslint-disable-next-line require-yield
	async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
		throw new Error('PGlite does not stream query results.');
	}
}

class OneConnectionAtATime implements Driver {
	#tail: Promise<void> = Promise.resolve();
	#releases = new Map<DatabaseConnection, () => void>();

	constructor(private readonly client: PGliteClient) {}

	async init() {}

	async acquireConnection(): Promise<DatabaseConnection> {
		let release!: () => void;
		const previous = this.#tail;
		this.#tail = new Promise<void>((resolve) => (release = resolve));
		await previous;
		// A fresh object per loan, so it keys its release uniquely.
		const connection = new Connection(this.client);
		this.#releases.set(connection, release);
		return connection;
	}

	async releaseConnection(connection: DatabaseConnection): Promise<void> {
		const release = this.#releases.get(connection);
		this.#releases.delete(connection);
		release?.();
	}

	async beginTransaction(connection: DatabaseConnection) {
		await connection.executeQuery(CompiledQuery.raw('BEGIN'));
	}

	async commitTransaction(connection: DatabaseConnection) {
		await connection.executeQuery(CompiledQuery.raw('COMMIT'));
	}

	async rollbackTransaction(connection: DatabaseConnection) {
		await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
	}

	async destroy() {
		// Closing PGlite under a statement still running makes it write into a folder that may be
		// gone by then; wait until the last lent connection is back.
		await this.#tail;
		await this.client.close();
	}
}

export function pgliteDialect(client: PGliteClient): Dialect {
	return {
		createAdapter: () => new PostgresAdapter(),
		createDriver: () => new OneConnectionAtATime(client),
		createIntrospector: (db) => new PostgresIntrospector(db),
		createQueryCompiler: () => new PostgresQueryCompiler()
	};
}
