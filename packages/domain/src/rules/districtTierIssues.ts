import { hasDistrictTier } from "../admin/hasDistrictTier.ts";
import { namesDistrictTier } from "../admin/namesDistrictTier.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "./createIssue.ts";
import type { Issue } from "./Issue.ts";

/** One text field of a document and where it is: a recipient, a body responsible for an activity… */
export type PlacedText = readonly [path: readonly (string | number)[], text: string];

/**
 * `actor.district-abolished` warnings for a document dated `date` (a valid `YYYY-MM-DD`): none before 01/07/2025;
 * from that day one for each text that names a district-level body, which no longer exists.
 */
export const districtTierIssues = (t: Translate, date: string, texts: readonly PlacedText[]): Issue[] =>
  hasDistrictTier(date)
    ? []
    : texts
        .filter(([, text]) => namesDistrictTier(text))
        .map(([path, found]) => createIssue(t, "actor.district-abolished", path, { date, found }));
