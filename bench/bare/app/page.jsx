import { connection } from "next/server";

/**
 * The ceiling for this stack: a dynamic page (rendered on every request, like the portal's) with
 * no database, no session and no layout of ours, served by the same node_modules as the portal.
 */
export default async function BarePage() {
  await connection();
  return (
    <main>
      <h1>Bare page</h1>
      <p>Rendered at {new Date().toISOString()}</p>
    </main>
  );
}
