// The one client the test OpenID provider knows (tests/support/oidc-provider.js), in a module
// of its own so playwright.config.ts can name it without loading the provider.
export const TEST_CLIENT = {
  clientId: "leadbench-test",
  clientSecret: "leadbench-test-secret-of-enough-length",
};
