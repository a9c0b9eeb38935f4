import type { DisplayMode } from "@/lib/display-mode";

const LABELS: Record<DisplayMode, string> = {
  standard: "Standard",
  "easy-read": "Easy Read",
  "large-print": "Large print",
};

/** Works without JavaScript: each choice is a submit button of a plain form. */
export function DisplayModeSwitch({
  current,
  setDisplayMode,
}: {
  current: DisplayMode;
  /** The server action that remembers the choice (passed in: components import nothing from app/). */
  setDisplayMode: (formData: FormData) => Promise<void>;
}) {
  return (
    <form action={setDisplayMode} className="flex flex-wrap items-center gap-2 text-base">
      <span id="display-mode-label">Display:</span>
      {(Object.keys(LABELS) as DisplayMode[]).map((mode) => (
        <button
          key={mode}
          type="submit"
          name="mode"
          value={mode}
          aria-pressed={mode === current}
          aria-describedby="display-mode-label"
          className={`min-h-11 rounded-none border-2 px-3 py-1 focus-visible:bg-focus focus-visible:text-ink focus-visible:outline-none ${
            mode === current ? "border-ink bg-ink text-white" : "border-ink bg-white text-ink hover:bg-panel"
          }`}
        >
          {LABELS[mode]}
        </button>
      ))}
    </form>
  );
}
