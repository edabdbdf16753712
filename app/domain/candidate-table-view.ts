// How the opening's candidate table is searched, filtered and sorted: read from the page's
// URL (so a view can be shared or bookmarked), applied to the rows the page already has.
import { STAGE_LABELS, type CandidateStage } from "./candidate-stage";

export const DECISIONS = ["ADVANCE", "HOLD", "REJECT"] as const;
export type DecisionFilter = (typeof DECISIONS)[number] | "none";

export const DECISION_LABELS: Record<DecisionFilter, string> = {
  ADVANCE: "Advance",
  HOLD: "Hold",
  REJECT: "Reject",
  none: "No decision yet",
};

export const SORTS = {
  added: "Added first",
  name: "Name",
  stage: "Stage, furthest first",
  decision: "Decision",
} as const;
export type TableSort = keyof typeof SORTS;

export type TableView = {
  q: string;
  stage: CandidateStage | null;
  decision: DecisionFilter | null;
  sort: TableSort;
};

/** The parameters the view lives in, so a page can tell a view change from other changes. */
export const VIEW_PARAMS = ["q", "stage", "decision", "sort"] as const;

const STAGE_ORDER: CandidateStage[] = [
  "scored",
  "submitted",
  "in-progress",
  "invited",
  "not-invited",
];

function oneOf<Value extends string>(
  value: string | null,
  allowed: readonly Value[],
): Value | null {
  return allowed.includes(value as Value) ? (value as Value) : null;
}

/** Anything unknown in the URL is ignored rather than refused: a shared link still opens. */
export function readTableView(params: URLSearchParams): TableView {
  return {
    q: (params.get("q") ?? "").trim().slice(0, 200),
    stage: oneOf(
      params.get("stage"),
      Object.keys(STAGE_LABELS) as CandidateStage[],
    ),
    decision: oneOf(params.get("decision"), [...DECISIONS, "none"] as const),
    sort:
      oneOf(params.get("sort"), Object.keys(SORTS) as TableSort[]) ?? "added",
  };
}

type Row = {
  name: string;
  email: string;
  code: string;
  stage: CandidateStage;
  decision: string | null;
};

const fold = (text: string) =>
  text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** The rows the view shows, in its order; rows keep the page's order within a tie. */
export function applyTableView<Candidate extends Row>(
  rows: readonly Candidate[],
  view: TableView,
): Candidate[] {
  const words = fold(view.q).split(/\s+/).filter(Boolean);
  const kept = rows.filter((row) => {
    if (view.stage && row.stage !== view.stage) return false;
    if (
      view.decision === "none"
        ? row.decision
        : view.decision && row.decision !== view.decision
    )
      return false;
    const text = fold(`${row.name} ${row.email} ${row.code}`);
    return words.every((word) => text.includes(word));
  });
  const order: Record<TableSort, (a: Candidate, b: Candidate) => number> = {
    added: () => 0,
    name: (a, b) => a.name.localeCompare(b.name, "en"),
    stage: (a, b) =>
      STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage),
    decision: (a, b) => rank(a.decision) - rank(b.decision),
  };
  return kept
    .map((row, index) => ({ row, index }))
    .sort((a, b) => order[view.sort](a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

function rank(decision: string | null): number {
  const index = DECISIONS.indexOf(decision as (typeof DECISIONS)[number]);
  return index < 0 ? DECISIONS.length : index;
}
