// Did the candidate put first things first? Seed 003 judges a review on whether the material
// issues are raised before the small ones (security > performance > style). This compares the
// severity the candidate gave each defect they found, and the order of their summary, with
// the answer key's order. It is context for the panel, never a score of its own.
import {
  DEFECT_SEVERITIES,
  type DefectCategory,
  type DefectSeverity,
} from "./content/constants";
import { isSeverity } from "./review";

/** The answer key's order: lower is more important. */
export function keyRank(defect: {
  category: DefectCategory;
  severity: DefectSeverity;
  decoy?: boolean;
}): number {
  if (defect.decoy || defect.severity === "nit" || defect.category === "style")
    return 3;
  if (defect.category === "security" || defect.category === "correctness")
    return 0;
  if (defect.category === "performance") return 1;
  return 2;
}

// critical 0 … nit 4: lower is more important, like keyRank.
const severityRank = (severity: DefectSeverity) =>
  DEFECT_SEVERITIES.indexOf(severity);

/** Severities a reviewer means as "must fix before merging". */
export const BLOCKING_SEVERITIES: readonly DefectSeverity[] = [
  "critical",
  "high",
];

export type PriorityInput = {
  id: string;
  title: string;
  category: DefectCategory;
  severity: DefectSeverity;
  decoy?: boolean;
  found: boolean;
  /** Severities the candidate chose on the comments credited with finding it. */
  ratedAs: readonly (string | null | undefined)[];
  /** Where the summary raises it, if it does. */
  summaryPosition: number | null;
};

export type RatedFinding = {
  id: string;
  title: string;
  keyRank: number;
  /** The most severe rating the candidate gave it; null when they gave none. */
  rating: DefectSeverity | null;
  blocking: boolean;
};

export type PairTally = { agree: number; equal: number; reversed: number };

export type Prioritisation = {
  findings: RatedFinding[];
  /** Pairs of found defects the key ranks apart and the candidate rated both. */
  ratings: PairTally & { pairs: number };
  /** The found defects in the order the summary raises them; null without any. */
  summaryOrder: (PairTally & { pairs: number; ids: string[] }) | null;
  sentence: string;
};

function tally<T>(
  items: readonly T[],
  key: (item: T) => number,
  candidate: (item: T) => number,
): PairTally & { pairs: number } {
  const result = { agree: 0, equal: 0, reversed: 0, pairs: 0 };
  items.forEach((a, i) => {
    items.slice(i + 1).forEach((b) => {
      const byKey = Math.sign(key(a) - key(b));
      if (byKey === 0) return;
      const byCandidate = Math.sign(candidate(a) - candidate(b));
      result.pairs += 1;
      if (byCandidate === byKey) result.agree += 1;
      else if (byCandidate === 0) result.equal += 1;
      else result.reversed += 1;
    });
  });
  return result;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function describe(p: Omit<Prioritisation, "sentence">): string {
  if (p.findings.length === 0) return "Found none of the seeded defects.";
  const parts: string[] = [];
  const rated = p.findings.filter((f) => f.rating);
  if (rated.length) {
    const mostImportant = [...rated].sort((a, b) => a.keyRank - b.keyRank)[0]!;
    const least = [...rated].sort((a, b) => b.keyRank - a.keyRank)[0]!;
    const ratedWords =
      mostImportant === least
        ? `Rated “${mostImportant.title}” ${mostImportant.rating}`
        : `Rated “${mostImportant.title}” ${mostImportant.rating} and “${least.title}” ${least.rating}`;
    parts.push(
      p.ratings.pairs
        ? `${ratedWords}: agrees with the answer key on ${p.ratings.agree} of ${plural(p.ratings.pairs, "pair")}` +
            (p.ratings.equal ? ` (${p.ratings.equal} rated alike)` : "")
        : ratedWords,
    );
  } else {
    parts.push("Gave no severity to the defects found");
  }
  const blocking = p.findings.filter((f) => f.blocking);
  if (blocking.length) {
    parts.push(`marked ${plural(blocking.length, "finding")} blocking`);
  }
  if (p.summaryOrder && p.summaryOrder.pairs) {
    parts.push(
      `the summary raises them in the key's order for ${p.summaryOrder.agree} of ${plural(p.summaryOrder.pairs, "pair")}`,
    );
  }
  return `${parts.join("; ")}.`;
}

/** The candidate's priorities against the answer key's, for the defects they found. */
export function prioritisation(
  defects: readonly PriorityInput[],
): Prioritisation {
  const found = defects.filter((d) => d.found);
  const findings: RatedFinding[] = found.map((defect) => {
    const ratings = defect.ratedAs.filter(isSeverity);
    const rating = ratings.length
      ? ratings.reduce((a, b) => (severityRank(a) <= severityRank(b) ? a : b))
      : null;
    return {
      id: defect.id,
      title: defect.title,
      keyRank: keyRank(defect),
      rating,
      blocking: rating !== null && BLOCKING_SEVERITIES.includes(rating),
    };
  });
  const rated = findings.filter((f) => f.rating !== null);
  const ratings = tally(
    rated,
    (f) => f.keyRank,
    (f) => severityRank(f.rating!),
  );
  const inSummary = found
    .filter((d) => d.summaryPosition !== null)
    .sort((a, b) => a.summaryPosition! - b.summaryPosition!);
  const summaryOrder = inSummary.length
    ? {
        ids: inSummary.map((d) => d.id),
        ...tally(
          inSummary.map((d, index) => ({ rank: keyRank(d), index })),
          (x) => x.rank,
          (x) => x.index,
        ),
      }
    : null;
  const result = { findings, ratings, summaryOrder };
  return { ...result, sentence: describe(result) };
}
