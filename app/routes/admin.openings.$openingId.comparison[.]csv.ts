// The calibrated comparison as a CSV download: one row per candidate × dimension.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "#app/services/auth.server";
import { exportComparisonCsv } from "#app/services/comparison.server";
import { requireRecordId } from "#app/services/route-params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"]);
  const { filename, csv } = await exportComparisonCsv(
    user,
    requireRecordId(params.openingId),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      // Names of candidates: keep the file out of shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
