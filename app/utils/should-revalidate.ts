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

/**
 * As Remix would, except when a navigation changes only `params` of the search: a page that
 * filters the rows it already has (the opening's candidate table) needs no new data for that.
 */
export function revalidateUnlessOnly(
  params: readonly string[],
): ShouldRevalidateFunction {
  const rest = (url: URL) => {
    const search = new URLSearchParams(url.search);
    // A GET form on an index route adds "index" too.
    for (const name of [...params, "index"]) search.delete(name);
    return `${url.pathname}?${search}`;
  };
  return ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) => {
    if (formMethod && formMethod !== "GET") return defaultShouldRevalidate;
    return rest(currentUrl) === rest(nextUrl) ? false : defaultShouldRevalidate;
  };
}
