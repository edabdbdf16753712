// Small status labels for the comparison and the debrief. Each says its meaning in words;
// colour only repeats it.
import type { Flag } from "#app/domain/calibration/index";
import type { DecisionValue } from "#app/domain/comparison";

const pill =
  "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap";

export function FlagBadge({ flag }: { flag: Flag }) {
  if (flag === "red")
    return (
      <span className={`${pill} border-red-300 bg-red-50 text-red-800`}>
        <span aria-hidden="true">▲</span> Red flag
      </span>
    );
  if (flag === "amber")
    return (
      <span className={`${pill} border-amber-300 bg-amber-50 text-amber-900`}>
        <span aria-hidden="true">●</span> Amber flag
      </span>
    );
  return (
    <span className={`${pill} border-slate-200 bg-white text-slate-600`}>
      No flag
    </span>
  );
}

export function NotLinkedBadge() {
  return (
    <span
      className={`${pill} border-violet-300 bg-violet-50 text-violet-900`}
      title="Scored by panelists who share no candidates with the main panel: not comparable with the others"
    >
      Not linked
    </span>
  );
}

export const DECISION_LABELS: Record<DecisionValue, string> = {
  ADVANCE: "Advance",
  HOLD: "Hold",
  REJECT: "Reject",
};

export function DecisionBadge({
  decision,
}: {
  decision: DecisionValue | null;
}) {
  if (!decision)
    return (
      <span className={`${pill} border-slate-200 bg-white text-slate-600`}>
        No decision yet
      </span>
    );
  const styles: Record<DecisionValue, string> = {
    ADVANCE: "border-green-300 bg-green-50 text-green-900",
    HOLD: "border-slate-300 bg-slate-100 text-slate-800",
    REJECT: "border-slate-400 bg-white text-slate-800",
  };
  return (
    <span className={`${pill} ${styles[decision]}`}>
      Decision: {DECISION_LABELS[decision]}
    </span>
  );
}
