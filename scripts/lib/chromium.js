// Finds a Chromium for Playwright. This machine's network reaches only the npm registry and
// Debian's packages, so `npx playwright install` (a download from Playwright's CDN) fails:
// the browser is Debian's `chromium` package, installed on demand when we are root on Debian.
// Plain ESM with no dependencies: it runs before any TypeScript tooling.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Flags for Debian's Chromium on this machine. The background-networking ones matter: without
 * them Chromium keeps dialling Google's hosts and the closed network refuses each try.
 * --no-sandbox because we run as root; --disable-dev-shm-usage because /dev/shm may be small.
 */
export const chromiumLaunchArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** @param {string | undefined} file */
function isExecutable(file) {
  if (!file) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Browsers Playwright itself has downloaded (on machines with a normal network). Playwright's
 * registry is internal API, so every step is guarded and a miss just means "none".
 * @returns {string[]}
 */
function playwrightBrowsers() {
  const require = createRequire(import.meta.url);
  const found = [];
  try {
    const { registry } = require("playwright-core/lib/coreBundle");
    for (const name of ["chromium-headless-shell", "chromium"]) {
      const executable = registry?.registry?.findExecutable?.(name);
      const file = executable?.executablePath?.();
      if (file) found.push(file);
    }
  } catch {
    // Internal layout changed: fall back to the public API below.
  }
  try {
    const { chromium } = require("playwright-core");
    found.push(chromium.executablePath());
  } catch {
    // playwright-core not installed: nothing to offer.
  }
  return found;
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status ?? 1;
}

function installDebianChromium() {
  console.log(
    "Chromium not found: installing Debian's chromium package (apt-get)…",
  );
  const started = Date.now();
  // A failed `update` (one unreachable source, say) may still leave usable lists: warn and try
  // the install anyway, which is what decides.
  if (run("apt-get", ["update"]) !== 0) {
    console.warn(
      "apt-get update failed; trying the install with the lists we have.",
    );
  }
  // The lock timeout waits for another apt run (an unattended upgrade) instead of failing.
  const status = run("apt-get", [
    "install",
    "-y",
    "--no-install-recommends",
    "-o",
    "DPkg::Lock::Timeout=120",
    "chromium",
  ]);
  if (status !== 0 || !isExecutable(DEBIAN_CHROMIUM)) {
    console.error(`apt-get install chromium failed (exit ${status}).`);
    process.exit(1);
  }
  console.log(
    `Installed ${DEBIAN_CHROMIUM} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return DEBIAN_CHROMIUM;
}

/**
 * Returns the path of a Chromium executable: CHROMIUM_PATH, Debian's /usr/bin/chromium, or a
 * browser Playwright already downloaded. Failing those, installs Debian's package when we may
 * (root on Debian) and otherwise prints how to get one and exits 1.
 * @param {{ install?: boolean }} [options] install: false never runs apt-get.
 * @returns {string}
 */
export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.warn(
      `CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`,
    );
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const downloaded = playwrightBrowsers().find(isExecutable);
  if (downloaded) return downloaded;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (install && isRoot && existsSync("/etc/debian_version"))
    return installDebianChromium();
  console.error(
    "Chromium not found. Install Chromium (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH.",
  );
  process.exit(1);
}

// `node scripts/lib/chromium.js` prints the path (installing if needed): handy in CI and docs.
if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  console.log(findChromium());
}
