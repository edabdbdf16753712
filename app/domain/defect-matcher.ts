// Which seeded defects a candidate's review found, and why. A comment finds a defect when
// its wording shows the reviewer understood it; where the comment sits decides how much
// wording that takes. On the defect's lines one signal will do; at a place the manifest
// names as related (the call site, the config, the test) or elsewhere in the same file, more;
// anywhere else, or in the review summary, only strong wording. Location alone never counts:
// a comment on the lines with nothing to show for it is "possible", for a panelist to confirm.
import type { DefectCategory, ReviewSide } from "./content/constants";
import {
  compileGroups,
  findSignals,
  readWording,
  summaryPoints,
  type GroupHit,
  type Wording,
} from "./review-wording";

/** How much wording each place needs: the sum of the weights of the signal groups shown. */
export const WORDING_NEEDED = {
  on: 1,
  related: 1.5,
  elsewhere: 2,
  summary: 1.5,
} as const;
/** A comment this close to the defect's lines (on the after side) is on them. */
export const NEAR_LINES = 3;
/** A selection longer than this (and longer than the defect) is not "on" any one line. */
export const LARGE_SELECTION_LINES = 15;
/** The category the candidate chose, when it is the defect's: a weak extra signal, which
 *  only adds to wording that already shows a whole signal group (never on its own, and
 *  never lifting a passing mention onto the defect's lines). */
export const CATEGORY_WEIGHT = 0.5;
/** A comment that reads as a finding of several defects is credited with the one its wording
 *  shows best (score over what its place needs), and with another only when that one is shown
 *  nearly as well: a comment about paging next to the ownership check is about paging. */
export const SECOND_FINDING_SHARE = 0.8;
/** The id summary findings are credited to, in place of a comment id. */
export const SUMMARY_ID = "summary";

export type Place = keyof typeof WORDING_NEEDED;

export type SignalGroup =
  | readonly string[]
  | { readonly terms: readonly string[]; readonly weight: number };

export type RelatedPlace = {
  file: string;
  startLine?: number;
  endLine?: number;
};

export type MatchableDefect = {
  id: string;
  category?: DefectCategory;
  file: string;
  startLine: number;
  endLine: number;
  signals?: readonly SignalGroup[];
  related?: readonly RelatedPlace[];
};

export type ReviewCommentAnchor = {
  id: string;
  file: string;
  side?: ReviewSide;
  startLine: number;
  endLine: number;
  body: string;
  category?: string | null;
};

export type ReviewForMatching = {
  comments: readonly ReviewCommentAnchor[];
  summary?: string | null;
};

export type FindingStatus = "found" | "possible" | "missed";

export type MatchReason = {
  /** A comment id, or SUMMARY_ID. */
  commentId: string;
  kind: "found" | "possible" | "not credited";
  reason: string;
};

export type DefectMatch = {
  id: string;
  status: FindingStatus;
  found: boolean;
  /** The comments (and SUMMARY_ID) credited with finding it. */
  commentIds: string[];
  /** Comments on its lines that do not show it: for a panelist to confirm or reject. */
  possibleCommentIds: string[];
  reasons: MatchReason[];
  /** Where in the summary the finding is made (a character offset), when it is. */
  summaryPosition: number | null;
};

export type DefectOverride = {
  defectId: string;
  found: boolean;
  reason: string;
  by: string;
};

export type DefectStatus = DefectMatch & {
  // What the review alone decided, kept beside the final status.
  matched: boolean;
  matchedStatus: FindingStatus;
  override?: Omit<DefectOverride, "defectId">;
};

type CompiledDefect = {
  defect: MatchableDefect;
  groups: ReturnType<typeof compileGroups>;
  weights: number[];
};

const PLACE_WORDS: Record<Place, string> = {
  on: "on the defect's lines",
  related: "at a related place",
  elsewhere: "away from the defect",
  summary: "in the summary",
};

function compileDefect(defect: MatchableDefect): CompiledDefect {
  const signals = defect.signals ?? [];
  return {
    defect,
    groups: compileGroups(
      signals.map((group) => ("terms" in group ? group.terms : group)),
    ),
    weights: signals.map((group) => ("terms" in group ? group.weight : 1)),
  };
}

const lineWord = (n: number) => (n === 1 ? "one line" : `${n} lines`);
const numberWords = ["no", "one", "two", "three"] as const;
const distance = (n: number) =>
  n < numberWords.length
    ? `${numberWords[n]} line${n === 1 ? "" : "s"}`
    : `${n} lines`;

function span(comment: ReviewCommentAnchor) {
  // A range selected upwards arrives reversed; it covers the same lines.
  const start = Math.min(comment.startLine, comment.endLine);
  const end = Math.max(comment.startLine, comment.endLine);
  return { start, end };
}

