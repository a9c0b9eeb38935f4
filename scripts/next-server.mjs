/**
 * Serves the built portal through Next.js's custom-server API instead of `next start`, for one
 * reason: Next.js gives route handlers no socket address, and sign-in throttling needs to know
 * where a request came from. Every request's `x-portal-peer` header is set here to the address of
 * the TCP peer (the client, or our own reverse proxy), overwriting anything a client sent;
 * lib/auth/client-address.ts reads it with TRUSTED_PROXY_COUNT. Usage: PORT=3000 node scripts/next-server.mjs
 */
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers["x-portal-peer"] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, () => console.log(`[next-server] ready on port ${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; give them a moment, then go.
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
