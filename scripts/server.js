// The production HTTP server: Remix's request handler on node:http, with what remix-serve
// lacks: the client's address for sign-in rate limits (the last X-Forwarded-For hop when
// TRUST_PROXY is on), an access log that never keeps an invite token, the security headers on
// every answer (with a CSP nonce per page), and a per-request load context the loaders share. Plain JS: it runs the built app. Express, compression and morgan
// are left out because they cost more than they gave (`npm run bench -- --entry` compares).
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import path from "node:path";
import { gzipSync, constants as zlib, createGzip } from "node:zlib";
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  writeReadableStreamToWritable,
} from "@remix-run/node";
import { crossOriginProblem } from "./lib/same-origin.js";
import {
  createNonce,
  securityHeaders,
  servesHttps,
} from "./lib/security-headers.js";

const TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".map": "application/json",
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;
// Below this a gzip header costs about what it saves.
const MIN_GZIP_BYTES = 1024;

/**
 * Every file under build/client, found once at start-up: a request for a static file is one
 * map lookup, and no request for a page touches the disk. Fingerprinted assets are cached for
 * a year, the rest for an hour. Compressed copies are made on first request and kept.
 * @param {string} root
 */
function staticFiles(root) {
  /** @type {Map<string, { file: string, size: number, type: string, cacheControl: string, lastModified: string, gzip?: Buffer }>} */
  const files = new Map();
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else {
        const stat = statSync(file);
        const urlPath = `/${path.relative(root, file).split(path.sep).join("/")}`;
        files.set(urlPath, {
          file,
          size: stat.size,
          type:
            TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ??
            "application/octet-stream",
          cacheControl: urlPath.startsWith("/assets/")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600",
          lastModified: stat.mtime.toUTCString(),
        });
      }
    }
  };
  walk(root);
  return files;
}