const at = (file: string, start: number, end: number) =>
  start === end ? `${file}:${start}` : `${file}:${start}–${end}`;

/** Where a comment sits relative to a defect, in words a panelist reads. */
export function placeOf(
  defect: MatchableDefect,
  comment: ReviewCommentAnchor,
): { place: Exclude<Place, "summary">; where: string } {
  const { start, end } = span(comment);
  const where = at(comment.file, start, end);
  const side = comment.side ?? "after";
  if (comment.file === defect.file && side === "after") {
    const below = start - defect.endLine;
    const above = defect.startLine - end;
    const gap = Math.max(below, above, 0);
    const length = end - start + 1;
    const large =
      length > LARGE_SELECTION_LINES &&
      length > defect.endLine - defect.startLine + 1 + 2 * NEAR_LINES;
    const relation =
      gap === 0
        ? "on the defect's lines"
        : `${distance(gap)} ${below > 0 ? "below" : "above"} the defect`;
    if (gap <= NEAR_LINES && !large) {
      return { place: "on", where: `on ${where}, ${relation}` };
    }
    if (large && gap === 0) {
      return {
        place: "related",
        where: `on ${where}, a ${lineWord(length)} selection that covers the defect`,
      };
    }
    return { place: "related", where: `on ${where}, ${relation}` };
  }
  const related = defect.related?.find(
    (r) =>
      r.file === comment.file &&
      (r.startLine === undefined ||
        (start <= (r.endLine ?? r.startLine) + NEAR_LINES &&
          end >= r.startLine - NEAR_LINES)),
  );
  if (related)
    return { place: "related", where: `on ${where}, a related place` };
  if (comment.file === defect.file) {
    return { place: "related", where: `on ${where} (the old version)` };
  }
  return { place: "elsewhere", where: `on ${where}` };
}

const quoted = (hits: readonly GroupHit[]) => {
  const quotes = hits.map((hit) => `'${hit.quote}'`);
  if (quotes.length <= 1) return quotes.join("");
  return `${quotes.slice(0, -1).join(", ")} and ${quotes.at(-1)}`;
};

type Reading = {
  score: number;
  hits: GroupHit[];
  cancelledBy: string[];
  category: boolean;
};

function read(
  compiled: CompiledDefect,
  wording: Wording,
  from?: number,
  to?: number,
  category?: string | null,
): Reading {
  const { hits, cancelledBy } = findSignals(wording, compiled.groups, from, to);
  const signalScore = hits.reduce(
    (sum, hit) => sum + (compiled.weights[hit.group] ?? 1),
    0,
  );
  const categoryMatch =
    signalScore >= 1 &&
    category != null &&
    category === compiled.defect.category;
  // With nothing that shows the defect, approving wording anywhere ("LGTM", "auth is fine
  // here") is the reviewer's verdict on these lines: not a possible finding.
  const approving =
    cancelledBy.length || hits.length
      ? cancelledBy
      : wording.clauses
          .filter(
            (c) =>
              c.approving &&
              (from === undefined || c.start >= from) &&
              (to === undefined || c.end <= to),
          )
          .map((c) => c.approving!);
  return {
    score: signalScore + (categoryMatch ? CATEGORY_WEIGHT : 0),
    hits,
    cancelledBy: approving,
    category: categoryMatch,
  };
}

function describe(reading: Reading): string {
  const words = reading.hits.length
    ? `mentions ${quoted(reading.hits)}`
    : "says nothing that shows this defect";
  return reading.category ? `${words}, filed as this defect's category` : words;
}

type Candidate = {
  commentId: string;
  place: Place;
  where: string;
  reading: Reading;
};

function judgeComment(
  compiled: CompiledDefect,
  comment: ReviewCommentAnchor,
  wording: Wording,
): Candidate {
  const { place, where } = placeOf(compiled.defect, comment);
  return {
    commentId: comment.id,
    place,
    where,
    reading: read(compiled, wording, undefined, undefined, comment.category),
  };
}

function judgeSummary(
  compiled: CompiledDefect,
  wording: Wording,
): Candidate | undefined {
  // Sentence by sentence, so signals from two different points are not added together.
  let best: Reading | undefined;
  for (const { start, end } of summaryPoints(wording.text)) {
    const reading = read(compiled, wording, start, end);
    if (!best || reading.score > best.score) best = reading;
  }
  if (!best) return undefined;
  return {
    commentId: SUMMARY_ID,
    place: "summary",
    where: "in the summary",
    reading: best,
  };
}

const passes = (c: Candidate) => c.reading.score >= WORDING_NEEDED[c.place];

/**
 * The matcher: every defect's status with the reasons behind it. Pure; the panel page, the
 * comparison, the CSV and the CLI all call this one function.
 */
