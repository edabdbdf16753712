// The admin's delivery log: what failed (to retry), what is waiting for another try, and what
// went out recently, each said in words an admin reads: which email, about whom.
import { prisma } from "../db.server";
import { KIND_LABELS } from "../notifications/kinds";

const RECENT = 50;

type Row = {
  id: string;
  kind: string;
  payload: unknown;
  status: string;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
  doneAt: Date | null;
  createdAt: Date;
};

/** The candidate a job is about, through whichever id its payload carries. */
async function subjectsOf(rows: Row[]) {
  const ids = (key: string) =>
    rows.flatMap((row) => {
      const value = (row.payload as Record<string, unknown> | null)?.[key];
      return typeof value === "string" ? [value] : [];
    });
  const invitations = await prisma.invitation.findMany({
    where: { id: { in: ids("invitationId") } },
    select: { id: true, candidateId: true },
  });
  const candidates = await prisma.candidate.findMany({
    where: {
      id: {
        in: [
          ...ids("candidateId"),
          ...invitations.map((invitation) => invitation.candidateId),
        ],
      },
    },
    select: {
      id: true,
      name: true,
      code: true,
      opening: { select: { id: true, title: true } },
    },
  });
  const byInvitation = new Map(invitations.map((i) => [i.id, i.candidateId]));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return (row: Row) => {
    const payload = (row.payload ?? {}) as Record<string, string | undefined>;
    const candidateId =
      payload.candidateId ?? byInvitation.get(payload.invitationId ?? "");
    return candidateId ? (byId.get(candidateId) ?? null) : null;
  };
}

export async function listDeliveries() {
  const select = {
    id: true,
    kind: true,
    payload: true,
    status: true,
    attempts: true,
    maxAttempts: true,
    runAt: true,
    lastError: true,
    doneAt: true,
    createdAt: true,
  } as const;
  const [failed, retrying, recent] = await Promise.all([
    prisma.job.findMany({
      where: { status: "FAILED" },
      orderBy: { updatedAt: "desc" },
      select,
    }),
    prisma.job.findMany({
      where: { status: { in: ["PENDING", "RUNNING"] }, attempts: { gt: 0 } },
      orderBy: { runAt: "asc" },
      select,
    }),
    prisma.job.findMany({
      where: { status: "DONE" },
      orderBy: { doneAt: "desc" },
      take: RECENT,
      select,
    }),
  ]);
  const subjectOf = await subjectsOf([...failed, ...retrying, ...recent]);
  const present = (row: Row) => ({
    id: row.id,
    what: KIND_LABELS[row.kind] ?? row.kind,
    candidate: subjectOf(row),
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    nextTry: row.runAt,
    lastError: row.lastError,
    doneAt: row.doneAt,
    createdAt: row.createdAt,
  });
  return {
    failed: failed.map(present),
    retrying: retrying.map(present),
    recent: recent.map(present),
  };
}