/** @param {import("node:http").IncomingMessage} req */
function acceptsGzip(req) {
  return /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {NonNullable<ReturnType<ReturnType<typeof staticFiles>["get"]>>} asset
 */
function sendStatic(req, res, asset) {
  res.setHeader("Cache-Control", asset.cacheControl);
  res.setHeader("Last-Modified", asset.lastModified);
  res.setHeader("Content-Type", asset.type);
  res.setHeader("Vary", "Accept-Encoding");
  if (req.headers["if-modified-since"] === asset.lastModified) {
    res.statusCode = 304;
    res.end();
    return;
  }
  if (
    COMPRESSIBLE.test(asset.type) &&
    asset.size >= MIN_GZIP_BYTES &&
    acceptsGzip(req)
  ) {
    // Read and compressed once, then kept: the client bundle is a few MB at most.
    asset.gzip ??= gzipSync(readFileSync(asset.file), {
      level: zlib.Z_BEST_COMPRESSION,
    });
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", asset.gzip.length);
    res.end(req.method === "HEAD" ? undefined : asset.gzip);
    return;
  }
  res.setHeader("Content-Length", asset.size);
  if (req.method === "HEAD") res.end();
  else createReadStream(asset.file).pipe(res);
}

/**
 * The access log: method, path (invite tokens masked), status and time. Lines are gathered and
 * written a few times a second, not one write per request.
 * @param {boolean} enabled
 */
function accessLog(enabled) {
  /** @type {string[]} */
  let pending = [];
  const flush = () => {
    if (pending.length === 0) return;
    process.stdout.write(`${pending.join("\n")}\n`);
    pending = [];
  };
  if (enabled) {
    setInterval(flush, 200).unref();
    process.once("exit", flush);
  }
  return {
    flush,
    /** @param {string} method @param {string} url @param {number} status @param {bigint} started */
    line(method, url, status, started) {
      if (!enabled) return;
      // Invite links carry their token in the path; the database keeps only its hash, so the
      // log must not keep the token either.
      const safeUrl = url.replace(/^\/a\/[^/?#]+/, "/a/[token]");
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      pending.push(`${method} ${safeUrl} ${status} ${ms.toFixed(3)} ms`);
      if (pending.length >= 256) flush();
    },
  };
}

/** A path as the static files are keyed; a malformed escape matches no file. */
function safeDecode(/** @type {string} */ pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

export async function createServer({
  buildDir = path.resolve("build"),
  log = true,
} = {}) {
  const build = await import(path.join(buildDir, "server", "index.js"));
  const handle = createRequestHandler(build, process.env.NODE_ENV);
  const files = staticFiles(path.join(buildDir, "client"));
  const trustProxy = ["true", "on", "1"].includes(
    process.env.TRUST_PROXY ?? "",
  );
  const logger = accessLog(log);
  const https = servesHttps(process.env);
  // Static files, the 403 and 404 here: no page of ours, so no nonce.
  const fixedHeaders = securityHeaders({ https });

  /**
   * Behind a load balancer the client's address is the last X-Forwarded-For hop, the one our
   * proxy appended; earlier hops are whatever the client chose to send. Trusted only when
   * told to, or anyone could choose their address.
   * @param {import("node:http").IncomingMessage} req
   */
  const clientAddress = (req) => {
    const forwarded = trustProxy ? req.headers["x-forwarded-for"] : undefined;
    const hops = typeof forwarded === "string" ? forwarded.split(",") : [];
    return hops.at(-1)?.trim() || req.socket.remoteAddress || "unknown";
  };

  const server = createHttpServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const url = req.url ?? "/";
    res.once("finish", () =>
      logger.line(req.method ?? "GET", url, res.statusCode, started),
    );
    const pathname = url.split("?")[0] ?? "/";
    for (const [name, value] of Object.entries(fixedHeaders))
      res.setHeader(name, value);
    const asset =
      req.method === "GET" || req.method === "HEAD"
        ? files.get(safeDecode(pathname))
        : undefined;
    if (asset) return sendStatic(req, res, asset);
    if (pathname.startsWith("/assets/")) {
      res.statusCode = 404;
      res.end("Not found");
      return;
    }
    const problem = crossOriginProblem({
      method: req.method ?? "GET",
      origin: req.headers.origin,
      host: req.headers.host,
      forwardedHost: [req.headers["x-forwarded-host"]].flat()[0],
    });
    if (problem) {
      res.statusCode = 403;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end(problem);
      return;
    }
    // Remix's inline scripts carry this nonce (entry.server.tsx); the policy allows no other.
    const cspNonce = createNonce();
    res.setHeader(
      "Content-Security-Policy",
      securityHeaders({ nonce: cspNonce, https })["Content-Security-Policy"],
    );
    try {
      const response = await handle(toRequest(req, res, trustProxy), {
        clientAddress: clientAddress(req),
        memo: new Map(),
        cspNonce,
      });
      await sendResponse(req, res, response);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
      }
      res.end("Internal server error");
    }
  });
  server.keepAliveTimeout = 65_000;
  server.on("close", logger.flush);
  return server;
}

/**
 * The Fetch API request Remix expects; aborted if the client goes away before the answer.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {boolean} trustProxy
 */
function toRequest(req, res, trustProxy) {
  const forwardedProto = trustProxy
    ? String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]
    : "";
  const protocol = forwardedProto === "https" ? "https" : "http";
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let index = 0; index < raw.length; index += 2)
    headers.append(
      /** @type {string} */ (raw[index]),
      /** @type {string} */ (raw[index + 1]),
    );
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  /** @type {RequestInit & { duplex?: "half" }} */
  const init = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  return new Request(
    `${protocol}://${req.headers.host ?? "localhost"}${req.url}`,
    init,
  );
}

/**
 * Writes Remix's answer. Text answers of unknown length (streamed pages, .data) or longer
 * than MIN_GZIP_BYTES are gzipped at a fast level when the client takes gzip.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {Response} response
 */
async function sendResponse(req, res, response) {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [key, value] of response.headers) {
    if (key !== "set-cookie") headers[key] = value;
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  const length = response.headers.get("content-length");
  const gzip =
    response.body !== null &&
    req.method !== "HEAD" &&
    !response.headers.has("content-encoding") &&
    COMPRESSIBLE.test(response.headers.get("content-type") ?? "") &&
    (length === null || Number(length) >= MIN_GZIP_BYTES) &&
    acceptsGzip(req);
  if (gzip) {
    delete headers["content-length"];
    headers["content-encoding"] = "gzip";
    headers.vary = headers.vary
      ? `${headers.vary}, Accept-Encoding`
      : "Accept-Encoding";
  }
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  if (gzip) {
    const compressor = createGzip({ level: 1 });
    compressor.pipe(res);
    await writeReadableStreamToWritable(response.body, compressor);
  } else await writeReadableStreamToWritable(response.body, res);
}
