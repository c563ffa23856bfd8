/**
 * What classroom pages and event streams send to the browser. Browser-safe types only. A student's
 * view never holds an answer key before it is earned: `Reveal` exists only after the teacher
 * revealed (teacher-paced) or the student answered (self-paced), and at the end for answered items.
 */
import type { EvidenceLink, OptionReview, PublicQuestion } from '../quiz/types';

export type Mode = 'teacher' | 'self';

/** The key, the feedback of every option and the quotes, once the student may see them. */
export interface Reveal {
	/** The session's id for the question, as in PublicQuestion. */
	questionId: string;
	stem: string;
	/** Every option with its feedback, in the order this student saw them. */
	options: OptionReview[];
	keyIndex: number;
	explanation: string;
	evidence: EvidenceLink[];
	/** The student's own choice (authored index) and whether it was right; null if unanswered. */
	choice: number | null;
	correct: boolean | null;
	/**
	 * What the student's own progress log records (the app-wide public id, as self-tests use it,
	 * so the question comes back in spaced review). Only ever sent with the key.
	 */
	progress: { topic: string; id: string; bank: string; topics: string[] };
}

/** Every message with a timer carries the server's clock when it was sent (epoch ms). */
export interface ServerClock {
	serverNow: number;
}

/**
 * Nothing here names the student, so the same view (same revision, same option order, same
 * choice) serves every student it fits: a pushed question is serialised once, not 2,000 times.
 */
interface ViewBase {
	sessionId: string;
	title: string;
	mode: Mode;
	/** Session revision: a page keeps the newest view it has seen. */
	rev: number;
	/** Questions in the session (in the ended view: the questions that were asked). */
	total: number;
}

export type StudentView =
	| (ViewBase & { phase: 'lobby' })
	| (ViewBase & {
			phase: 'question';
			index: number;
			question: PublicQuestion;
			/** The option this student already chose (authored index), kept across reloads. */
			answered: number | null;
			/**
			 * When answers close, on the server's clock (epoch ms); null when untimed. A page counts
			 * down `deadlineMs - serverNow` from when the message arrived, on its monotonic clock.
			 */
			deadlineMs: number | null;
			/** The answers reveal by themselves at the deadline. */
			autoReveal: boolean;
	  })
	| (ViewBase & { phase: 'revealed'; index: number; reveal: Reveal })
	| (ViewBase & {
			phase: 'self';
			/** The first question this student has not answered; null when all are done. */
			index: number | null;
			question: PublicQuestion | null;
			answeredCount: number;
	  })
	| (ViewBase & { phase: 'ended'; score: number; answeredCount: number; results: Reveal[] });

export interface HostStudent {
	id: string;
	nickname: string;
}

export interface HostOption {
	index: number;
	text: string;
	correct: boolean;
	label: 'contradicted' | 'not-stated' | null;
	/** The option's feedback line: for a distractor, the misconception it stands for. */
	feedback: string;
}

/** The question on screen, without its key: options in the session's order (letters A, B, …). */
export interface HostQuestion {
	id: string;
	stem: string;
	options: { index: number; text: string }[];
}

/** The key, feedback and quotes of the question on screen: sent only once it is revealed. */
export interface HostAnswerKey {
	/** In the session's order, as HostQuestion.options. */
	options: HostOption[];
	explanation: string;
	evidence: EvidenceLink[];
}

/**
 * One answer as the teacher's dashboard tracks it. Teacher-paced, while the question is open, the
 * dashboard learns only who answered (`choice` and `correct` null): the projector shows nothing
 * that tells right from wrong until the reveal.
 */
export interface HostAnswer {
	studentId: string;
	questionId: string;
	choice: number | null;
	correct: boolean | null;
}

export interface HostView {
	sessionId: string;
	rev: number;
	title: string;
	code: string;
	joinUrl: string;
	qrSvgDataUrl: string;
	mode: Mode;
	phase: 'lobby' | 'open' | 'revealed' | 'running' | 'ended';
	index: number;
	capacity: number;
	timerSeconds: number | null;
	autoReveal: boolean;
	/** When the open question closes, on the server's clock (epoch ms); see ServerClock. */
	deadlineMs: number | null;
	serverNow: number;
	leaderboard: boolean;
	/** Questions in the session, and how many were asked so far. */
	total: number;
	asked: number;
	/** The question on screen (teacher-paced), without its key. */
	question: HostQuestion | null;
	/** Its key, once revealed. */
	answerKey: HostAnswerKey | null;
	students: HostStudent[];
	/** Answers to the question on screen (teacher-paced); empty otherwise. */
	current: HostAnswer[];
	/**
	 * Per student: how many answered, and how many right among the questions whose results are out
	 * (teacher-paced: not the open one), so the leaderboard freezes while a question is open.
	 */
	progress: Record<string, { answered: number; correct: number }>;
	/** Per question id: how many answered. */
	answeredPerQuestion: Record<string, number>;
}

/** Deltas on the teacher's event stream between full views. */
export type HostDelta = { t: 'join'; student: HostStudent } | { t: 'answer'; answer: HostAnswer };
