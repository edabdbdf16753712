import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig, type Plugin } from "vite";
import { securityHeaders } from "./scripts/lib/security-headers.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// The dev server's answers carry the same security headers as production's (scripts/server.js),
// with the relaxations Vite's own scripts and HMR need (scripts/lib/security-headers.js).
const developmentSecurityHeaders: Plugin = {
  name: "leadbench-security-headers",
  apply: "serve",
  configureServer(server) {
    const headers = securityHeaders({ development: true });
    server.middlewares.use((_request, response, next) => {
      for (const [name, value] of Object.entries(headers))
        response.setHeader(name, value);
      next();
    });
  },
};

export default defineConfig({
  plugins: [
    tailwindcss(),
    !process.env.VITEST && developmentSecurityHeaders,
    !process.env.VITEST &&
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
          v3_routeConfig: true,
        },
      }),
  ],
  build: { target: "es2022" },
  ssr: { target: "node" },
});
