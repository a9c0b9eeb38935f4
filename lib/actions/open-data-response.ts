/** Open data answers (ORUK, OCDS): any site may read them (CORS), and caches may keep them briefly. */
export const OPEN_DATA_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, OPTIONS",
  "cache-control": "public, max-age=60",
} as const;

export function openDataJson(body: unknown): Response {
  return Response.json(body, { headers: OPEN_DATA_HEADERS });
}

export function openDataNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: {
      ...OPEN_DATA_HEADERS,
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
    },
  });
}
