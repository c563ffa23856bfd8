/** The teacher's commands. Each is guarded by the position the teacher saw, so repeats are no-ops. */
import type { Classroom } from '../context';
import type { SessionRow } from '../store/schema';
import { changeSession } from '../store/sessions';

export type Command = 'start' | 'reveal' | 'next' | 'end';

/**
 * Runs a command; returns the changed session, or undefined when it was a no-op. The change is
 * cached at once, so a page this instance renders next shows it even before its NOTIFY arrives.
 */
export async function runCommand(
	c: Classroom,
	session: SessionRow,
	command: Command,
	at: number
): Promise<SessionRow | undefined> {
	const changed = await applyCommand(c, session, command, at);
	if (changed) c.sessions.remember(changed);
	if (changed?.auto_reveal && changed.phase === 'open' && changed.question_deadline) {
		c.autoReveal.at(changed.question_deadline);
	}
	return changed;
}

function applyCommand(
	c: Classroom,
	session: SessionRow,
	command: Command,
	at: number
): Promise<SessionRow | undefined> {
	const deadlineIn = session.timer_seconds || null;
	switch (command) {
		case 'start':
			// Self-paced, index 0 marks "started": every question counts as asked from then on.
			return session.mode === 'self'
				? changeSession(
						c.db,
						session.id,
						{ phases: ['lobby'] },
						{ phase: 'running', current_index: 0 }
					)
				: changeSession(
						c.db,
						session.id,
						{ phases: ['lobby'] },
						{ phase: 'open', current_index: 0, deadlineIn }
					);
		case 'reveal':
			return changeSession(
				c.db,
				session.id,
				{ phases: ['open'], atIndex: at },
				{ phase: 'revealed', question_deadline: null }
			);
		case 'next':
			if (at + 1 >= session.question_ids.length) return Promise.resolve(undefined);
			return changeSession(
				c.db,
				session.id,
				{ phases: ['open', 'revealed'], atIndex: at },
				{ phase: 'open', current_index: at + 1, deadlineIn }
			);
		case 'end':
			return changeSession(
				c.db,
				session.id,
				{ phases: ['lobby', 'open', 'revealed', 'running'] },
				{ phase: 'ended', question_deadline: null, ended_at: new Date() }
			);
	}
}

export async function setLeaderboard(c: Classroom, session: SessionRow, show: boolean) {
	const changed = await changeSession(
		c.db,
		session.id,
		{ phases: ['lobby', 'open', 'revealed', 'running', 'ended'] },
		{ leaderboard: show }
	);
	if (changed) c.sessions.remember(changed);
	return changed;
}
