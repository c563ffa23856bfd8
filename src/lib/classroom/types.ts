/**
 * What classroom pages and event streams send to the browser. Browser-safe types only. A student's
 * view never holds an answer key before it is earned: `Reveal` exists only after the teacher
 * revealed (teacher-paced) or the student answered (self-paced), and at the end for answered items.
 */
import type { EvidenceLink, OptionReview, PublicQuestion } from '../quiz/types';

export type Mode = 'teacher' | 'self';

/** The key, the feedback of every option and the quotes, once the student may see them. */
export interface Reveal {
	/** Public (opaque) question id, as in PublicQuestion. */
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
			/** ISO time after which answers are refused; null when untimed. */
			deadline: string | null;
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

export interface HostQuestion {
	id: string;
	stem: string;
	options: HostOption[];
	explanation: string;
	evidence: EvidenceLink[];
}

/** One answer as the teacher's dashboard tracks it. */
export interface HostAnswer {
	studentId: string;
	questionId: string;
	choice: number;
	correct: boolean;
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
	deadline: string | null;
	leaderboard: boolean;
	questions: HostQuestion[];
	students: HostStudent[];
	/** Answers to the question on screen (teacher-paced); empty otherwise. */
	current: HostAnswer[];
	/** Per student: how many answered, how many right. */
	progress: Record<string, { answered: number; correct: number }>;
	/** Per question id: how many answered. */
	answeredPerQuestion: Record<string, number>;
}

/** Deltas on the teacher's event stream between full views. */
export type HostDelta = { t: 'join'; student: HostStudent } | { t: 'answer'; answer: HostAnswer };
