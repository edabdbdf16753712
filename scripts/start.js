#!/usr/bin/env node
// `npm start`: builds the app on first run, then serves it in production mode. The built
// server module migrates the database (PGlite) and loads the demo data before it listens.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

process.env.NODE_ENV ??= "production";

if (!existsSync("build/server/index.js")) {
  console.log("First start: building Leadbench (about 20 seconds)…");
  const result = spawnSync("npx", ["remix", "vite:build"], {
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { createServer } = await import("./server.js");
const server = await createServer({ log: process.env.ACCESS_LOG !== "off" });
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
server.listen(port, host, () => {
  console.log(`Leadbench is running at http://localhost:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
