// What the opening page's components show, as its loader serialises it.
import type { SerializeFrom } from "@remix-run/node";
import type { listCandidates } from "#app/services/candidates/list-candidates.server";

export type OpeningCandidate = SerializeFrom<
  Awaited<ReturnType<typeof listCandidates>>[number]
>;

export type Panelist = { id: string; name: string };
