import type {
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { SiteHeader } from "#app/components/site-header";
import { getStaffUser } from "#app/services/auth.server";
import stylesheet from "./tailwind.css?url";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getStaffUser(request, context);
  return { user };
}

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Leadbench" }];

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  // A route exports `handle = { wide: true }` when it needs the screen's width (two panes).
  const wide = useMatches().some(
    (match) => (match.handle as { wide?: boolean } | undefined)?.wide,
  );
  return (
    <html lang="en" className="h-full bg-slate-50">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-full font-sans text-slate-900">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader user={data?.user ?? null} wide={wide} />
        <main
          id="main"
          className={`mx-auto px-4 py-8 ${wide ? "max-w-[96rem]" : "max-w-6xl"}`}
        >
          {children}
        </main>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return <Outlet />;
}

export function ErrorBoundary() {
  return <StatusPage />;
}

/** The one page for every error status: a reader sees what happened and where to go. */
export function StatusPage() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const copy: Record<number, { title: string; body: string }> = {
    404: {
      title: "Page not found",
      body: "There is nothing here, or you don't have access to it.",
    },
    413: {
      title: "Too large",
      body: "That was more than we can accept in one go.",
    },
  };
  const { title, body } = copy[status] ?? {
    title: "Something went wrong",
    body: "An unexpected error happened on our side. Your saved work is safe; try again in a moment.",
  };
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <p className="text-sm font-semibold text-slate-600">Error {status}</p>
      <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-slate-700">{body}</p>
      <p className="mt-6">
        <a className="text-brand-700 underline" href="/">
          Go to the start page
        </a>
      </p>
    </div>
  );
}
