import { findProvince } from "../admin/findProvince.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "./createIssue.ts";
import type { Issue } from "./Issue.ts";

/** A `province.unknown` issue when no province bears `code` on `date`. */
export const provinceIssue = (
  t: Translate,
  code: string,
  date: string,
  path: readonly (string | number)[],
): Issue | undefined =>
  findProvince(code, date)?.code === code ? undefined : createIssue(t, "province.unknown", path, { code, date });
