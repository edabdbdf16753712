// Times calibrateOpening on a synthetic opening far larger than a real one (500 candidates,
// 40 panelists, 10 criteria): the comparison page must stay well inside its latency budget.
//   npx tsx scripts/bench/calibration.ts
import { pathToFileURL } from "node:url";
import { calibrateOpening, type Rating } from "#app/domain/calibration/index";

export const CALIBRATION_GOAL_MS = 50;

export type CalibrationBenchResult = {
  ratings: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  heapDeltaMb: number;
  goalMs: number;
  passed: boolean;
};

const DIMENSIONS = ["technical_depth", "multiplier"] as const;
const CRITERIA_PER_DIMENSION = 5;

/** Mulberry32: a tiny seeded PRNG, so every run fits the same opening. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Candidates of varying strength, panelists of varying harshness, 3–6 panelists each. */
export function syntheticOpening(
  candidateCount = 500,
  panelistCount = 40,
  seed = 20261121,
): Rating[] {
  const random = seededRandom(seed);
  const gaussian = (): number =>
    Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const harshness = Array.from(
    { length: panelistCount },
    () => 0.4 * gaussian(),
  );
  const ratings: Rating[] = [];
  for (let c = 0; c < candidateCount; c++) {
    const candidate = `C${c + 1}`;
    const panelSize = 3 + Math.floor(random() * 4);
    const panel = new Set<number>();
    while (panel.size < panelSize)
      panel.add(Math.floor(random() * panelistCount));
    for (const dimension of DIMENSIONS) {
      const strength = 2.5 + 0.7 * gaussian();
      for (const r of panel) {
        for (let k = 1; k <= CRITERIA_PER_DIMENSION; k++) {
          const latent = strength + (harshness[r] ?? 0) + 0.5 * gaussian();
          ratings.push({
            candidate,
            panelist: `R${r + 1}`,
            dimension,
            criterion: `${dimension}.${k}`,
            score: Math.min(4, Math.max(1, Math.round(latent))),
          });
        }
      }
    }
  }
  return ratings;
}

/** Warms the JIT up, then times `runs` calls on the same synthetic opening. */
export function runCalibrationBench(
  runs = 40,
  warmups = 10,
): CalibrationBenchResult {
  const ratings = syntheticOpening();
  for (let i = 0; i < warmups; i++) calibrateOpening(ratings);
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    calibrateOpening(ratings);
    times.push(performance.now() - start);
  }
  const heapDeltaMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
  const medianMs = at(0.5);
  return {
    ratings: ratings.length,
    runs,
    medianMs,
    p95Ms: at(0.95),
    minMs: times[0] ?? NaN,
    heapDeltaMb,
    goalMs: CALIBRATION_GOAL_MS,
    passed: medianMs <= CALIBRATION_GOAL_MS,
  };
}

export function reportCalibrationBench(result: CalibrationBenchResult): void {
  const rows: [string, string][] = [
    ["median", `${result.medianMs.toFixed(2)} ms`],
    ["p95", `${result.p95Ms.toFixed(2)} ms`],
    ["min", `${result.minMs.toFixed(2)} ms`],
    ["heap used Δ", `${result.heapDeltaMb.toFixed(1)} MB`],
  ];
  console.log(
    `calibrateOpening: 500 candidates × 40 panelists × 10 criteria ` +
      `(${result.ratings} ratings), ${result.runs} timed runs`,
  );
  for (const [label, value] of rows) {
    console.log(`  ${label.padEnd(12)} ${value.padStart(10)}`);
  }
  console.log(
    `goal: median ≤ ${result.goalMs} ms … ${result.passed ? "met" : "MISSED"}`,
  );
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  const result = runCalibrationBench();
  reportCalibrationBench(result);
  process.exitCode = result.passed ? 0 : 1;
}
