import { nd30Profile } from "../nd30Profile.ts";
import type { RunStyle } from "./safeText.ts";

/** Run formatting in the profile's font at `size` half-points. */
export const runStyle = (size: number, extra: { bold?: boolean; italics?: boolean } = {}): RunStyle => ({
  font: nd30Profile.font.family.value,
  size,
  ...(extra.bold ? { bold: true } : {}),
  ...(extra.italics ? { italics: true } : {}),
});
