import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { type Invitation, invitationSchema } from "./Invitation.ts";

const invitationCheck = fieldCheckFor<Invitation>();

/** The rules of an invitation beyond its schema, each with the fields it reads. */
const invitationChecks: readonly FieldCheck<Invitation>[] = [
  invitationCheck(["symbol"], (t, invitation) =>
    symbolTypeIssue(t, invitation.symbol, "giay-moi", "invitation.symbol-type"),
  ),
  invitationCheck(["eventDate", "date"], (t, invitation) =>
    invitation.eventDate < invitation.date
      ? createIssue(t, "invitation.event-before-issued", ["eventDate"], {
          eventDate: invitation.eventDate,
          date: invitation.date,
        })
      : [],
  ),
  invitationCheck(["copies"], (t, invitation) => copiesIssue(t, invitation.copies)),
];

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
  runValidation(invitationSchema, input, options, invitationChecks);
