// A date in the reader's time zone. The server cannot know that zone, so the first render
// (server and hydration alike) shows UTC, and the browser switches to local time after.
import { formatDueDate } from "#app/domain/deadlines";
import { useHydrated } from "./use-hydrated";

type Style = "date" | "time" | "datetime";

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { day: "numeric", month: "short", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit" },
  datetime: {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  },
};

export function formatDate(
  date: Date,
  style: Style,
  timeZone?: string,
): string {
  return new Intl.DateTimeFormat("en-GB", {
    ...OPTIONS[style],
    timeZone,
  }).format(date);
}

export function LocalTime({
  date,
  style = "datetime",
}: {
  date: Date | string;
  style?: Style;
}) {
  const value = typeof date === "string" ? new Date(date) : date;
  const local = useHydrated();
  const text = local
    ? formatDate(value, style)
    : `${formatDate(value, style, "UTC")}${style === "date" ? "" : " UTC"}`;
  return <time dateTime={value.toISOString()}>{text}</time>;
}

/** A due date as people say it: "Friday 12 December, 18:00 your time" (UTC until hydrated). */
export function DueDate({ date }: { date: Date | string }) {
  const value = typeof date === "string" ? new Date(date) : date;
  const local = useHydrated();
  const text = local
    ? `${formatDueDate(value)} your time`
    : `${formatDueDate(value, { timeZone: "UTC" })} UTC`;
  return <time dateTime={value.toISOString()}>{text}</time>;
}
