// Loads the JavaScript of every page this page links to while the connection is there, so a
// click made offline later renders that page's offline notice instead of the browser's own
// offline page: Remix reloads the whole document when a route's module fails to import
// (ADR 006), and offline that reload shows the browser's dinosaur, not our words.
import { UNSAFE_RemixContext } from "@remix-run/react";
import { useContext, useEffect } from "react";

// Modules asked for once per document; a failed import is forgotten so a later render retries.
const requested = new Set<string>();
let pending = 0;

/**
 * Says on the document whether every linked page's module is in (`data-route-modules`:
 * "loading" or "loaded"), so a test can go offline only once the page is ready for it, as a
 * candidate who reads for a moment would.
 */
function markPreload() {
  document.documentElement.dataset.routeModules = pending
    ? "loading"
    : "loaded";
}

/**
 * Imports the module of each route Remix knows about and has not loaded yet. Remix discovers
 * the routes of the links a page renders (lazy route discovery) and adds them to its manifest,
 * which re-renders the router's consumers: call this from a component that re-renders with the
 * router (the root's), and each discovery is followed by its modules. The browser keeps an
 * imported module for the document's life, so Remix's own import later needs no network.
 * Monaco is not among these: the review loads it lazily from inside its page.
 */
export function useRouteModulesPreload(): void {
  const remix = useContext(UNSAFE_RemixContext);
  // No dependencies on purpose: the manifest is patched in place, so its identity never
  // changes, and the check below is a loop over a few dozen routes at most.
  useEffect(() => {
    if (!remix) return;
    for (const route of Object.values(remix.manifest.routes)) {
      if (!route || route.id in remix.routeModules) continue;
      if (requested.has(route.module)) continue;
      requested.add(route.module);
      pending += 1;
      markPreload();
      import(/* @vite-ignore */ route.module)
        .catch(() => requested.delete(route.module))
        .finally(() => {
          pending -= 1;
          markPreload();
        });
    }
    markPreload();
  });
}
