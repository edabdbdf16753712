// The four steps of the assessment. Any order is fine: the candidate moves freely.
import { NavLink } from "@remix-run/react";

const STEPS = [
  { to: "/assessment", label: "Welcome", end: true },
  { to: "/assessment/questions", label: "Written answers", end: false },
  { to: "/assessment/review", label: "Code review", end: false },
  { to: "/assessment/submit", label: "Review and submit", end: false },
] as const;

export function StepNav({ submitted }: { submitted: boolean }) {
  return (
    <nav aria-label="Assessment steps">
      <ol className="flex flex-wrap gap-2">
        {STEPS.map((step, index) => (
          <li key={step.to}>
            <NavLink
              to={step.to}
              end={step.end}
              prefetch="intent"
              className={({ isActive }) =>
                `flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${
                  isActive
                    ? "border-brand-700 bg-brand-50 text-brand-800 font-semibold"
                    : "border-slate-300 bg-white text-slate-800 hover:border-slate-400"
                }`
              }
            >
              <span
                aria-hidden="true"
                className="inline-flex size-5 items-center justify-center rounded-full bg-slate-200 text-xs text-slate-800"
              >
                {index + 1}
              </span>
              {index === 3 && submitted ? "Your submission" : step.label}
            </NavLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
