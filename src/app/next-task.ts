/**
 * Resolves in a later task, so the browser can paint and handle input in between. In a page a
 * message to itself, not a timer: chained timers wait at least 4 ms each, which made a large
 * network's build a quarter slower.
 */
export const nextTask = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = pageChannel();
    if (!channel) {
      setTimeout(resolve, 0);
      return;
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const waiting: (() => void)[] = [];
let channel: MessageChannel | null | undefined;

/** A channel whose messages wake the waiting callers in order (null outside a page). */
function pageChannel(): MessageChannel | null {
  if (channel === undefined) {
    channel =
      typeof window !== 'undefined' && typeof MessageChannel !== 'undefined'
        ? new MessageChannel()
        : null;
    if (channel) channel.port1.onmessage = () => waiting.shift()?.();
  }
  return channel;
}

/**
 * A check to call between small steps of a long job: it yields to the browser (through `pause`)
 * once the steps since the last yield have taken `budgetMs`, so no task runs long.
 */
export function budgeted(pause: () => Promise<void> = nextTask, budgetMs = 12) {
  let started = performance.now();
  return async (): Promise<void> => {
    if (performance.now() - started < budgetMs) return;
    await pause();
    started = performance.now();
  };
}
