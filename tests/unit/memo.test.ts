import { describe, expect, it } from 'vitest';
import { memoize, withCaches, type Caches } from '../../src/lib/server/content/memo';

describe('memoize', () => {
	const counted = () => {
		const calls: string[] = [];
		const fn = memoize((s: string) => {
			calls.push(s);
			return { upper: s.toUpperCase() };
		});
		return { fn, calls };
	};

	it('computes afresh outside a cache scope, so a one-off run keeps nothing alive', () => {
		const { fn, calls } = counted();
		expect(fn('stem').upper).toBe('STEM');
		fn('stem');
		expect(calls).toEqual(['stem', 'stem']);
	});

	it('keeps results within a scope, and across runs that reuse its caches', () => {
		const { fn, calls } = counted();
		const caches: Caches = [];
		const first = withCaches(caches, () => fn('stem'));
		const again = withCaches(caches, () => fn('stem'));
		expect(again).toBe(first);
		expect(calls).toEqual(['stem']);
		withCaches([], () => fn('stem'));
		expect(calls).toEqual(['stem', 'stem']);
	});

	it('restores the scope before it after a throw', () => {
		const { fn, calls } = counted();
		expect(() =>
			withCaches([], () => {
				fn('a');
				throw new Error('check failed');
			})
		).toThrow('check failed');
		fn('a');
		fn('a');
		expect(calls).toEqual(['a', 'a', 'a']);
	});
});
