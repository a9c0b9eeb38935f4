import { defineRoute } from "@/lib/actions/define-route";
import { readableFile } from "@/lib/files/stored-files";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/schemas/fields";

export const dynamic = "force-dynamic";

/**
 * An uploaded file, to someone who may read the record it belongs to (see readableFile). Images
 * open in the browser, sandboxed; PDFs download. Never cached by a shared cache.
 */
export const GET = defineRoute(
  "read:file:attached",
  async (actor, _request, { params }: { params: Promise<{ id: string }> }) => {
    const parsed = recordId.safeParse((await params).id);
    if (!parsed.success) throw new NotFoundError("The file");
    const file = await readableFile(actor, parsed.data);
    const inline = file.contentType.startsWith("image/");
    const name = encodeURIComponent(file.originalName);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${name}`,
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
