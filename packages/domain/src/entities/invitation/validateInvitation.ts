import type { LanguageOptions, Translate } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { type Invitation, invitationSchema } from "./Invitation.ts";

const checkInvitation = (t: Translate, invitation: Invitation): Issue[] => {
  const issues: Issue[] = [];
  const symbolType = symbolTypeIssue(t, invitation.symbol, "giay-moi", "invitation.symbol-type");
  if (symbolType) issues.push(symbolType);
  if (invitation.eventDate < invitation.date) {
    issues.push(
      createIssue(t, "invitation.event-before-issued", ["eventDate"], {
        eventDate: invitation.eventDate,
        date: invitation.date,
      }),
    );
  }
  const copies = copiesIssue(t, invitation.copies);
  if (copies) issues.push(copies);
  return issues;
};

/**
 * Checks a giấy mời: its schema (a 24-hour «HH:MM» time), a «GM-» symbol, an event on or after the invitation's
 * date, a «Nơi nhận» ending «Lưu: VT, …». Never throws on bad data.
 *
 * @example
 * ```ts
 * validateInvitation({ ...sampleInvitation2020, symbol: "TB-SGDĐT" }).issues[0]?.code; // "invitation.symbol-type"
 * ```
 */
export const validateInvitation = (input: unknown, options: LanguageOptions = {}): ValidationResult<Invitation> =>
  runValidation(invitationSchema, input, options, checkInvitation);
