import type { CliTranslate } from "../createCliTranslator.ts";
import { errorText } from "./errorText.ts";

/** Why a file could not be read, for people: not found, a folder, or the system's reason. */
export const unreadableReason = (error: unknown, t: CliTranslate): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? t("input.not-found") : code === "EISDIR" ? t("input.is-folder") : errorText(error);
};
