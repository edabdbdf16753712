// Captures what a CLI command prints, so tests can assert on stdout and stderr.
import { afterEach, vi } from "vitest";

export function captureConsole() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation(
    (...args) => void out.push(args.join(" ")),
  );
  vi.spyOn(console, "error").mockImplementation(
    (...args) => void err.push(args.join(" ")),
  );
  return { stdout: () => out.join("\n"), stderr: () => err.join("\n") };
}

afterEach(() => {
  vi.restoreAllMocks();
});
