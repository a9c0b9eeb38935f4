/** Shows a one-time link in full, as text to select and copy (it will not be shown again). */
export function CopyableLink({ origin, path }: { origin: string; path: string }) {
  return (
    <>
      <p>Give the person this one-time link to set their password. It works for 7 days.</p>
      <p className="mt-2 break-all bg-white p-2 font-mono text-ink" data-testid="password-link">
        {origin}
        {path}
      </p>
    </>
  );
}
