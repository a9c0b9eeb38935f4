"use client";

import "./globals.css";

/** Last resort when the layout itself fails (for example the database is down). No details leak. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body className="bg-white text-ink">
        <main className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="mb-6 text-3xl font-bold">Sorry, the service is unavailable</h1>
          <p className="mb-4">Try again in a few minutes. Anything you had saved is still there.</p>
          <p>
            <button type="button" onClick={reset} className="text-link underline">
              Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
