// What the panel said about one candidate, beside the numbers: flags and why, red flags
// raised, recommendations, defects found, and the drill-down from every rating to the
// calibrated score.
import { Link } from "@remix-run/react";
import type {
  ComparedCandidate,
  DefectColumn,
  DimensionComparison,
} from "#app/domain/comparison";
import { RECOMMENDATION_KEYS } from "#app/domain/content/constants";
import { DecisionBadge, FlagBadge, NotLinkedBadge } from "./badges";
import { interval, raters, score, signed } from "./format";
import { ScrollRegion } from "./scroll-region";

export function CandidateCard({
  candidate,
  dimensions,
  defects,
  debriefHref,
  submissionHref,
}: {
  candidate: ComparedCandidate;
  dimensions: DimensionComparison[];
  defects: DefectColumn[];
  debriefHref: string;
  submissionHref: string;
}) {
  const headingId = `candidate-${candidate.id}`;
  const seeded = defects.filter((d) => !d.decoy).map((d) => d.id);
  const found = candidate.defects?.filter(
    (cell) => cell.found && seeded.includes(cell.defectId),
  );
  // Strongest first, the order a hiring manager reads a recommendation scale in.
  const recommendationGroups = new Map<string, string[]>();
  const byStrength = [...candidate.recommendations].sort(
    (a, b) =>
      RECOMMENDATION_KEYS.indexOf(b.key) - RECOMMENDATION_KEYS.indexOf(a.key),
  );
  for (const r of byStrength) {
    recommendationGroups.set(r.label, [
      ...(recommendationGroups.get(r.label) ?? []),
      r.panelist,
    ]);
  }
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="text-lg font-semibold">
            {candidate.name}{" "}
            <span className="font-mono text-sm font-normal text-slate-600">
              {candidate.code}
            </span>
          </h3>
          <p className="text-sm text-slate-600">
            {candidate.submittedScorecards} submitted scorecard
            {candidate.submittedScorecards === 1 ? "" : "s"}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <DecisionBadge decision={candidate.decision} />
          <Link
            to={submissionHref}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
            aria-label={`Submission of ${candidate.name}`}
          >
            Submission
          </Link>
          <Link
            to={debriefHref}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
            aria-label={`Debrief for ${candidate.name}`}
          >
            Debrief
          </Link>
        </div>
      </header>

      <dl className="grid gap-3 text-sm">
        {dimensions.map((dimension) => {
          const entry = dimension.scores.find(
            (s) => s.candidateId === candidate.id,
          );
          return (
            <div key={dimension.key}>
              <dt className="font-medium text-slate-700">{dimension.title}</dt>
              <dd>
                {entry ? (
                  <>
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="tabular-nums">
                        <span className="font-semibold">
                          {score(entry.calibrated)}
                        </span>{" "}
                        <span className="text-slate-600">
                          ({interval(entry.low, entry.high)},{" "}
                          {raters(entry.raters)})
                        </span>
                      </span>
                      <FlagBadge flag={entry.flag} />
                      {entry.linked ? null : <NotLinkedBadge />}
                    </div>
                    {entry.flagReasons.length ? (
                      <ul className="mt-1 list-disc pl-5 text-slate-700">
                        {entry.flagReasons.map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                ) : (
                  <span className="text-slate-600">Not scored</span>
                )}
              </dd>
            </div>
          );
        })}
        <div>
          <dt className="font-medium text-slate-700">Recommendations</dt>
          <dd>
            {recommendationGroups.size ? (
              <ul>
                {[...recommendationGroups].map(([label, panelists]) => (
                  <li key={label}>
                    <span className="font-medium">{label}</span>{" "}
                    <span className="text-slate-600">
                      ×{panelists.length}: {panelists.join(", ")}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-slate-600">None given</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Red flags raised</dt>
          <dd>
            {candidate.redFlags.length ? (
              <ul className="grid gap-1">
                {candidate.redFlags.map((flag) => (
                  <li key={flag.key}>
                    <details>
                      <summary className="cursor-pointer">
                        <span className="font-medium text-red-800">
                          {flag.title}
                        </span>{" "}
                        ×{flag.raisedBy.length}
                      </summary>
                      <ul className="mt-1 ml-4 grid gap-1 text-slate-700">
                        {flag.raisedBy.map((by) => (
                          <li key={by.panelist}>
                            <span className="font-medium">{by.panelist}</span>
                            {by.note ? `: ${by.note}` : ""}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-slate-600">None</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Seeded defects found</dt>
          <dd>
            {found && seeded.length ? (
              <>
                {found.length} of {seeded.length}
                <span className="text-slate-600">
                  {" "}
                  (see{" "}
                  <a href="#defects" className="underline">
                    the matrix
                  </a>
                  )
                </span>
              </>
            ) : (
              <span className="text-slate-600">
                Not comparable (another exercise, or no review)
              </span>
            )}
          </dd>
        </div>
      </dl>

      <details className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
        <summary className="cursor-pointer font-medium">
          How the scores were calibrated
        </summary>
        <div className="mt-3 grid gap-4">
          {dimensions.map((dimension) => (
            <RatingDrillDown
              key={dimension.key}
              candidate={candidate}
              dimension={dimension}
            />
          ))}
          <p className="text-xs text-slate-600">
            Rating = the panelist's mean over the dimension's criteria (listed
            in the rubric's order; the debrief shows them by name). Offset = how
            far that panelist scores above (+) or below (−) the panel. Adjusted
            = rating − offset; the calibrated score is the mean of the adjusted
            ratings.
          </p>
        </div>
      </details>
    </article>
  );
}

function RatingDrillDown({
  candidate,
  dimension,
}: {
  candidate: ComparedCandidate;
  dimension: DimensionComparison;
}) {
  const ratings = dimension.ratings.filter(
    (r) => r.candidateId === candidate.id,
  );
  const entry = dimension.scores.find((s) => s.candidateId === candidate.id);
  if (!entry || ratings.length === 0) return null;
  return (
    <ScrollRegion
      label={`${dimension.title} calibration for ${candidate.name}`}
    >
      <table className="w-full text-left">
        <caption className="mb-1 text-left font-medium">
          {dimension.title}: rating → panelist offset → adjusted rating
        </caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              Panelist
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              Criterion scores
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              Rating
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              Offset
            </th>
            <th scope="col" className="py-1 pl-2 text-right font-medium">
              Adjusted
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {ratings.map((rating) => (
            <tr
              key={rating.panelistId}
              className="border-b border-slate-200 align-top"
            >
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {rating.panelist}
                {rating.unexpected ? (
                  <span className="block text-xs text-amber-900">
                    Unexpected: {(rating.z ?? 0) > 0 ? "higher" : "lower"} than
                    this panelist usually scores
                  </span>
                ) : null}
              </th>
              <td className="px-2 py-1 text-slate-700">
                {rating.criteria.length
                  ? rating.criteria.map((c, i) => (
                      <span key={c.title}>
                        {i > 0 ? " · " : ""}
                        <span className="sr-only">{c.title}: </span>
                        {score(c.score, 0)}
                      </span>
                    ))
                  : "–"}
              </td>
              <td className="px-2 py-1 text-right">{score(rating.raw)}</td>
              <td className="px-2 py-1 text-right">{signed(rating.offset)}</td>
              <td className="py-1 pl-2 text-right font-medium">
                {score(rating.adjusted)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4} className="py-1 pr-2 text-right">
              Calibrated score (mean of adjusted)
            </th>
            <td className="py-1 pl-2 text-right font-semibold tabular-nums">
              {score(entry.calibrated)}
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
