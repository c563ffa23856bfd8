/** Every URL from before topics answers 308 to the same page of the first topic, query and all. */
import { describe, expect, it } from 'vitest';
import { legacyLocation, legacyRedirect } from '../../src/lib/server/http/legacy-urls';

const at = (path: string) => legacyLocation(new URL(path, 'http://x'));
const T = '/topics/us-venezuela-2019-2025';

describe('old URLs', () => {
	it('move to the same page of the first topic, keeping the query', () => {
		expect(at('/explainers/recognition-dispute')).toBe(`${T}/explainers/recognition-dispute`);
		expect(at('/explainers/a/b?present')).toBe(`${T}/explainers/a/b?present`);
		expect(at('/quiz')).toBe(`${T}/quiz`);
		expect(at('/quiz?/start')).toBe(`${T}/quiz?/start`);
		expect(at('/quiz/play?t=abc')).toBe(`${T}/quiz/play?t=abc`);
		expect(at('/quiz/result?t=abc&/retry')).toBe(`${T}/quiz/result?t=abc&/retry`);
		expect(at('/timeline?topic=detainees')).toBe(`${T}/timeline?topic=detainees`);
		expect(at('/who?q=carstens')).toBe(`${T}/who?q=carstens`);
		expect(at('/sources')).toBe(`${T}/sources`);
		expect(at('/sources/x?fact=f&from=%2Fquiz')).toBe(`${T}/sources/x?fact=f&from=%2Fquiz`);
	});

	it('leave every other URL alone', () => {
		for (const path of [
			'/',
			'/teach',
			'/join',
			'/progress',
			'/play/1',
			'/host/1',
			'/quizzes',
			'/whodunit',
			T
		])
			expect(at(path), path).toBeNull();
	});

	it('answer 308, which keeps a POST a POST', () => {
		const response = legacyRedirect(new URL('http://x/quiz?/start'))!;
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe(`${T}/quiz?/start`);
	});
});
