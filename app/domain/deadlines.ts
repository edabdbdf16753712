// A candidate's deadlines: the due date they are asked to submit by, the later moment their
// link stops working, and when a reminder goes out before the due date.

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The due date of an invitation issued `now` on an opening that allows `days`. */
export function dueDateFor(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

/**
 * When the link stops working: the installation's link lifetime, and never before the due
 * date plus a day, so a candidate can still read their work after the due date while the
 * admin decides whether to extend.
 */
export function linkExpiryFor(
  now: Date,
  dueAt: Date,
  inviteTtlDays: number,
): Date {
  return new Date(
    Math.max(now.getTime() + inviteTtlDays * DAY_MS, dueAt.getTime() + DAY_MS),
  );
}

/**
 * The due date after an extension of `days`: counted from the current due date, or from now
 * when that has passed (a late candidate gets the days they were given).
 */
export function extendedDueDate(dueAt: Date, days: number, now: Date): Date {
  return dueDateFor(dueAt > now ? dueAt : now, days);
}

/**
 * When to remind a candidate who has not submitted: `hoursBefore` the due date. No reminder
 * when that moment has already passed (a short deadline): a reminder right after the
 * invitation would only be noise.
 */
export function reminderTimeFor(
  dueAt: Date,
  hoursBefore: number,
  now: Date,
): Date | null {
  const at = new Date(dueAt.getTime() - hoursBefore * HOUR_MS);
  return at > now ? at : null;
}

/**
 * A due date the way people say it, "Friday 12 December, 18:00", in `timeZone` (the reader's
 * own when left out, in a browser).
 */
export function formatDueDate(
  date: Date,
  options: { timeZone?: string; year?: boolean } = {},
): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: options.timeZone,
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const day = `${parts.weekday} ${parts.day} ${parts.month}${options.year ? ` ${parts.year}` : ""}`;
  return `${day}, ${parts.hour}:${parts.minute}`;
}

/** A due date in an email, whose reader's zone is unknown: "Friday 12 December 2026, 18:00 UTC". */
export function formatDueDateUtc(date: Date): string {
  return `${formatDueDate(date, { timeZone: "UTC", year: true })} UTC`;
}
