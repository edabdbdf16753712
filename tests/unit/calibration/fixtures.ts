// The worked example of shared/CALIBRATION.md (technical depth, dimension means), shared by
// the calibration tests.
import type { Rating } from "#app/domain/calibration/index";

const MATRIX: Record<string, (number | null)[]> = {
  C1: [3.5, 3.0, 3.5, null],
  C2: [null, 2.0, null, 3.5],
  C3: [3.5, null, 3.5, 4.0],
  C4: [1.5, 1.0, 3.5, null],
  C5: [3.0, null, null, 4.0],
};

export const WORKED_EXAMPLE: Rating[] = Object.entries(MATRIX).flatMap(
  ([candidate, row]) =>
    row.flatMap((score, r) =>
      score === null
        ? []
        : [
            {
              candidate,
              panelist: `R${r + 1}`,
              dimension: "technical_depth",
              score,
            },
          ],
    ),
);

/** Fails on any NaN or ±Infinity anywhere in a result (functions are skipped). */
export function findNonFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value))
    return value.flatMap((item, i) => findNonFinite(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      findNonFinite(item, `${path}.${key}`),
    );
  }
  return [];
}
