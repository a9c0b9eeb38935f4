"use client";

import Link from "next/link";

/** Shown when a page fails unexpectedly. No details of the failure reach the browser. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-[75ch]">
      <h1 className="mb-6 text-3xl font-bold sm:text-5xl">Sorry, there is a problem with the service</h1>
      <p className="mb-4">Try again in a few minutes. Anything you had saved is still there.</p>
      <p className="mb-4">
        <button type="button" onClick={reset} className="text-link underline">
          Try again
        </button>
      </p>
      <p>
        Or go to <Link href="/">the short breaks home page</Link>.
      </p>
    </div>
  );
}
