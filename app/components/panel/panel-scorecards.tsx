// The panel's submitted scorecards side by side, criterion by criterion, shown to a
// panelist only after they have submitted their own (the server sends nothing before).
import type { Score } from "#app/domain/content/constants";
import type { ScorecardContent } from "#app/domain/scorecard";
import { LocalTime } from "../local-time";
import type { RubricView } from "./scorecard-form";

export type PanelScorecard = {
  panelistName: string;
  mine: boolean;
  submittedAt: Date | null;
  content: ScorecardContent;
};

// Two levels apart on a four-level scale is a disagreement worth raising in the debrief.
const SPREAD_TO_DISCUSS = 2;

export function PanelScorecards({
  rubric,
  scorecards,
  awaiting,
}: {
  rubric: RubricView;
  scorecards: PanelScorecard[];
  awaiting: number;
}) {
  const recommendationLabel = (key: string | null) =>
    rubric.recommendations.find((r) => r.key === key)?.label ?? "—";
  const flagTitle = (key: string) =>
    rubric.redFlags.find((flag) => flag.key === key)?.title ?? key;
  const cellClass = "border-t border-slate-200 px-2 py-2 align-top";
  return (
    <div>
      <p className="text-sm text-slate-700">
        {scorecards.length} submitted
        {awaiting > 0
          ? `; waiting for ${awaiting} more ${awaiting === 1 ? "panelist" : "panelists"}.`
          : "; the whole panel has scored."}{" "}
        Rows where scores are {SPREAD_TO_DISCUSS} or more levels apart are
        marked for the debrief.
      </p>
      <table className="mt-2 w-full table-fixed border-collapse rounded-lg bg-white text-left text-sm shadow-sm">
        <caption className="sr-only">
          Submitted scorecards, one column per panelist
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="w-[34%] px-2 py-2">
              Criterion
            </th>
            {scorecards.map((card) => (
              <th key={card.panelistName} scope="col" className="px-2 py-2">
                {card.mine ? "You" : card.panelistName}
                {card.submittedAt ? (
                  <span className="block text-xs font-normal text-slate-600">
                    <LocalTime date={card.submittedAt} style="date" />
                  </span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        {rubric.dimensions.map((dimension) => (
          <tbody key={dimension.key}>
            <tr>
              <th
                scope="colgroup"
                colSpan={scorecards.length + 1}
                className="bg-slate-50 px-2 py-1.5 text-xs font-semibold tracking-wide text-slate-700 uppercase"
              >
                {dimension.title}
              </th>
            </tr>
            {dimension.criteria.map((criterion) => {
              const scores = scorecards
                .map((card) => card.content.criteria[criterion.key]?.score)
                .filter((score): score is Score => Boolean(score));
              const spread = scores.length
                ? Math.max(...scores) - Math.min(...scores)
                : 0;
              return (
                <tr key={criterion.key}>
                  <th scope="row" className={`${cellClass} font-medium`}>
                    {criterion.title}
                    {spread >= SPREAD_TO_DISCUSS ? (
                      <span className="mt-1 block text-xs font-semibold text-amber-800">
                        Spread of {spread}: discuss
                      </span>
                    ) : null}
                  </th>
                  {scorecards.map((card) => {
                    const entry = card.content.criteria[criterion.key];
                    return (
                      <td key={card.panelistName} className={cellClass}>
                        {entry?.score ? (
                          <span className="font-semibold">
                            {entry.score} · {rubric.scale[entry.score].label}
                          </span>
                        ) : (
                          "—"
                        )}
                        {entry?.evidence ? (
                          <span className="mt-1 block text-xs break-words text-slate-700">
                            {entry.evidence}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        ))}
        <tbody>
          <tr>
            <th scope="row" className={`${cellClass} font-medium`}>
              Red flags
            </th>
            {scorecards.map((card) => {
              const flags = Object.entries(card.content.redFlags);
              return (
                <td key={card.panelistName} className={cellClass}>
                  {flags.length === 0 ? (
                    "None"
                  ) : (
                    <ul className="space-y-1">
                      {flags.map(([key, note]) => (
                        <li key={key}>
                          <span className="font-medium">{flagTitle(key)}</span>
                          {note ? (
                            <span className="block text-xs break-words text-slate-700">
                              {note}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
          <tr>
            <th scope="row" className={`${cellClass} font-medium`}>
              Recommendation
            </th>
            {scorecards.map((card) => (
              <td
                key={card.panelistName}
                className={`${cellClass} font-semibold`}
              >
                {recommendationLabel(card.content.recommendation)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={`${cellClass} font-medium`}>
              Summary
            </th>
            {scorecards.map((card) => (
              <td
                key={card.panelistName}
                className={`${cellClass} break-words whitespace-pre-line`}
              >
                {card.content.summary || "—"}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
