// When a failed background job is tried again: exponential backoff with jitter, so a receiver
// that is down is not hammered, and jobs that failed together do not retry together.

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * The wait before the next try after `attempts` failed tries (1 → about 30 s, 2 → about
 * 1 min, … capped at 6 h). "Equal jitter": half the exponential delay is fixed, the other
 * half random, so a retry never comes sooner than half the planned delay.
 */
export function retryDelayMs(
  attempts: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(
    MAX_DELAY_MS,
    BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1),
  );
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/** What happens to a job whose delivery just failed on its `attempts`-th try. */
export function afterFailure(
  job: { attempts: number; maxAttempts: number },
  now: Date,
  random: () => number = Math.random,
): { status: "FAILED" } | { status: "PENDING"; runAt: Date } {
  if (job.attempts >= job.maxAttempts) return { status: "FAILED" };
  return {
    status: "PENDING",
    runAt: new Date(now.getTime() + retryDelayMs(job.attempts, random)),
  };
}
