import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets the portal must read back (a TOTP secret, an OpenID client secret) are sealed with
 * AES-256-GCM under a key derived from NEXTAUTH_SECRET with HKDF, one key per purpose
 * (docs/decisions/0035). A copy of the database alone does not reveal them; the purpose is bound
 * in as associated data, so a sealed value cannot be moved to another column and opened there.
 */
export type SecretPurpose = "totp" | "oidc-client-secret";

const VERSION = "v1";

type SecretEnv = { NEXTAUTH_SECRET?: string };

function keyFor(purpose: SecretPurpose, env: SecretEnv = process.env): Buffer {
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: secrets cannot be sealed or opened");
  return Buffer.from(hkdfSync("sha256", secret, "short-breaks-portal", `secret-box:${purpose}`, 32));
}

export function sealSecret(plain: string, purpose: SecretPurpose, env: SecretEnv = process.env): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose, env), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** Opens a sealed secret; throws when it was sealed under another key or purpose, or was altered. */
export function openSecret(sealed: string, purpose: SecretPurpose, env: SecretEnv = process.env): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose, env), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
