#!/usr/bin/env node
// The `leadbench` command: registers tsx so the TypeScript CLI (and the same domain code
// the app uses) runs without a build step, then hands over to scripts/cli/main.ts.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../scripts/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
