import Link from "next/link";
import { PageHeading } from "@/components/ui/heading";

export default function NotFound() {
  return (
    <div className="max-w-[75ch]">
      <PageHeading>Page not found</PageHeading>
      <p className="mb-4">If you typed the web address, check it is correct.</p>
      <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
      <p className="mb-4">
        If the page is for a record, it may have been removed, or it may belong to someone else.
      </p>
      <p>
        Go to the <Link href="/">short breaks home page</Link> or{" "}
        <Link href="/dashboard">your home page</Link>.
      </p>
    </div>
  );
}
