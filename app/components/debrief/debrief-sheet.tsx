// The debrief's reading parts: the agenda, and the panel's scorecards side by side,
// criterion by criterion, with the criteria the panel disagrees on marked as agenda items.
import type {
  AgendaItem,
  DebriefDimension,
  DebriefPanelist,
} from "#app/domain/debrief";
import { score } from "#app/components/comparison/format";
import type { ScaleLevel } from "#app/components/comparison/plot-theme";
import { ScrollRegion } from "#app/components/comparison/scroll-region";

export const criterionAnchor = (key: string) => `criterion-${key}`;

export function AgendaList({ items }: { items: AgendaItem[] }) {
  if (items.length === 0) {
    return (
      <p className="text-slate-700">
        Nothing stands out: the panel agrees within a level on every criterion,
        and no red flags were raised. Confirm the recommendations and decide.
      </p>
    );
  }
  return (
    <ol className="grid list-decimal gap-2 pl-6">
      {items.map((item, index) => (
        <li key={index} className="pl-1">
          <AgendaText item={item} />
        </li>
      ))}
    </ol>
  );
}

function AgendaText({ item }: { item: AgendaItem }) {
  switch (item.kind) {
    case "criterion":
      return (
        <>
          <a
            href={`#${criterionAnchor(item.criterionKey)}`}
            className="font-medium underline"
          >
            {item.title}
          </a>{" "}
          <span className="text-slate-600">({item.dimension})</span>:{" "}
          {item.spread} levels apart. {item.low.panelists.join(" and ")} gave{" "}
          {item.low.score}; {item.high.panelists.join(" and ")} gave{" "}
          {item.high.score}. Compare the evidence each quoted.
        </>
      );
    case "red-flag":
      return (
        <>
          Red flag <span className="font-medium">{item.title}</span>, raised by{" "}
          {item.raisedBy.join(" and ")}. Is the evidence enough, and does it
          matter for this team?
        </>
      );
    case "disagreement":
      return (
        <>
          <span className="font-medium">{item.dimension}</span>: after removing
          each panelist's offset, the ratings still span{" "}
          {score(item.adjustedRange)} levels
          {item.rwg !== null && item.rwg < 0.7
            ? ` (within-group agreement ${score(item.rwg)})`
            : ""}{" "}
          ({item.flag} flag). The panel saw different things: find out what.
        </>
      );
    case "unexpected":
      return (
        <>
          <span className="font-medium">{item.panelist}</span> rated{" "}
          {item.dimension} {score(item.raw)}, {item.direction} than the rest of
          the panel and their own habit predict. Worth hearing why.
        </>
      );
  }
}

export function DimensionSheet({
  dimension,
  panelists,
  scale,
}: {
  dimension: DebriefDimension;
  panelists: DebriefPanelist[];
  scale: ScaleLevel[];
}) {
  const labels = new Map(scale.map((level) => [level.score, level.label]));
  const headingId = `sheet-${dimension.key}`;
  return (
    <section aria-labelledby={headingId} className="break-inside-avoid-page">
      <h2 id={headingId} className="text-xl font-semibold">
        {dimension.title}
      </h2>
      <ScrollRegion
        label={`${dimension.title} scorecards`}
        className="mt-2 rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:shadow-none"
      >
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">
            {dimension.title}: each panelist's score and evidence per criterion.
            Rows marked "on the agenda" are 2 or more levels apart.
          </caption>
          <colgroup>
            <col className="w-56 print:w-40" />
            {panelists.map((p) => (
              <col key={p.id} />
            ))}
          </colgroup>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Criterion
              </th>
              {panelists.map((p) => (
                <th key={p.id} scope="col" className="px-3 py-2 font-medium">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimension.rows.map((row) => (
              <tr
                key={row.criterionKey}
                id={criterionAnchor(row.criterionKey)}
                className={`scroll-mt-4 break-inside-avoid border-t border-slate-200 align-top ${row.onAgenda ? "bg-amber-50" : ""}`}
              >
                <th
                  scope="row"
                  className={`px-3 py-2 text-left font-medium ${row.onAgenda ? "border-l-4 border-amber-500" : ""}`}
                >
                  {row.title}
                  {row.onAgenda ? (
                    <span className="mt-1 block text-xs font-semibold text-amber-900">
                      On the agenda: {row.spread} levels apart
                    </span>
                  ) : null}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={panelists[index]?.id ?? index} className="px-3 py-2">
                    {cell.score === null ? (
                      <span className="text-slate-600">Not scored</span>
                    ) : (
                      <span className="font-semibold tabular-nums">
                        {cell.score}
                        <span className="font-normal text-slate-700">
                          {" "}
                          · {labels.get(cell.score) ?? ""}
                        </span>
                      </span>
                    )}
                    {cell.evidence ? (
                      <p className="mt-1 whitespace-pre-line text-slate-800">
                        {cell.evidence}
                      </p>
                    ) : cell.score !== null ? (
                      <p className="mt-1 text-xs text-slate-600">
                        No evidence note
                      </p>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300">
            <tr>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                Mean
              </th>
              {dimension.means.map((mean, index) => (
                <td
                  key={panelists[index]?.id ?? index}
                  className="px-3 py-2 font-semibold tabular-nums"
                >
                  {score(mean)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}

export function OverallSheet({ panelists }: { panelists: DebriefPanelist[] }) {
  return (
    <section aria-labelledby="overall-heading" className="break-inside-avoid">
      <h2 id="overall-heading" className="text-xl font-semibold">
        Recommendations and summaries
      </h2>
      <ScrollRegion
        label="Recommendations and summaries"
        className="mt-2 rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:shadow-none"
      >
        <table className="w-full table-fixed text-left text-sm">
          <colgroup>
            <col className="w-56 print:w-40" />
            {panelists.map((p) => (
              <col key={p.id} />
            ))}
          </colgroup>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <td className="px-3 py-2" />
              {panelists.map((p) => (
                <th key={p.id} scope="col" className="px-3 py-2 font-medium">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                Recommendation
              </th>
              {panelists.map((p) => (
                <td key={p.id} className="px-3 py-2 font-semibold">
                  {p.recommendation?.label ?? "–"}
                </td>
              ))}
            </tr>
            <tr className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                Red flags raised
              </th>
              {panelists.map((p) => (
                <td key={p.id} className="px-3 py-2">
                  {p.redFlags.length ? (
                    <ul className="grid gap-1">
                      {p.redFlags.map((flag) => (
                        <li key={flag.key}>
                          <span className="font-medium text-red-800">
                            {flag.title}
                          </span>
                          {flag.note ? (
                            <span className="block text-slate-700">
                              {flag.note}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-slate-600">None</span>
                  )}
                </td>
              ))}
            </tr>
            <tr className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                Summary
              </th>
              {panelists.map((p) => (
                <td
                  key={p.id}
                  className="px-3 py-2 whitespace-pre-line text-slate-800"
                >
                  {p.summary || <span className="text-slate-600">–</span>}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
