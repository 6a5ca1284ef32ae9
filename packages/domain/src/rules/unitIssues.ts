import type { Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "./createIssue.ts";
import type { Issue } from "./Issue.ts";
import type { KnownUnit, KnownUnits } from "./KnownUnits.ts";

/** Each list's units by code, built once per list: a batch validates many documents against the same one. */
const indexes = new WeakMap<readonly KnownUnit[], ReadonlyMap<string, KnownUnit>>();

const byCode = (list: readonly KnownUnit[]): ReadonlyMap<string, KnownUnit> => {
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map(list.map((unit) => [unit.code, unit]));
    indexes.set(list, index);
  }
  return index;
};

/** What the issue prints of `unit`. */
const nameOf = (unit: KnownUnit) => unit.fullName ?? unit.name ?? unit.code;

/**
 * The issues of a document's `commune` and `district` codes against `known`: a code not listed is
 * `commune.unknown` (`district.unknown`), one listed under another province than `province` is
 * `commune.other-province` (`district.other-province`). Nothing is checked for a level without a list.
 */
export const unitIssues = (
  t: Translate,
  document: {
    readonly province: string;
    readonly commune?: string | undefined;
    readonly district?: string | undefined;
  },
  known: KnownUnits | undefined,
): Issue[] => {
  const issues: Issue[] = [];
  for (const level of ["commune", "district"] as const) {
    const code = document[level];
    const list = level === "commune" ? known?.communes : known?.districts;
    if (code === undefined || list === undefined) continue;
    const unit = byCode(list).get(code);
    if (unit === undefined) issues.push(createIssue(t, `${level}.unknown`, [level], { code }));
    else if (unit.province !== document.province) {
      issues.push(
        createIssue(t, `${level}.other-province`, [level], {
          code,
          name: nameOf(unit),
          province: unit.province,
          expected: document.province,
        }),
      );
    }
  }
  return issues;
};
