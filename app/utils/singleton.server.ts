// Keeps one instance across Vite's dev-server module reloads; PGlite in particular must be
// opened once per process.
export function singleton<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as {
    __leadbench?: Record<string, unknown>;
  };
  store.__leadbench ??= {};
  if (!(name in store.__leadbench)) store.__leadbench[name] = create();
  return store.__leadbench[name] as T;
}
