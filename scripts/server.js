// The production HTTP server: Express with Remix's request handler, gzip, long-lived
// caching for fingerprinted assets, and a terse access log. Plain JS: it runs the built app.
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { sameOrigin } from "./lib/same-origin.js";

export async function createServer({
  buildDir = path.resolve("build"),
  log = true,
} = {}) {
  const build = await import(path.join(buildDir, "server", "index.js"));
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer, the client's address (for sign-in rate limits) is in
  // X-Forwarded-For; trust it only when told to, or anyone could choose their address.
  app.set(
    "trust proxy",
    ["true", "on", "1"].includes(process.env.TRUST_PROXY ?? ""),
  );
  app.use(compression());
  app.use(
    "/assets",
    express.static(path.join(buildDir, "client", "assets"), {
      immutable: true,
      maxAge: "1y",
    }),
  );
  app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
  // Invite links carry their token in the path; the database stores only its hash, so the
  // log must not keep the token either.
  morgan.token("safe-url", (request) =>
    (request.originalUrl ?? request.url ?? "").replace(
      /^\/a\/[^/?#]+/,
      "/a/[token]",
    ),
  );
  if (log) app.use(morgan(":method :safe-url :status :response-time ms"));
  app.use(sameOrigin());
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      getLoadContext: (request) => ({
        clientAddress: request.ip ?? request.socket.remoteAddress,
      }),
    }),
  );
  return app;
}
