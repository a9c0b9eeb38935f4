/** Where the end-to-end server listens and the secret it signs sessions with (playwright.config.ts starts it). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-use-000000";
/** Where the end-to-end server writes its e-mail as `.eml` files (no SMTP server in the e2e run). */
export const E2E_MAIL_DIR = "test-results/mail";
