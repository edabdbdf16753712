// When a staff session still counts: before its maximum age (SESSION_TTL_DAYS) and while it
// is in use (SESSION_IDLE_MINUTES since the last request). Its last-seen time is written at
// most once a minute, so an active session costs a write a minute, not one per request.
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export type SessionTimes = { expiresAt: Date; lastSeenAt: Date };

export type SessionStanding =
  | { valid: false; reason: "expired" | "idle" }
  | { valid: true; touch: boolean };

export function sessionStanding(
  session: SessionTimes,
  now: Date,
  idleMinutes: number,
): SessionStanding {
  if (session.expiresAt.getTime() <= now.getTime())
    return { valid: false, reason: "expired" };
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  if (idleMs > idleMinutes * 60_000) return { valid: false, reason: "idle" };
  return { valid: true, touch: idleMs >= LAST_SEEN_RESOLUTION_MS };
}
