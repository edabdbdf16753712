// One dimension of the comparison: its plot, then the same numbers as a table (the
// accessible alternative to the plot, and the place to read exact values).
import { Circle, Line } from "@visx/shape";
import type { DimensionComparison } from "#app/domain/comparison";
import { FlagBadge, NotLinkedBadge } from "./badges";
import { DotIntervalPlot } from "./dot-interval-plot";
import { agreement, interval, score } from "./format";
import { PLOT_COLORS, type ScaleLevel } from "./plot-theme";
import { ScrollRegion } from "./scroll-region";

export function PlotLegend() {
  return (
    <div className="grid gap-2">
      <PlotKey />
      <p className="max-w-4xl text-sm text-slate-600">
        Flags mark where the panel disagrees, after each panelist's offset is
        removed. <span className="font-medium text-red-800">Red</span>: the
        adjusted ratings span 1.5 levels or more, or two panelists are 2 or more
        levels apart on one criterion.{" "}
        <span className="font-medium text-amber-900">Amber</span>: they span a
        level or more, or within-group agreement (r_wg) is below 0.70.
      </p>
    </div>
  );
}

function PlotKey() {
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-700">
      <li className="flex items-center gap-2">
        <svg width="18" height="18" aria-hidden="true">
          <Circle cx={9} cy={9} r={6} fill={PLOT_COLORS.calibrated} />
        </svg>
        Calibrated score
      </li>
      <li className="flex items-center gap-2">
        <svg width="18" height="18" aria-hidden="true">
          <Circle
            cx={9}
            cy={9}
            r={6}
            fill="white"
            stroke={PLOT_COLORS.raw}
            strokeWidth={2}
          />
        </svg>
        Raw mean, before calibration
      </li>
      <li className="flex items-center gap-2">
        <svg width="34" height="18" aria-hidden="true">
          <Line
            from={{ x: 3, y: 9 }}
            to={{ x: 31, y: 9 }}
            stroke={PLOT_COLORS.interval}
            strokeWidth={4}
            strokeLinecap="round"
          />
        </svg>
        95% interval (cut off at 1 and 4)
      </li>
      <li className="flex items-center gap-2">
        <svg width="14" height="24" aria-hidden="true">
          <Line
            from={{ x: 2, y: 2 }}
            to={{ x: 10, y: 2 }}
            stroke={PLOT_COLORS.bracket}
            strokeWidth={1.5}
          />
          <Line
            from={{ x: 10, y: 2 }}
            to={{ x: 10, y: 22 }}
            stroke={PLOT_COLORS.bracket}
            strokeWidth={1.5}
          />
          <Line
            from={{ x: 2, y: 22 }}
            to={{ x: 10, y: 22 }}
            stroke={PLOT_COLORS.bracket}
            strokeWidth={1.5}
          />
        </svg>
        Too close to call: less than 80% sure of the order
      </li>
    </ul>
  );
}

export function DimensionSection({
  dimension,
  scale,
}: {
  dimension: DimensionComparison;
  scale: ScaleLevel[];
}) {
  const headingId = `dimension-${dimension.key}`;
  const next = new Map(
    dimension.adjacent.map((pair) => [pair.higher, pair.probability]),
  );
  const names = new Map(dimension.scores.map((s) => [s.candidateId, s.name]));
  return (
    <section
      aria-labelledby={headingId}
      id={dimension.key}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold">
          {dimension.title}
        </h2>
        <p className="text-sm text-slate-600">
          Panel agreement:{" "}
          {agreement(
            dimension.alpha,
            dimension.alphaStatus,
            dimension.scores.length,
          )}
        </p>
      </div>
      {dimension.scores.length === 0 ? (
        <p className="mt-3 text-slate-700">
          No submitted scores in this dimension yet.
        </p>
      ) : (
        <>
          <ScrollRegion label={`${dimension.title} plot`} className="mt-3">
            <DotIntervalPlot
              id={`plot-${dimension.key}`}
              dimension={dimension}
              scale={scale}
            />
          </ScrollRegion>
          {dimension.tooCloseToCall.length ? (
            <p className="mt-2 text-sm text-slate-700">
              <span className="font-medium">Too close to call:</span>{" "}
              {dimension.tooCloseToCall
                .map((run) => run.map((id) => names.get(id) ?? id).join(", "))
                .join("; ")}
              . The data cannot tell their order apart; decide between them on
              the evidence, not on the dots.
            </p>
          ) : null}
          <ScrollRegion label={`${dimension.title} table`} className="mt-4">
            <table className="w-full text-left text-sm">
              <caption className="mb-2 text-left text-sm font-medium text-slate-700">
                {dimension.title} in numbers, calibrated order
              </caption>
              <thead className="border-b border-slate-300 text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Candidate
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Calibrated
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    SE
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    95% interval
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Raw mean
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Raters
                  </th>
                  <th
                    scope="col"
                    className="px-3 py-2 text-right font-medium"
                    title="Probability that this candidate is truly ahead of the next one down"
                  >
                    Ahead of next
                  </th>
                  <th scope="col" className="py-2 pl-3 font-medium">
                    Flag
                  </th>
                </tr>
              </thead>
              <tbody className="tabular-nums">
                {dimension.scores.map((entry) => {
                  const p = next.get(entry.candidateId);
                  return (
                    <tr
                      key={entry.candidateId}
                      className="border-b border-slate-100 align-top"
                    >
                      <th scope="row" className="py-2 pr-3 text-left">
                        <span className="font-semibold">{entry.name}</span>{" "}
                        <span className="font-mono text-xs font-normal text-slate-600">
                          {entry.code}
                        </span>
                        {entry.linked ? null : (
                          <>
                            {" "}
                            <NotLinkedBadge />
                          </>
                        )}
                      </th>
                      <td className="px-3 py-2 text-right font-semibold">
                        {score(entry.calibrated)}
                      </td>
                      <td className="px-3 py-2 text-right">
                        {score(entry.se)}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap">
                        {interval(entry.low, entry.high)}
                      </td>
                      <td className="px-3 py-2 text-right">
                        {score(entry.raw)}
                      </td>
                      <td className="px-3 py-2 text-right">
                        {entry.raters}
                        {entry.singleRater ? (
                          <span className="sr-only"> (single rater)</span>
                        ) : null}
                      </td>
                      <td className="px-3 py-2 text-right">
                        {p === undefined || p === null
                          ? "–"
                          : `${Math.round(p * 100)}%`}
                      </td>
                      <td className="py-2 pl-3">
                        <FlagBadge flag={entry.flag} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
