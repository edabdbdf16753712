// How the comparison writes numbers: two decimals on screen (the data cannot support more),
// a real minus sign, and words beside symbols so nothing depends on colour alone.
import type { AlphaStatus } from "#app/domain/calibration/index";

const MINUS = "\u2212";

export function score(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value))
    return "–";
  const text = Math.abs(value).toFixed(digits);
  return value < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}

/** An offset with its sign always shown: +0.46, −0.62. */
export function signed(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value))
    return "–";
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value < 0 ? MINUS : "+"}${text}`;
}

export function interval(low: number | null, high: number | null): string {
  return low === null || high === null
    ? "unknown"
    : `${score(low)} to ${score(high)}`;
}

export function raters(n: number): string {
  return n === 1 ? "1 rater" : `${n} raters`;
}

/** "α = 0.61 · insufficient data (4 candidates; 10 needed)". */
export function agreement(
  alpha: number | null,
  status: AlphaStatus,
  candidates: number,
): string {
  const value = alpha === null ? "α not defined" : `α = ${score(alpha, 2)}`;
  const why =
    status === "insufficient data"
      ? candidates < 10
        ? ` (${candidates} candidate${candidates === 1 ? "" : "s"}; at least 10 needed)`
        : " (too few overlapping ratings)"
      : "";
  return `${value} · ${status}${why}`;
}
