import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../errors";

/** The kinds of file the portal takes, by the type found in the content. */
export const UPLOAD_KINDS = {
  "image/jpeg": { label: "JPG", extensions: ["jpg", "jpeg", "jfif"] },
  "image/png": { label: "PNG", extensions: ["png"] },
  "image/webp": { label: "WebP", extensions: ["webp"] },
  "application/pdf": { label: "PDF", extensions: ["pdf"] },
} as const;
export type UploadType = keyof typeof UPLOAD_KINDS;

/** A file that passed the checks: its bytes and what they were found to be. */
export interface CheckedUpload {
  bytes: Uint8Array;
  contentType: UploadType;
  sizeBytes: number;
  sha256: string;
  /** The person's file name, cleaned for the download header; never a path. */
  originalName: string;
}

export interface UploadRules {
  /** The form field, for the message beside it. */
  field: string;
  /** How the message names the file: "the receipt". */
  what: string;
  accept: readonly UploadType[];
  maxMb: number;
  required: boolean;
}

/** A name safe to show and to put in a Content-Disposition header: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(-120);
  return clean || "file";
}

const extensionOf = (name: string) => /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase() ?? null;
const KNOWN_EXTENSIONS = new Map<string, UploadType>(
  Object.entries(UPLOAD_KINDS).flatMap(([type, k]) => k.extensions.map((e) => [e, type as UploadType])),
);

function listOf(types: readonly UploadType[]) {
  const labels = types.map((t) => UPLOAD_KINDS[t].label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}` : labels[0];
}

/**
 * Checks an uploaded file by its content, not its name or the browser's word for it: present (when
 * required), not empty, within the size limit, of an accepted type, and not named as another type (a
 * PNG called receipt.pdf is refused, so the name never misleads whoever opens it). Returns null for
 * an optional file left empty. Every problem is an INVALID error for the field.
 */
export async function checkUpload(value: unknown, rules: UploadRules): Promise<CheckedUpload | null> {
  const problem = (message: string) => new AppError("INVALID", message, { [rules.field]: message });
  const Cap = rules.what.charAt(0).toUpperCase() + rules.what.slice(1);
  // Browsers send an empty file input as a 0-byte part (named "", "blob" or "undefined" by the
  // time it arrives), which cannot be told from a chosen empty file: both count as no file.
  if (!(value instanceof File) || value.size === 0) {
    if (rules.required) throw problem(`Select ${rules.what}: the file is missing or empty`);
    return null;
  }
  const file = value;
  if (file.size > rules.maxMb * 1024 * 1024) throw problem(`${Cap} must be smaller than ${rules.maxMb} MB`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const found = await fileTypeFromBuffer(bytes);
  const type =
    found && (rules.accept as readonly string[]).includes(found.mime) ? (found.mime as UploadType) : null;
  if (!type) throw problem(`${Cap} must be a ${listOf(rules.accept)} file`);
  const named = extensionOf(file.name);
  const namedType = named ? KNOWN_EXTENSIONS.get(named) : undefined;
  if (namedType && namedType !== type)
    throw problem(
      `${Cap} is called .${named} but it is a ${UPLOAD_KINDS[type].label} file: rename it or choose the right file`,
    );
  return {
    bytes,
    contentType: type,
    sizeBytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    originalName: cleanFileName(file.name),
  };
}
