import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LocalTime } from "#app/components/local-time";
import { requireRole } from "#app/services/auth.server";
import { listPanelQueue } from "#app/services/panel.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(
    request,
    ["ADMIN", "HIRING_MANAGER", "PANELIST"],
    context,
  );
  return { queue: await listPanelQueue(user.id) };
}

const STATUS = {
  "to-score": { label: "To score", style: "bg-brand-100 text-brand-800" },
  draft: { label: "Draft", style: "bg-amber-100 text-amber-900" },
  submitted: { label: "Submitted", style: "bg-emerald-100 text-emerald-900" },
  waiting: { label: "Not submitted yet", style: "bg-slate-100 text-slate-700" },
} as const;

export default function PanelQueue() {
  const { queue } = useLoaderData<typeof loader>();
  const open = queue
    .flatMap((group) => group.candidates)
    .filter((c) => c.status === "to-score" || c.status === "draft").length;
  return (
    <div>
      <h1 className="text-2xl font-semibold">Candidates to score</h1>
      <p className="mt-1 text-slate-700">
        You see each candidate by code only. Score alone; the panel's scores
        appear after you submit yours.
      </p>
      {queue.length === 0 ? (
        <p className="mt-6 text-slate-700">Nobody is assigned to you yet.</p>
      ) : (
        <>
          <p className="mt-3 text-sm font-medium text-slate-800">
            {open === 0
              ? "Nothing waits for your score."
              : `${open} ${open === 1 ? "scorecard waits" : "scorecards wait"} for you.`}
          </p>
          {queue.map((group) => (
            <section
              key={group.openingId}
              className="mt-6"
              aria-labelledby={`opening-${group.openingId}`}
            >
              <h2
                id={`opening-${group.openingId}`}
                className="text-lg font-semibold"
              >
                {group.openingTitle}
              </h2>
              <table className="mt-2 w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      Candidate
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Status
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Candidate submitted
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Your scorecard
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.candidates.map((candidate) => (
                    <tr
                      key={candidate.id}
                      className="border-t border-slate-200"
                    >
                      <td className="px-3 py-2 font-mono">
                        {candidate.status === "waiting" ? (
                          candidate.code
                        ) : (
                          <Link
                            to={`/panel/${candidate.id}`}
                            className="text-brand-700 font-semibold underline"
                          >
                            {candidate.code}
                          </Link>
                        )}
                      </td>
                      <td className="px-3 py-2">
                        <span
                          className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS[candidate.status].style}`}
                        >
                          {STATUS[candidate.status].label}
                        </span>
                      </td>
                      <td className="px-3 py-2">
                        {candidate.submittedAt ? (
                          <LocalTime
                            date={candidate.submittedAt}
                            style="date"
                          />
                        ) : (
                          "—"
                        )}
                      </td>
                      <td className="px-3 py-2 text-slate-700">
                        {candidate.scoredAt ? (
                          <>
                            {candidate.status === "submitted"
                              ? "Submitted "
                              : "Saved "}
                            <LocalTime date={candidate.scoredAt} style="date" />
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Scoring · Leadbench" }];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
