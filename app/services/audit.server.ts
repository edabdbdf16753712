// The audit trail: every staff mutation (openings, candidates, invitations, panels, staff,
// scorecards, decisions, reveals) and each candidate milestone (opening the link, starting,
// submitting) lands here. Candidates' autosaves are not audited one by one: their revisions
// are the history.
import type { Prisma } from "#app/generated/prisma/client";
import { prisma } from "./db.server";

type Client = Prisma.TransactionClient | typeof prisma;

export type AuditEntry = {
  actorId?: string | null;
  actorLabel?: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordAudit(
  client: Client,
  entry: AuditEntry,
): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
    },
  });
}

export async function listAuditEvents({
  entityType,
  entityId,
}: {
  entityType: string;
  entityId: string;
}) {
  return prisma.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      action: true,
      actorLabel: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
}
