// The request's CSP nonce, from the server entry (scripts/server.js → entry.server.tsx) to the
// inline scripts root.tsx renders. In the browser it is empty: React keeps the server's value.
import { createContext, useContext } from "react";

const NonceContext = createContext<string | undefined>(undefined);

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
