import { randomBytes } from 'node:crypto';
import { fail, redirect } from '@sveltejs/kit';
import { getLibrary } from '$lib/server/content';
import { classroom } from '$lib/server/classroom/context';
import {
	CreateFormSchema,
	fields,
	firstMessage,
	MALFORMED
} from '$lib/server/classroom/requests/forms';
import { cookieOptions, ownerHashOf } from '$lib/server/classroom/requests/http';
import { findQuizChoice, quizChoices } from '$lib/server/classroom/views/quiz-source';
import { askedCount } from '$lib/server/classroom/views/session-questions';
import { createSession, sessionsOfOwner } from '$lib/server/classroom/store/sessions';
import {
	hashSecret,
	hostCookieName,
	newSecret,
	TEACHER_DEVICE_COOKIE
} from '$lib/server/classroom/requests/tokens';
import { shuffled } from '$lib/server/quiz/shuffle';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, cookies }) => {
	const library = getLibrary();
	// A topic with no questions yet (just begun in the studio) has nothing to play: it is not
	// offered, nor chosen by default.
	const topics = library.topics.filter((t) => t.catalog.questions.length > 0);
	const asked = library.topicById.get(url.searchParams.get('topic') ?? '');
	const topic = asked && topics.includes(asked) ? asked : topics[0];
	const catalog = topic?.catalog;
	const quizzes = catalog ? quizChoices(catalog) : [];
	const chosen =
		quizzes.find((q) => q.value === url.searchParams.get('quiz')) ?? quizzes[0] ?? null;
	const owner = ownerHashOf(cookies);
	const mine = owner ? await sessionsOfOwner(classroom().db, owner) : [];
	return {
		topics: topics.map((t) => ({ id: t.id, title: t.meta.title, language: t.meta.language })),
		lang: topic?.meta.language,
		topic: topic?.id ?? '',
		quizzes: quizzes.map((q) => ({ value: q.value, title: q.title, count: q.questionIds.length })),
		quiz: chosen?.value ?? '',
		// Previews without keys: /teach is open to anyone, students included.
		questions: (chosen?.questionIds ?? []).flatMap((id, n) => {
			const q = catalog?.questionById.get(id);
			return q ? [{ n, stem: q.stem, options: q.options.map((o) => o.text) }] : [];
		}),
		mode: url.searchParams.get('mode') === 'self' ? 'self' : 'teacher',
		past: mine.map((s) => ({
			id: s.id,
			title: s.title,
			createdAt: s.created_at.toISOString(),
			phase: s.phase,
			students: s.student_count,
			asked: askedCount(s),
			total: s.question_ids.length
		}))
	};
};

/** The questions a teacher asked for: ticked ones (in the quiz's order), else the first or a random N. */
function pickQuestions(ids: string[], pick: 'first' | 'shuffle', count: number, ticked: number[]) {
	if (ticked.length > 0) return [...new Set(ticked)].sort((a, b) => a - b).map((n) => ids[n]);
	const pool = pick === 'shuffle' ? shuffled(ids, randomBytes(12).toString('base64url')) : ids;
	return count ? pool.slice(0, count) : pool;
}

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(400, { message: MALFORMED() });
		}
		const ticked = form.getAll('q').filter((v) => typeof v === 'string');
		const parsed = CreateFormSchema.safeParse({ ...fields(form), q: ticked });
		if (!parsed.success) return fail(400, { message: firstMessage(parsed.error) });
		const topic = getLibrary().topicById.get(parsed.data.topic);
		if (!topic) return fail(400, { message: m.teach_topic_not_listed() });
		const quiz = findQuizChoice(topic.catalog, parsed.data.quiz);
		if (!quiz) return fail(400, { message: m.teach_quiz_not_listed() });
		const { pick, count, q } = parsed.data;
		if (q.some((n) => n >= quiz.questionIds.length)) {
			return fail(400, { message: m.teach_ticked_not_in_quiz() });
		}
		const questionIds = pickQuestions(quiz.questionIds, pick, count, q).filter(
			(id): id is string => id !== undefined
		);
		const c = classroom();
		// This browser's teacher-device secret: made once, then it finds her sessions again.
		let device = cookies.get(TEACHER_DEVICE_COOKIE);
		if (!device || !/^[A-Za-z0-9_-]{43}$/.test(device)) device = newSecret();
		cookies.set(TEACHER_DEVICE_COOKIE, device, cookieOptions(url, 365));
		const timer = parsed.data.timer || null;
		const { session, hostSecret } = await createSession(c.db, {
			title: quiz.title,
			topicId: topic.id,
			sourceKind: quiz.kind,
			sourceId: quiz.id,
			questionIds,
			mode: parsed.data.mode,
			timerSeconds: timer,
			autoReveal: parsed.data.autoreveal === 'on' && timer !== null,
			leaderboard: parsed.data.leaderboard === 'on',
			capacity: c.config.capacity,
			ownerHash: hashSecret(device)
		});
		// The session's own secret lives in an httpOnly cookie (the page carries none); it is what
		// the phone link is rebuilt from. A week is enough: the device cookie keeps access after.
		cookies.set(hostCookieName(session.id), hostSecret, cookieOptions(url, 7));
		redirect(303, `/host/${session.id}`);
	}
};
