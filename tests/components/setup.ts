// jsdom has no CSS namespace; the error summary uses CSS.escape to find a field's label.
globalThis.CSS ??= { escape: (value: string) => value.replace(/([^\w-])/g, "\\$1") } as typeof CSS;
// jsdom has no layout: scrolling is a no-op.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
