import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** A 1×1 PNG and a minimal PDF: real content for the upload checks, which read the bytes. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** A form's file part, with whatever name and type the browser would claim. */
export const file = (bytes: Uint8Array | string, name: string, type = "application/octet-stream") =>
  new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name, { type });

/**
 * A storage folder of the test file's own (FILES_DIR), removed by `cleanUp`, and a listing of every
 * file under it (what a failed or refused upload must not leave behind).
 */
export function ownFilesDir(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.FILES_DIR = dir;
  const storedFiles = (at = dir): string[] =>
    readdirSync(at).flatMap((n) => {
      const p = path.join(at, n);
      return statSync(p).isDirectory() ? storedFiles(p) : [p];
    });
  return { dir, storedFiles, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}
