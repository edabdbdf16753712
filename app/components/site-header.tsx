import { Form, NavLink } from "@remix-run/react";
import type { Role } from "#app/domain/roles";
import { ROLE_LABELS } from "#app/domain/roles";

type HeaderUser = { name: string; role: Role } | null;

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 text-sm ${isActive ? "bg-brand-100 text-brand-800 font-semibold" : "text-slate-700 hover:text-slate-950"}`;

export function SiteHeader({
  user,
  wide = false,
}: {
  user: HeaderUser;
  wide?: boolean;
}) {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div
        className={`mx-auto flex items-center justify-between gap-4 px-4 py-3 ${wide ? "max-w-[96rem]" : "max-w-6xl"}`}
      >
        <a href="/" className="text-brand-800 text-lg font-bold tracking-tight">
          Leadbench
        </a>
        {user ? (
          <nav aria-label="Main" className="flex items-center gap-2">
            {user.role === "PANELIST" ? null : (
              <NavLink to="/admin" end className={navClass}>
                Openings
              </NavLink>
            )}
            <NavLink to="/panel" className={navClass}>
              Scoring
            </NavLink>
            {user.role === "ADMIN" ? (
              <>
                <NavLink to="/admin/staff" className={navClass}>
                  Staff
                </NavLink>
                <NavLink to="/admin/deliveries" className={navClass}>
                  Deliveries
                </NavLink>
              </>
            ) : null}
            <span className="ml-2 text-sm text-slate-600">
              {user.name} · {ROLE_LABELS[user.role]}
            </span>
            <Form method="post" action="/logout">
              <button
                type="submit"
                className="rounded px-2 py-1 text-sm text-slate-700 underline hover:text-slate-950"
              >
                Sign out
              </button>
            </Form>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
