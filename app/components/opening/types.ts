// What the opening page's components show, as its loader serialises it.
import type { SerializeFrom } from "@remix-run/node";
import type { listCandidatesForOpening } from "#app/services/candidates.server";

export type OpeningCandidate = SerializeFrom<
  Awaited<ReturnType<typeof listCandidatesForOpening>>[number]
>;

export type Panelist = { id: string; name: string };
