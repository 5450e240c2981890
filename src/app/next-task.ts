/** Resolves in a later task, so the browser can paint and handle input in between. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
