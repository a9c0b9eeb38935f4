import { mkdir, readFile, rm, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Where uploaded files' bytes live (decision 0032). One small interface with two backends: a local
 * directory (the default, under the git-ignored `.data` folder) and an S3-compatible bucket chosen by
 * environment variables. Keys are made by the portal, never from a person's file name, and no
 * backend ever gives a public address: files are served only through /api/files/<id>.
 */
export interface FileStorage {
  readonly kind: "local" | "s3";
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
}

/** A new key for a council's file: `<councilId>/<yyyy-mm>/<random>`; nothing from the person. */
export function newStorageKey(councilId: string, now = new Date()): string {
  if (!/^[a-z0-9]+$/i.test(councilId)) throw new Error("A council id is letters and digits");
  return `${councilId}/${now.toISOString().slice(0, 7)}/${randomBytes(18).toString("base64url")}`;
}

const KEY = /^[A-Za-z0-9]+\/\d{4}-\d{2}\/[A-Za-z0-9_-]{24}$/;

/** Only keys the portal made are used, so a key can never climb out of the storage's folder. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error("Not a storage key made by the portal");
}

/** Files in a folder of this machine: written to a temporary name then renamed, so none is half-written. */
export class LocalFileStorage implements FileStorage {
  readonly kind = "local" as const;
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    assertStorageKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${randomBytes(6).toString("hex")}.part`;
    await writeFile(temporary, bytes, { mode: 0o600, flag: "wx" });
    await rename(temporary, file);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The settings of an S3-compatible bucket, from the environment. */
export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  /** Optional key prefix inside the bucket, e.g. "portal/". */
  prefix: string;
}

export function s3SettingsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Settings {
  const bucket = env.FILES_S3_BUCKET;
  if (!bucket) throw new Error("FILES_S3_BUCKET must be set when FILE_STORAGE=s3");
  return {
    bucket,
    region: env.FILES_S3_REGION ?? env.AWS_REGION ?? "eu-west-2",
    endpoint: env.FILES_S3_ENDPOINT || undefined,
    forcePathStyle: env.FILES_S3_FORCE_PATH_STYLE === "true",
    prefix: env.FILES_S3_PREFIX ?? "",
  };
}

let chosen: Promise<FileStorage> | undefined;

/**
 * The portal's file storage: `FILE_STORAGE=s3` with `FILES_S3_BUCKET` (and optionally
 * `FILES_S3_REGION`, `FILES_S3_ENDPOINT`, `FILES_S3_FORCE_PATH_STYLE`, `FILES_S3_PREFIX`; credentials
 * as the AWS SDK reads them) for a bucket, otherwise the folder `FILES_DIR` (default `.data/files`).
 */
export function fileStorage(): Promise<FileStorage> {
  chosen ??= (async () => {
    if (process.env.FILE_STORAGE === "s3") {
      const { S3FileStorage } = await import("./s3-storage");
      return new S3FileStorage(s3SettingsFromEnv());
    }
    return new LocalFileStorage(path.resolve(process.env.FILES_DIR ?? path.join(".data", "files")));
  })();
  return chosen;
}
