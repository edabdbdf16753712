// Settings that differ between local, staging and production come from the environment,
// so the same build runs everywhere.
function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing environment variable ${name}`);
  }
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: required("DATABASE_URL"),
  storefrontUrl: required("STOREFRONT_URL"),
  sessionTtlHours: Number(process.env.SESSION_TTL_HOURS ?? 24),
};
