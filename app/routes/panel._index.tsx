import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "#app/services/auth.server";
import { listPanelQueue } from "#app/services/panel.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, [
    "ADMIN",
    "HIRING_MANAGER",
    "PANELIST",
  ]);
  return { queue: await listPanelQueue(user.id) };
}

const STATUS_LABELS = {
  "to-score": "To score",
  draft: "Draft",
  submitted: "Submitted",
  waiting: "Not submitted yet",
} as const;

export default function PanelQueue() {
  const { queue } = useLoaderData<typeof loader>();
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
        queue.map((group) => (
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
                    Submitted
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.candidates.map((candidate) => (
                  <tr key={candidate.id} className="border-t border-slate-200">
                    <td className="px-3 py-2 font-mono">{candidate.code}</td>
                    <td className="px-3 py-2">
                      {STATUS_LABELS[candidate.status]}
                    </td>
                    <td className="px-3 py-2">
                      {candidate.submittedAt
                        ? new Date(candidate.submittedAt).toLocaleDateString(
                            "en-GB",
                          )
                        : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Scoring · Leadbench" }];
