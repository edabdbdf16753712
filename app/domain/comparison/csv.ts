// The comparison as CSV for a spreadsheet: one row per candidate × dimension.
import type { Comparison } from "./types";

export const COMPARISON_CSV_COLUMNS = [
  "candidate_code",
  "candidate_name",
  "dimension",
  "calibrated",
  "se",
  "low",
  "high",
  "raw_mean",
  "raters",
  "linked_group",
  "flag",
  "flag_reasons",
  "recommendations",
  "red_flags_raised",
  "defects_found",
  "defects_found_count",
  "defects_possible",
  "prioritisation",
  "decision",
] as const;

/**
 * One CSV field. Quoted when it holds a comma, quote or line break (RFC 4180). Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
 * names and notes come from people, and a cell must never execute.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    return Number.isFinite(value) ? String(roundForExport(value)) : "";
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function roundForExport(value: number): number {
  // Six decimals: the precision the method's worked example is checked to, without float noise.
  return Math.round(value * 1e6) / 1e6;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return values.map(csvField).join(",");
}

/** One row per candidate × dimension, in calibrated order within each dimension. */
export function comparisonCsv(comparison: Comparison): string {
  const candidates = new Map(comparison.candidates.map((c) => [c.id, c]));
  const lines = [csvLine(COMPARISON_CSV_COLUMNS)];
  for (const dimension of comparison.dimensions) {
    for (const score of dimension.scores) {
      const candidate = candidates.get(score.candidateId);
      const found = candidate?.defects?.filter((cell) => cell.found) ?? null;
      const possible =
        candidate?.defects?.filter((cell) => cell.status === "possible") ??
        null;
      lines.push(
        csvLine([
          score.code,
          score.name,
          dimension.key,
          score.calibrated,
          score.se,
          score.low,
          score.high,
          score.raw,
          score.raters,
          score.component + 1,
          score.flag,
          score.flagReasons.join("; "),
          candidate?.recommendations
            .map((r) => `${r.panelist}: ${r.label}`)
            .join("; ") ?? "",
          candidate?.redFlags
            .map((flag) => `${flag.key} x${flag.raisedBy.length}`)
            .join("; ") ?? "",
          found?.map((cell) => cell.defectId).join("; ") ?? "",
          found ? found.length : null,
          possible?.map((cell) => cell.defectId).join("; ") ?? "",
          candidate?.priorities ?? "",
          candidate?.decision?.toLowerCase() ?? "",
        ]),
      );
    }
  }
  // CRLF, as RFC 4180 and spreadsheet imports expect.
  return `${lines.join("\r\n")}\r\n`;
}
