import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LEVEL_LABELS } from "#app/domain/levels";
import { requireRole } from "#app/services/auth.server";
import { listOpenings } from "#app/services/openings.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"], context);
  return { openings: await listOpenings(user), user };
}

export default function Openings() {
  const { openings, user } = useLoaderData<typeof loader>();
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">
          {user.role === "ADMIN" ? "All openings" : "Your openings"}
        </h1>
        <Link
          to="/admin/openings/new"
          className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
        >
          New opening
        </Link>
      </div>
      {openings.length === 0 ? (
        <p className="mt-6 text-slate-700">
          No openings yet. Create one to start inviting candidates.
        </p>
      ) : (
        <ul className="mt-6 grid gap-3">
          {openings.map((opening) => (
            <li
              key={opening.id}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            >
              <Link
                to={`/admin/openings/${opening.id}`}
                className="text-brand-700 text-lg font-semibold underline"
              >
                {opening.title}
              </Link>
              <p className="mt-1 text-sm text-slate-700">
                {LEVEL_LABELS[opening.targetLevel]} ·{" "}
                {opening._count.candidates} candidates · hiring manager{" "}
                {opening.hiringManager.name} ·{" "}
                {opening.status === "OPEN" ? "open" : "closed"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Openings · Leadbench" }];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
