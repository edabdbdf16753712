// `npm run test:e2e`: Playwright against the production build. Finds (or installs) Chromium,
// builds so the tests never run against a stale build/ (≈ 10 s; E2E_SKIP_BUILD=1 skips it
// when you know build/ is fresh), then runs `playwright test` with any extra arguments:
// `npm run test:e2e -- tests/e2e/health.spec.ts --headed`.
import { existsSync } from "node:fs";
import { findChromium } from "./lib/chromium.js";
import { bin, run } from "./lib/run.js";

process.env.CHROMIUM_PATH = findChromium();
console.log(`Chromium: ${process.env.CHROMIUM_PATH}`);

const skipBuild = process.env.E2E_SKIP_BUILD === "1";
if (skipBuild && !existsSync("build/server/index.js")) {
  console.error(
    "E2E_SKIP_BUILD=1 but build/ is missing: run `npm run build` first.",
  );
  process.exit(1);
}
if (!skipBuild) {
  const started = Date.now();
  const code = await run("npm", ["run", "build"]);
  if (code !== 0) {
    console.error(`npm run build failed (exit ${code}).`);
    process.exit(code);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

process.exitCode = await run(bin("playwright"), [
  "test",
  ...process.argv.slice(2),
]);