export function matchDefects(
  defects: readonly MatchableDefect[],
  review: ReviewForMatching,
): DefectMatch[] {
  const compiled = defects.map(compileDefect);
  const comments = review.comments.map((comment) => ({
    comment,
    wording: readWording(comment.body),
  }));
  const summary = review.summary?.trim() ? readWording(review.summary) : null;

  const judged = compiled.map((c) => ({
    compiled: c,
    candidates: [
      ...comments.map(({ comment, wording }) =>
        judgeComment(c, comment, wording),
      ),
      ...(summary
        ? [judgeSummary(c, summary)].filter((x) => x !== undefined)
        : []),
    ],
  }));
  // Each comment goes to the defect(s) its wording supports best.
  const strength = (c: Candidate) => c.reading.score / WORDING_NEEDED[c.place];
  const best = new Map<string, number>();
  for (const { candidates } of judged) {
    for (const c of candidates.filter(passes)) {
      best.set(c.commentId, Math.max(best.get(c.commentId) ?? 0, strength(c)));
    }
  }
  const bestDefect = new Map<string, string>();
  for (const { compiled: c, candidates } of judged) {
    for (const candidate of candidates.filter(passes)) {
      if (strength(candidate) === best.get(candidate.commentId)) {
        bestDefect.set(candidate.commentId, c.defect.id);
      }
    }
  }
  // A summary makes many points, each read on its own: every defect it shows is credited.
  const credits = (candidate: Candidate) =>
    passes(candidate) &&
    (candidate.place === "summary" ||
      strength(candidate) >=
        SECOND_FINDING_SHARE * (best.get(candidate.commentId) ?? 0));
  // A comment credited to any defect is about that defect: it is not also "possible" for a
  // neighbour whose lines it happens to sit on.
  const credited = new Set(best.keys());

  return judged.map(({ compiled: c, candidates }) => {
    const reasons: MatchReason[] = [];
    const commentIds: string[] = [];
    const possibleCommentIds: string[] = [];
    for (const candidate of candidates) {
      const { reading, place, where } = candidate;
      const needed = WORDING_NEEDED[place];
      if (credits(candidate)) {
        commentIds.push(candidate.commentId);
        reasons.push({
          commentId: candidate.commentId,
          kind: "found",
          reason: `${describe(reading)} ${where}`,
        });
        continue;
      }
      if (passes(candidate)) {
        reasons.push({
          commentId: candidate.commentId,
          kind: "not credited",
          reason: `${describe(reading)} ${where}, but reads more as a finding of ${bestDefect.get(candidate.commentId)}`,
        });
        continue;
      }
      if (reading.cancelledBy.length && (place === "on" || reading.score > 0)) {
        reasons.push({
          commentId: candidate.commentId,
          kind: "not credited",
          reason: `reads as approving ('${reading.cancelledBy[0]}') ${where}`,
        });
        continue;
      }
      const nearEnough =
        place === "on" || (place === "related" && reading.score > 0);
      if (nearEnough && !credited.has(candidate.commentId)) {
        possibleCommentIds.push(candidate.commentId);
        reasons.push({
          commentId: candidate.commentId,
          kind: "possible",
          reason:
            `${describe(reading)} ${where}: ` +
            (c.groups.length === 0
              ? "this exercise gives no wording signals for the defect, so location alone can only suggest it"
              : `${PLACE_WORDS[place]} a finding needs more wording (${reading.score} of ${needed})`),
        });
      }
    }
    const summaryCandidate = candidates.find(
      (candidate) => candidate.place === "summary",
    );
    const summaryPosition =
      summaryCandidate && commentIds.includes(SUMMARY_ID)
        ? Math.min(...summaryCandidate.reading.hits.map((hit) => hit.start))
        : null;
    const status: FindingStatus = commentIds.length
      ? "found"
      : possibleCommentIds.length
        ? "possible"
        : "missed";
    return {
      id: c.defect.id,
      status,
      found: status === "found",
      commentIds,
      possibleCommentIds,
      reasons,
      summaryPosition,
    };
  });
}

// A panelist's override decides the final status; the latest one for a defect wins, so
// overrides are passed oldest first.
export function applyOverrides(
  result: readonly DefectMatch[],
  overrides: readonly DefectOverride[],
): DefectStatus[] {
  const known = new Set(result.map((match) => match.id));
  const unknown = overrides
    .filter((o) => !known.has(o.defectId))
    .map((o) => o.defectId);
  if (unknown.length) {
    throw new RangeError(
      `Overrides name defects this exercise does not have: ${unknown.join(", ")}`,
    );
  }
  return result.map((match) => {
    const base = {
      ...match,
      matched: match.found,
      matchedStatus: match.status,
    };
    const latest = overrides.findLast((o) => o.defectId === match.id);
    if (!latest) return base;
    const { defectId: _defectId, ...override } = latest;
    return {
      ...base,
      found: latest.found,
      status: latest.found ? "found" : "missed",
      override,
    };
  });
}
