// zod compiles a fast parser for each object schema with `new Function`, and probes for it at
// once; the Content-Security-Policy allows no eval, so in the browser that probe is a CSP
// violation. Imported first by root.tsx, so it runs before any schema is built. The server
// keeps the compiled parsers.
import { config } from "zod/v4/core";

if (typeof document !== "undefined") config({ jitless: true });
