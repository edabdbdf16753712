import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CandidateCard } from "#app/components/comparison/candidate-card";
import {
  CrossHairPlot,
  type CrossHairPoint,
} from "#app/components/comparison/cross-hair-plot";
import { DefectMatrix } from "#app/components/comparison/defect-matrix";
import {
  DimensionSection,
  PlotLegend,
} from "#app/components/comparison/dimension-section";
import { PanelSection } from "#app/components/comparison/panel-section";
import { requireRole } from "#app/services/auth.server";
import { getOpeningComparison } from "#app/services/comparison.server";
import { ScrollRegion } from "#app/components/comparison/scroll-region";
import { requireRecordId } from "#app/services/route-params.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"], context);
  return getOpeningComparison(user, requireRecordId(params.openingId));
}

export default function ComparisonPage() {
  const { opening, comparison, scale } = useLoaderData<typeof loader>();
  const base = `/admin/openings/${opening.id}`;
  const [xDimension, yDimension] = comparison.dimensions;
  const colorIndex = new Map(
    comparison.candidates.map((candidate, index) => [candidate.id, index]),
  );
  const points: CrossHairPoint[] = comparison.candidates.flatMap(
    (candidate) => {
      const x = xDimension?.scores.find((s) => s.candidateId === candidate.id);
      const y = yDimension?.scores.find((s) => s.candidateId === candidate.id);
      return x && y
        ? [
            {
              candidateId: candidate.id,
              name: candidate.name,
              code: candidate.code,
              x,
              y,
              colorIndex: colorIndex.get(candidate.id) ?? 0,
            },
          ]
        : [];
    },
  );
  const missingOne = comparison.candidates.filter(
    (candidate) => !points.some((p) => p.candidateId === candidate.id),
  );
  const anyUnlinked = comparison.dimensions.some((d) =>
    d.scores.some((s) => !s.linked),
  );
  const sections = [
    ...comparison.dimensions.map((d) => ({ id: d.key, title: d.title })),
    { id: "both", title: "Both dimensions" },
    { id: "candidates", title: "Candidates" },
    { id: "defects", title: "Seeded defects" },
    { id: "panel", title: "Panel" },
  ];

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8">
      <header className="grid grid-cols-[minmax(0,1fr)] gap-3">
        <p className="text-sm text-slate-600">
          <Link to="/admin" className="underline">
            Openings
          </Link>{" "}
          /{" "}
          <Link to={base} className="underline">
            {opening.title}
          </Link>{" "}
          / Calibrated comparison
        </p>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">Calibrated comparison</h1>
            <p className="mt-1 max-w-3xl text-slate-700">
              {comparison.candidates.length} candidate
              {comparison.candidates.length === 1 ? "" : "s"} with submitted
              scorecards, from {comparison.panelistCount} panelist
              {comparison.panelistCount === 1 ? "" : "s"}. Each score is
              corrected for how harshly or leniently its panelists score, and
              comes with a 95% interval. The two dimensions are shown side by
              side and never blended into one number.
            </p>
          </div>
          <a
            href={`${base}/comparison.csv`}
            download
            className="no-print rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
          >
            Download CSV
          </a>
        </div>
        {comparison.pending.length ? (
          <p className="text-sm text-slate-700">
            <span className="font-medium">Not in the comparison yet:</span>{" "}
            {comparison.pending
              .map(
                (candidate) =>
                  `${candidate.name} (${candidate.reason === "awaiting scores" ? "submitted, awaiting scores" : "assessment not submitted"})`,
              )
              .join(", ")}
            . Draft scorecards never count.
          </p>
        ) : null}
        {anyUnlinked ? (
          <p
            role="note"
            className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-950"
          >
            Some candidates were scored by panelists who share no candidates
            with the main panel. They are marked "not linked" and shown apart:
            their scores cannot be compared with the others'.
          </p>
        ) : null}
        <nav aria-label="On this page" className="no-print text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className="text-brand-700 underline">
                  {section.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {comparison.candidates.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700 shadow-sm">
          No submitted scorecards yet. The comparison appears as soon as a
          panelist submits one.
        </p>
      ) : (
        <>
          <PlotLegend />
          {comparison.dimensions.map((dimension) => (
            <DimensionSection
              key={dimension.key}
              dimension={dimension}
              scale={scale}
            />
          ))}

          <section
            id="both"
            aria-labelledby="both-heading"
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h2 id="both-heading" className="text-xl font-semibold">
              Both dimensions
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-slate-700">
              Each candidate at their calibrated {xDimension?.title ?? ""} and{" "}
              {yDimension?.title ?? ""}; the cross-hair arms are the two 95%
              intervals. Where arms overlap, the data do not separate the
              candidates. The exact numbers are in the tables above.
            </p>
            {points.length && xDimension && yDimension ? (
              <ScrollRegion
                label="Both dimensions plot"
                className="mx-auto mt-3 max-w-3xl"
              >
                <CrossHairPlot
                  id="plot-both"
                  points={points}
                  xTitle={xDimension.title}
                  yTitle={yDimension.title}
                  scale={scale}
                />
              </ScrollRegion>
            ) : null}
            {missingOne.length ? (
              <p className="mt-2 text-sm text-slate-600">
                Not plotted (scored in one dimension only):{" "}
                {missingOne.map((c) => c.name).join(", ")}.
              </p>
            ) : null}
          </section>

          <section
            id="candidates"
            aria-labelledby="candidates-heading"
            className="scroll-mt-4"
          >
            <h2 id="candidates-heading" className="text-xl font-semibold">
              Candidates
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              In alphabetical order: the plots above give the order in each
              dimension. Open a debrief to see the scorecards side by side and
              record a decision.
            </p>
            <div className="mt-3 grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-2">
              {comparison.candidates.map((candidate) => (
                <CandidateCard
                  key={candidate.id}
                  candidate={candidate}
                  dimensions={comparison.dimensions}
                  defects={comparison.defects}
                  debriefHref={`${base}/candidates/${candidate.id}/debrief`}
                  submissionHref={`${base}/candidates/${candidate.id}/submission`}
                />
              ))}
            </div>
          </section>

          <section
            id="defects"
            aria-labelledby="defects-heading"
            className="scroll-mt-4"
          >
            <h2 id="defects-heading" className="text-xl font-semibold">
              Seeded defects found
            </h2>
            <p className="mt-1 mb-3 max-w-3xl text-sm text-slate-700">
              A defect counts as found when the wording of a review comment or
              the summary shows it, with more wording needed the further the
              comment sits from the defect. A comment on the lines that does not
              show it is only possible until a panelist confirms it; a
              panelist&apos;s override decides. Decoys are harmless nits:
              commenting on them is not a finding. Prioritisation compares the
              severities the candidate gave with the answer key&apos;s order.
            </p>
            <DefectMatrix
              candidates={comparison.candidates}
              defects={comparison.defects}
              submissionHref={(id) => `${base}/candidates/${id}/submission`}
            />
          </section>

          <section
            id="panel"
            aria-labelledby="panel-heading"
            className="scroll-mt-4"
          >
            <h2 id="panel-heading" className="mb-3 text-xl font-semibold">
              Panel agreement and offsets
            </h2>
            <PanelSection dimensions={comparison.dimensions} />
          </section>
        </>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `Comparison · ${data?.opening.title ?? "Opening"} · Leadbench`,
  },
];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
