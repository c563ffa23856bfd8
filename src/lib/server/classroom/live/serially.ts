/**
 * Handles messages one at a time, in arrival order, starting after a first task (a snapshot).
 * Event streams use it so an update can never overtake the snapshot it applies to.
 */
export function serially<M>(handle: (m: M) => Promise<void> | void, onError: (e: unknown) => void) {
	let tail: Promise<void> = Promise.resolve();
	const enqueue = (task: () => Promise<void> | void) => {
		tail = tail.then(task).catch(onError);
		return tail;
	};
	return {
		push: (m: M) => {
			enqueue(() => handle(m));
		},
		first: (task: () => Promise<void> | void) => enqueue(task)
	};
}
