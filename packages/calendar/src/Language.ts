// The SDK's one language type is @xhht/core's (`"vi" | "en"`), re-exported so that a calendar user can name what
// formatWeekday and formatLunarDate's `lang` take; its TSDoc is in @xhht/core.
export type { Language } from "@xhht/core";
