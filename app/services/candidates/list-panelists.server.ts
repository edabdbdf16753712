// Who may sit on a candidate's panel: the active panelists, for the panel form.
import { prisma } from "../db.server";

export async function listPanelists() {
  return prisma.user.findMany({
    where: { role: "PANELIST", active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
