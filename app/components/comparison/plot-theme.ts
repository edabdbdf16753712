// Colours and shared types of the comparison plots. Colours are Tailwind's palette values
// (SVG attributes take plain colours); every text colour passes 4.5:1 on white.
export type ScaleLevel = { score: number; label: string };

export const PLOT_COLORS = {
  text: "#0f172a", // slate-900
  muted: "#475569", // slate-600
  axis: "#64748b", // slate-500
  axisText: "#334155", // slate-700
  grid: "#e2e8f0", // slate-200
  stripe: "#f8fafc", // slate-50
  interval: "#94a3b8", // slate-400
  raw: "#475569", // slate-600
  calibrated: "#184c99", // brand-700
  bracket: "#92400e", // amber-800
  red: "#b91c1c", // red-700
  amber: "#92400e", // amber-800
  notLinked: "#6d28d9", // violet-700
  region: "#f0fdf4", // green-50
  regionText: "#166534", // green-800
} as const;

/** Distinct, dark enough for labels on white; cycled when an opening has more candidates. */
export const CANDIDATE_COLORS = [
  "#1d4ed8", // blue-700
  "#047857", // emerald-700
  "#be185d", // pink-700
  "#9a3412", // orange-800
  "#6d28d9", // violet-700
  "#155e75", // cyan-800
  "#3f6212", // lime-800
  "#334155", // slate-700
  "#3730a3", // indigo-800
  "#86198f", // fuchsia-800
] as const;

export function candidateColor(index: number): string {
  return CANDIDATE_COLORS[index % CANDIDATE_COLORS.length] ?? "#334155";
}
