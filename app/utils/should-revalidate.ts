// When a layout's loader runs again. Remix v2's single fetch reloads every loader on every
// navigation (and passes `defaultShouldRevalidate: true` to a route's own rule), so a layout
// whose data changes only through forms says so here. It also keeps a failed navigation's
// error with the page that failed, inside the layout, instead of in the layout's place.
import type { ShouldRevalidateFunction } from "@remix-run/react";

/** Again after any form or fetcher submission, a reload of the same URL, or a new search. */
export const revalidateAfterSubmissions: ShouldRevalidateFunction = ({
  formMethod,
  currentUrl,
  nextUrl,
}) =>
  formMethod !== undefined ||
  currentUrl.pathname === nextUrl.pathname ||
  currentUrl.search !== nextUrl.search;
