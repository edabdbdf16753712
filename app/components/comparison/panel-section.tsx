// How far the panel agrees (Krippendorff's α per dimension) and each panelist's offset with
// its standard error. For the hiring manager and admins only: it explains the calibration,
// it is not a ranking of interviewers.
import type { DimensionComparison } from "#app/domain/comparison";
import { agreement, score, signed } from "./format";
import { ScrollRegion } from "./scroll-region";

export function PanelSection({
  dimensions,
}: {
  dimensions: DimensionComparison[];
}) {
  const panelists = new Map<string, string>();
  for (const dimension of dimensions)
    for (const p of dimension.panelists)
      panelists.set(p.panelistId, p.panelist);
  const rows = [...panelists].sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <div className="grid gap-6">
      <ul className="grid gap-1 text-sm">
        {dimensions.map((dimension) => (
          <li key={dimension.key}>
            <span className="font-medium">{dimension.title}:</span>{" "}
            {agreement(
              dimension.alpha,
              dimension.alphaStatus,
              dimension.scores.length,
            )}
          </li>
        ))}
      </ul>
      <p className="-mt-3 text-sm text-slate-600">
        Krippendorff's α on the raw scores: 0.80 and above is reliable, 0.667 to
        0.80 tentative, below that unreliable. With fewer than 10 candidates it
        is shown but not judged.
      </p>
      {rows.length ? (
        <ScrollRegion
          label="Panelist offsets"
          className="rounded-lg border border-slate-200 bg-white shadow-sm"
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Panelist offsets with standard errors, per dimension
            </caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" rowSpan={2} className="px-3 py-2 font-medium">
                  Panelist
                </th>
                {dimensions.map((dimension) => (
                  <th
                    key={dimension.key}
                    scope="colgroup"
                    colSpan={3}
                    className="border-l border-slate-200 px-3 pt-2 font-medium"
                  >
                    {dimension.title}
                  </th>
                ))}
              </tr>
              <tr>
                {dimensions.map((dimension) => (
                  <OffsetHeaders key={dimension.key} />
                ))}
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {rows.map(([id, label]) => (
                <tr key={id} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {label}
                  </th>
                  {dimensions.map((dimension) => {
                    const entry = dimension.panelists.find(
                      (p) => p.panelistId === id,
                    );
                    return entry ? (
                      <OffsetCells
                        key={dimension.key}
                        offset={entry.offset}
                        se={entry.se}
                        ratings={entry.ratings}
                      />
                    ) : (
                      <td
                        key={dimension.key}
                        colSpan={3}
                        className="border-l border-slate-200 px-3 py-2 text-slate-600"
                      >
                        No ratings
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      <p className="text-sm text-slate-600">
        An offset is how far a panelist's scores sit above (+, lenient) or below
        (−, harsh) the panel's on the same candidates, shrunk toward 0 when they
        scored few. The calibration subtracts it. It describes a scoring habit,
        not how good an interviewer someone is; with a few candidates each, the
        standard errors are wide.
      </p>
    </div>
  );
}

function OffsetHeaders() {
  return (
    <>
      <th
        scope="col"
        className="border-l border-slate-200 px-3 pb-2 text-right text-xs font-medium"
      >
        Offset
      </th>
      <th scope="col" className="px-3 pb-2 text-right text-xs font-medium">
        SE
      </th>
      <th scope="col" className="px-3 pb-2 text-right text-xs font-medium">
        Candidates
      </th>
    </>
  );
}

function OffsetCells({
  offset,
  se,
  ratings,
}: {
  offset: number;
  se: number | null;
  ratings: number;
}) {
  return (
    <>
      <td className="border-l border-slate-200 px-3 py-2 text-right font-medium">
        {signed(offset)}
        <span className="ml-1 text-xs font-normal text-slate-600">
          {habit(offset, se)}
        </span>
      </td>
      <td className="px-3 py-2 text-right">{score(se)}</td>
      <td className="px-3 py-2 text-right">{ratings}</td>
    </>
  );
}

/** Words only where the offset is larger than its own uncertainty; else it may be noise. */
function habit(offset: number, se: number | null): string {
  if (se === null || Math.abs(offset) < se) return "near the panel";
  return offset > 0 ? "lenient" : "harsh";
}
