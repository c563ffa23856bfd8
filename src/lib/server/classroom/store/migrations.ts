/**
 * Migrations live in code (bundled with the app, no folder to ship) and run at start-up through
 * Kysely's Migrator, which takes a database-wide lock so two instances starting together on one
 * PostgreSQL server apply each migration once. Never edit a shipped migration: add one.
 */
import { Migrator, sql, type Kysely, type Migration } from 'kysely';

const migrations: Record<string, Migration> = {
	'2025-01-01-classroom': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('classroom_session')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('code', 'text', (c) => c.notNull().unique())
				.addColumn('host_token_hash', 'text', (c) => c.notNull())
				.addColumn('title', 'text', (c) => c.notNull())
				.addColumn('source_kind', 'text', (c) =>
					c.notNull().check(sql`source_kind in ('bank', 'explainer')`)
				)
				.addColumn('source_id', 'text', (c) => c.notNull())
				.addColumn('question_ids', sql`text[]`, (c) => c.notNull())
				.addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('teacher', 'self')`))
				.addColumn('phase', 'text', (c) =>
					c.notNull().check(sql`phase in ('lobby', 'open', 'revealed', 'running', 'ended')`)
				)
				.addColumn('current_index', 'integer', (c) => c.notNull().defaultTo(-1))
				.addColumn('rev', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('timer_seconds', 'integer')
				.addColumn('question_deadline', 'timestamptz')
				.addColumn('leaderboard', 'boolean', (c) => c.notNull().defaultTo(false))
				.addColumn('capacity', 'integer', (c) => c.notNull())
				.addColumn('student_count', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
				.addColumn('ended_at', 'timestamptz')
				.execute();

			await db.schema
				.createTable('classroom_student')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('session_id', 'text', (c) =>
					c.notNull().references('classroom_session.id').onDelete('cascade')
				)
				.addColumn('nickname', 'text', (c) => c.notNull())
				.addColumn('nickname_key', 'text', (c) => c.notNull())
				.addColumn('token_hash', 'text', (c) => c.notNull().unique())
				.addColumn('joined_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
				.addUniqueConstraint('classroom_student_nickname_unique', ['session_id', 'nickname_key'])
				.addUniqueConstraint('classroom_student_session_id_unique', ['session_id', 'id'])
				.execute();

			// One answer per student per question: the primary key is what makes answers idempotent.
			await db.schema
				.createTable('classroom_answer')
				.addColumn('session_id', 'text', (c) => c.notNull())
				.addColumn('student_id', 'text', (c) => c.notNull())
				.addColumn('question_id', 'text', (c) => c.notNull())
				.addColumn('choice', 'integer', (c) => c.notNull().check(sql`choice >= 0`))
				.addColumn('correct', 'boolean', (c) => c.notNull())
				.addColumn('answered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
				.addPrimaryKeyConstraint('classroom_answer_pk', ['session_id', 'student_id', 'question_id'])
				// The student must belong to the session the answer is filed under.
				.addForeignKeyConstraint(
					'classroom_answer_student_fk',
					['session_id', 'student_id'],
					'classroom_student',
					['session_id', 'id'],
					(c) => c.onDelete('cascade')
				)
				.execute();

			await db.schema
				.createIndex('classroom_answer_by_question')
				.on('classroom_answer')
				.columns(['session_id', 'question_id'])
				.execute();
		}
	},
	'2025-02-01-classroom-trust': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('classroom_session')
				.addColumn('auto_reveal', 'boolean', (c) => c.notNull().defaultTo(false))
				.execute();
			await db.schema.alterTable('classroom_session').addColumn('owner_hash', 'text').execute();
			await db.schema.alterTable('classroom_session').addColumn('question_key', 'text').execute();
			// Sessions made before this migration: their teacher-secret hash is as secret as a fresh key.
			await sql`update classroom_session set question_key = host_token_hash`.execute(db);
			await sql`alter table classroom_session alter column question_key set not null`.execute(db);
			await db.schema
				.createIndex('classroom_session_by_owner')
				.on('classroom_session')
				.column('owner_hash')
				.execute();
			// The auto-reveal sweep looks only at open questions that reveal by themselves.
			await sql`create index classroom_session_auto_reveal on classroom_session (question_deadline)
				where phase = 'open' and auto_reveal`.execute(db);
		}
	},
	// Join rate limits shared by every instance on one server (shared-rate-limit.ts).
	'2025-02-01-classroom-rate-limits': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('classroom_rate_limit')
				.addColumn('key', 'text', (c) => c.primaryKey())
				.addColumn('tokens', 'float8', (c) => c.notNull())
				.addColumn('at', 'timestamptz', (c) => c.notNull())
				.addColumn('full_at', 'timestamptz', (c) => c.notNull())
				.execute();
		}
	},
	// Content is in topics now; a session asks one topic's questions. Sessions made before it
	// asked the one topic there was (its id as it was then: never change it here).
	'2026-12-01-classroom-topic': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('classroom_session')
				.addColumn('topic_id', 'text', (c) => c.notNull().defaultTo('us-venezuela-2019-2025'))
				.execute();
		}
	}
};

export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new Error(`Database migration ${failed} failed: ${String(error)}`, { cause: error });
	}
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export const migrationNames = Object.keys(migrations);
