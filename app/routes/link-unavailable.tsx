import type { MetaFunction } from "@remix-run/node";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export default function LinkUnavailable() {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">This link can't be used</h1>
      <p className="mt-3 text-slate-700">
        The assessment link is not valid any more. Links expire after a while,
        and a new link replaces an older one.
      </p>
      <p className="mt-3 text-slate-700">
        Please reply to the email that brought you here and ask the hiring team
        for a new link. Any work you saved is kept.
      </p>
    </div>
  );
}

export const meta: MetaFunction = () => [
  { title: "Link unavailable · Leadbench" },
];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
