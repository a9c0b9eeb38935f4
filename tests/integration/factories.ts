// The factories are shared with the end-to-end helpers (tests/e2e/db.ts): see tests/support/factories.ts.
export * from "../support/factories";
