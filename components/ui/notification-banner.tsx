import { useId, type ReactNode } from "react";
import { cx } from "./cx";

export type NotificationBannerProps = {
  title?: string;
  type?: "info" | "success";
  children: ReactNode;
};

/**
 * Tells people about something important (info: a labelled region) or that something worked
 * (success: an alert, so screen readers announce it when it appears).
 */
export function NotificationBanner({ title, type = "info", children }: NotificationBannerProps) {
  const titleId = useId();
  const success = type === "success";
  return (
    <div
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
      className={cx("mb-8 border-[5px]", success ? "border-success bg-success" : "border-info bg-info")}
    >
      <h2 id={titleId} className="px-3 py-1 text-base font-bold text-white sm:text-[1.1875rem]">
        {title ?? (success ? "Success" : "Important")}
      </h2>
      <div className="bg-white p-4 sm:p-5">
        {typeof children === "string" ? (
          <p className="text-lg font-bold sm:text-2xl">{children}</p>
        ) : (
          children
        )}
      </div>
    </div>
  );
}
