// POST /e2e-fixtures: the e2e tests make the records each test needs (tests/e2e/fixtures.ts).
// Off unless the server was started with E2E_FIXTURES_TOKEN (playwright.config.ts does, on
// an in-memory database); off or without the token, it answers 404 and does nothing.
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { ROLES } from "#app/domain/roles";
import { notFound } from "#app/services/auth.server";
import {
  createCandidateFixture,
  createDemoOpeningFixture,
  createOpeningFixture,
  createSessionFixture,
  createStaffFixture,
  requireFixtureAccess,
} from "#app/services/e2e-fixtures.server";

export function loader() {
  throw notFound();
}

const name = z.string().trim().min(1).max(200).optional();
const id = z.string().min(1).max(100);

const fixtureSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("staff"), role: z.enum(ROLES), name }),
  z.object({ kind: z.literal("session"), userId: id }),
  z.object({
    kind: z.literal("opening"),
    title: name,
    hiringManagerId: id.optional(),
  }),
  z.object({
    kind: z.literal("candidate"),
    openingId: id.optional(),
    openingTitle: name,
    name,
  }),
  z.object({
    kind: z.literal("demo-opening"),
    tag: z.string().regex(/^[a-z0-9-]{1,40}$/),
  }),
]);

export async function action({ request }: ActionFunctionArgs) {
  requireFixtureAccess(request);
  const parsed = fixtureSchema.safeParse(await request.json());
  if (!parsed.success)
    return Response.json(
      { error: z.prettifyError(parsed.error) },
      { status: 400 },
    );
  const input = parsed.data;
  switch (input.kind) {
    case "staff":
      return Response.json(await createStaffFixture(input));
    case "session":
      return Response.json(await createSessionFixture(request, input.userId));
    case "opening":
      return Response.json(await createOpeningFixture(input));
    case "candidate":
      return Response.json(await createCandidateFixture(input));
    case "demo-opening":
      return Response.json(await createDemoOpeningFixture(input.tag));
  }
}
