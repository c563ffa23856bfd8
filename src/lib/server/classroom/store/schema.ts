/** The classroom tables as Kysely sees them; migrations.ts creates exactly these. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** `lobby` → (`open` ⇄ `revealed`)… for teacher-paced, `lobby` → `running` for self-paced; then `ended`. */
export type Phase = 'lobby' | 'open' | 'revealed' | 'running' | 'ended';
export type Mode = 'teacher' | 'self';
export type SourceKind = 'bank' | 'explainer';

/** Set by the database (`default now()`), never written by the app. */
type CreatedAt = ColumnType<Date, never, never>;

export interface SessionTable {
	id: string;
	/** Join code; stops working when the session ends (lookups only match sessions not ended). */
	code: string;
	/** sha256 of the teacher's secret; the secret itself is only ever in the teacher's cookie. */
	host_token_hash: string;
	title: string;
	/** The topic (content folder) whose questions the session asks; ids resolve within it. */
	topic_id: string;
	source_kind: SourceKind;
	source_id: string;
	question_ids: ColumnType<string[], string[], never>;
	mode: Mode;
	phase: Phase;
	/** Index into question_ids of the question on screen (teacher-paced); -1 before the first. */
	current_index: number;
	/** Bumped by every change of phase or settings, so pages can drop stale updates. */
	rev: number;
	timer_seconds: number | null;
	/** When the open question stops taking answers (the database's clock); null when untimed. */
	question_deadline: Date | null;
	/** Reveal by itself at the deadline (done by whichever instance sweeps first). */
	auto_reveal: boolean;
	leaderboard: boolean;
	capacity: number;
	student_count: Generated<number>;
	created_at: CreatedAt;
	ended_at: Date | null;
	/**
	 * Secret key for this session's question ids and nothing else: ids students see are an HMAC of
	 * the question under it, so they mean nothing outside the session (see session-questions.ts).
	 */
	question_key: string;
	/** sha256 of the creating browser's teacher-device secret: lists her sessions at /teach. */
	owner_hash: string | null;
}

export interface StudentTable {
	id: string;
	session_id: string;
	nickname: string;
	/** Case-folded nickname: unique per session. */
	nickname_key: string;
	/** sha256 of the student's secret (their cookie). */
	token_hash: string;
	joined_at: CreatedAt;
}

export interface AnswerTable {
	session_id: string;
	student_id: string;
	question_id: string;
	/** Index of the chosen option in the authored question. */
	choice: number;
	correct: boolean;
	answered_at: CreatedAt;
}

/** A join rate limit's token bucket (PostgreSQL server only; PGlite keeps them in memory). */
export interface RateLimitTable {
	/** `limit name:client or session`. */
	key: string;
	tokens: number;
	/** When `tokens` was last computed. */
	at: Date;
	/** When the bucket will be full again; later than now means it still carries information. */
	full_at: Date;
}

export interface ClassroomTables {
	classroom_session: SessionTable;
	classroom_student: StudentTable;
	classroom_answer: AnswerTable;
	classroom_rate_limit: RateLimitTable;
}

export type SessionRow = Selectable<SessionTable>;
export type NewSession = Insertable<SessionTable>;
export type StudentRow = Selectable<StudentTable>;
export type AnswerRow = Selectable<AnswerTable>;
