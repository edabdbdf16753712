import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { homePath } from "#app/domain/roles";
import { getStaffUser } from "#app/services/auth.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getStaffUser(request, context);
  throw redirect(user ? homePath(user.role) : "/login");
}
