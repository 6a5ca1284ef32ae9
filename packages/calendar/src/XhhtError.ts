// The SDK's base error is @xhht/core's: one class for every package, so `instanceof XhhtError` holds for an error of
// any of them. @xhht/calendar keeps exporting it under the same name; its TSDoc is with the class, in @xhht/core.
export { XhhtError } from "@xhht/core";
