// The matcher's result as the panel page and the submission view show it: each seeded defect
// beside its status (found, possible, missed), the reasons and the override that decided it.
import type { Defect } from "./content/exercise";
import type { DefectStatus } from "./defect-matcher";

export type DefectFinding = ReturnType<typeof defectFindings>[number];

export function defectFindings(
  defects: readonly Defect[],
  statuses: readonly DefectStatus[],
) {
  return defects.map((defect) => {
    const status = statuses.find((s) => s.id === defect.id);
    return {
      id: defect.id,
      title: defect.title,
      category: defect.category,
      severity: defect.severity,
      decoy: defect.decoy ?? false,
      file: defect.file,
      startLine: defect.startLine,
      endLine: defect.endLine,
      finding: defect.finding,
      status: status?.status ?? "missed",
      matchedStatus: status?.matchedStatus ?? "missed",
      found: status?.found ?? false,
      matched: status?.matched ?? false,
      reasons: status?.reasons ?? [],
      override: status?.override
        ? { found: status.override.found, reason: status.override.reason }
        : null,
    };
  });
}
