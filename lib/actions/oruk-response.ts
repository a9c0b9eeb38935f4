/** Open Referral UK answers are open data: any site may read them (CORS), and caches may keep them briefly. */
export const ORUK_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, OPTIONS",
  "cache-control": "public, max-age=60",
} as const;

export function orukJson(body: unknown): Response {
  return Response.json(body, { headers: ORUK_HEADERS });
}

export function orukNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { ...ORUK_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
