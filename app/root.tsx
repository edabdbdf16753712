// First: it configures zod before any route module builds a schema.
import "#app/utils/zod-without-eval";
import type {
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";
import { SiteHeader } from "#app/components/site-header";
import { getStaffUser } from "#app/services/auth.server";
import { useNonce } from "#app/utils/nonce";
import { revalidateAfterSubmissions } from "#app/utils/should-revalidate";
import { useRouteModulesPreload } from "#app/utils/use-route-modules-preload";
import stylesheet from "./tailwind.css?url";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getStaffUser(request, context);
  return { user };
}

// Who is signed in changes only through a form (sign in, sign out).
export const shouldRevalidate = revalidateAfterSubmissions;

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Leadbench" }];

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
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
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  // Also what re-renders this component after each navigation and route discovery.
  useLoaderData<typeof loader>();
  useRouteModulesPreload();
  return <Outlet />;
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
