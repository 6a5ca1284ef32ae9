import { formatShortDate } from "@xhht/calendar";
import type { Directive, ForwardingRequest, OfficialLetterInput } from "@xhht/domain";
import { documentWording } from "../data/documentWording.ts";
import { forwardingWording } from "../data/forwardingWording.ts";
import { dateInWords } from "../text/dateText.ts";

const capitalised = (text: string) => `${text.charAt(0).toLocaleUpperCase("vi")}${text.slice(1)}`;

/**
 * The công văn a province sends to forward the Ministry's letter on the Week: its own header, recipients, signer
 * and «Nơi nhận» from `request`; a body citing the Ministry's letter (number, date, issuer, subject), assigning the
 * lead body and its partners with the year's theme and dates, asking every unit to act, and setting the province's
 * reporting deadline. Pure data: render it with `renderOfficialLetter` (or {@link renderForwardingLetter}).
 *
 * @example
 * ```ts
 * const letter = forwardingLetter(directive2020, sampleForwardingRequest2020);
 * letter.body[0]; // { type: "paragraph", text: "Thực hiện Công văn số 3589/BGDĐT-GDTX ngày 15 tháng 9 năm 2020 …" }
 * ```
 */
export const forwardingLetter = (directive: Directive, request: ForwardingRequest): OfficialLetterInput => {
  const { letter, week } = directive;
  const number = letter.number === undefined ? undefined : `${String(letter.number).padStart(2, "0")}/${letter.symbol}`;
  const source = documentWording.citedLetter(number, dateInWords(letter.date), request.directiveIssuerName);
  const lines = [
    forwardingWording.lead(
      request.lead,
      request.partners.join(", "),
      directive.year,
      directive.theme,
      formatShortDate(week.start),
      formatShortDate(week.end),
      formatShortDate(week.opening),
    ),
    forwardingWording.all,
    forwardingWording.report(
      request.reportTo,
      formatShortDate(request.reportDeadline),
      request.issuerName,
      request.directiveIssuerName,
    ),
    ...request.extra,
  ];
  return {
    schemaVersion: 1,
    ...(request.parentBody === undefined ? {} : { parentBody: request.parentBody }),
    issuer: request.issuer,
    ...(request.number === undefined ? {} : { number: request.number }),
    symbol: request.symbol,
    place: request.place,
    date: request.date,
    subject: request.subject,
    recipients: [...request.recipients],
    body: [
      { type: "paragraph", text: forwardingWording.opening(source, letter.subject, request.issuerName) },
      ...lines.map((text, index) => ({ type: "paragraph" as const, text: `${index + 1}. ${text}` })),
      { type: "paragraph", text: forwardingWording.closing(capitalised(request.issuerName)) },
    ],
    signature: request.signature,
    copies: [...request.copies],
    ...(request.contact === undefined ? {} : { contact: request.contact }),
  };
};
