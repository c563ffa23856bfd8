/**
 * kysely-pglite's dialect, with one fix: its driver hands every Kysely connection the same PGlite
 * session with no lock, so while one request is inside BEGIN…COMMIT another request's statement
 * runs inside that transaction (and is rolled back with it). PGlite has exactly one session, so we
 * lend it to one Kysely connection at a time, first come first served.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';
import { KyselyPGlite } from 'kysely-pglite';

class OneConnectionAtATime implements Driver {
	#tail: Promise<void> = Promise.resolve();
	#releases = new Map<DatabaseConnection, () => void>();

	constructor(private readonly inner: Driver) {}

	init() {
		return this.inner.init();
	}

	async acquireConnection(): Promise<DatabaseConnection> {
		let release!: () => void;
		const previous = this.#tail;
		this.#tail = new Promise<void>((resolve) => (release = resolve));
		await previous;
		const connection = await this.inner.acquireConnection();
		// Kysely's connection objects are fresh per acquire, so they key the release uniquely.
		this.#releases.set(connection, release);
		return connection;
	}

	async releaseConnection(connection: DatabaseConnection): Promise<void> {
		await this.inner.releaseConnection(connection);
		const release = this.#releases.get(connection);
		this.#releases.delete(connection);
		release?.();
	}

	beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
		return this.inner.beginTransaction(connection, settings);
	}

	commitTransaction(connection: DatabaseConnection) {
		return this.inner.commitTransaction(connection);
	}

	rollbackTransaction(connection: DatabaseConnection) {
		return this.inner.rollbackTransaction(connection);
	}

	async destroy() {
		// Closing PGlite under a statement still running makes it write into a folder that may be
		// gone by then; wait until the last lent connection is back.
		await this.#tail;
		return this.inner.destroy();
	}
}

export function pgliteDialect(client: PGlite): Dialect {
	const { dialect } = new KyselyPGlite(client);
	return { ...dialect, createDriver: () => new OneConnectionAtATime(dialect.createDriver()) };
}
