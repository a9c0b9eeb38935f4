import { BookOpen } from "lucide-react";

/**
 * A short Easy Read sentence with a picture, shown only in Easy Read mode (the same page and data,
 * presented more simply). Hidden by CSS otherwise, so screen readers skip it in standard mode too.
 */
export function EasyRead({ children }: { children: React.ReactNode }) {
  return (
    <p className="easy-read-only mb-6 flex items-start gap-4">
      <BookOpen aria-hidden="true" className="h-12 w-12 shrink-0" />
      <span>{children}</span>
    </p>
  );
}
