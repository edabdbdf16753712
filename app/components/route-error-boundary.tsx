// The one error page, rendered by every route's ErrorBoundary where that route's content
// would be, so the frame around it (the header, the candidate's steps and save status) stays.
// The words come from app/domain/route-error.ts.
import {
  isRouteErrorResponse,
  Link,
  useRevalidator,
  useRouteError,
} from "@remix-run/react";
import { useEffect, useSyncExternalStore } from "react";
import {
  describeRouteError,
  type ErrorAudience,
} from "#app/domain/route-error";

function subscribeToConnection(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** The browser's view of the connection; the server renders as if online. */
function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
}

export function RouteErrorBoundary({
  audience = "staff",
}: {
  /** Candidates hear where their work is; their way back is the assessment, not "/". */
  audience?: ErrorAudience;
}) {
  const error = useRouteError();
  const online = useOnline();
  const revalidator = useRevalidator();
  const page = describeRouteError(
    isRouteErrorResponse(error)
      ? {
          response: {
            status: error.status,
            data: error.data,
            // On the framework's ErrorResponseImpl, not on the public type.
            internal: "internal" in error && error.internal === true,
          },
        }
      : { thrown: error },
    { audience, online },
  );
  const network = page.kind === "network";

  // Back online, the page that could not load loads itself: the candidate need not find out
  // which button brings their question back.
  const revalidate = revalidator.revalidate;
  useEffect(() => {
    if (!network) return;
    window.addEventListener("online", revalidate);
    return () => window.removeEventListener("online", revalidate);
  }, [network, revalidate]);

  return (
    <div
      className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-8 shadow-sm"
      data-error-kind={page.kind}
    >
      <p className="text-sm font-semibold text-slate-600">{page.label}</p>
      <h1 className="mt-1 text-2xl font-semibold">{page.title}</h1>
      <p className="mt-3 text-slate-700">{page.body}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {page.retry ? (
          <button
            type="button"
            className="bg-brand-700 hover:bg-brand-800 rounded px-4 py-2 font-medium text-white disabled:opacity-60"
            disabled={revalidator.state === "loading" || (network && !online)}
            onClick={revalidate}
          >
            {revalidator.state === "loading" ? "Trying again…" : "Try again"}
          </button>
        ) : null}
        {audience === "candidate" ? (
          <Link className="text-brand-700 underline" to="/assessment">
            Back to your assessment
          </Link>
        ) : (
          // A document request, not a client-side one: whatever broke stays behind.
          <a className="text-brand-700 underline" href="/">
            Go to the start page
          </a>
        )}
      </div>
    </div>
  );
}
