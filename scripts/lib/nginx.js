// nginx from Debian's package as the load balancer in front of several app processes, for the
// cluster benchmark and the soak: a config written to a temp folder, loopback only, run in
// the foreground (`daemon off`) as a tracked child so it never outlives the script.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./postgres.js";
import { signalChild, track } from "./run.js";
import { sleep, tail } from "./app-server.js";

const NGINX = "/usr/sbin/nginx";

/** Installs Debian's nginx when it is missing and we are root; returns whether it is there. */
export function ensureNginx() {
  if (existsSync(NGINX)) return true;
  if (process.getuid?.() !== 0) return false;
  console.log("  nginx is missing: apt-get install -y nginx");
  const result = spawnSync("apt-get", ["install", "-y", "nginx"], {
    stdio: "inherit",
  });
  return result.status === 0 && existsSync(NGINX);
}

/**
 * The configuration: round robin over the app processes with keep-alive connections to them,
 * the client's address appended to X-Forwarded-For (the app takes the last hop when
 * TRUST_PROXY is on). A request that could not reach a process (refused, reset before an
 * answer) goes to the next one; nginx never resends a POST that a process may have received.
 * @param {{ dir: string, port: number, upstreams: number[] }} options
 */
export function nginxConfig({ dir, port, upstreams }) {
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 1m;
  upstream leadbench {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=2s;`).join("\n")}
    keepalive 128;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://leadbench;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502;
      proxy_connect_timeout 2s;
    }
  }
}
`;
}

/**
 * Starts nginx on a free loopback port in front of the given app ports.
 * @param {number[]} upstreams
 */
export async function startNginx(upstreams) {
  const dir = mkdtempSync(path.join(tmpdir(), "leadbench-nginx-"));
  // Its workers run as an unprivileged user when the master is root: let them write here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const config = path.join(dir, "nginx.conf");
  writeFileSync(config, nginxConfig({ dir, port, upstreams }));
  const child = track(
    spawn(NGINX, ["-p", dir, "-c", config, "-e", path.join(dir, "error.log")], {
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const logs = [tail(child.stdout), tail(child.stderr)];
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 50; tries += 1) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited: ${logs.map((read) => read()).join("\n")}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  const stop = () => {
    signalChild(child, "SIGQUIT");
    setTimeout(() => signalChild(child, "SIGKILL"), 3_000).unref();
    rmSync(dir, { recursive: true, force: true });
  };
  return { baseUrl, port, pid: child.pid ?? 0, stop };
}
