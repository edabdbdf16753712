// Prisma 7 reads no .env: the CLI is used only for `generate` here (migrations run through
// the project's own Wasm runner, scripts/db.ts), so the URL is a harmless fallback.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/leadbench",
  },
});
