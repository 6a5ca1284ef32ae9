import type { IssueRuleId } from "../../data/rules.ts";
import { docxEn } from "./docx.en.ts";
import { errorsEn } from "./errors.en.ts";
import { nd30En } from "./nd30.en.ts";

/** English messages, keyed by rule id (and a variant of a rule by i18next context: `<rule id>_<context>`). */
export const en = {
  "schema.invalid-type": "Wrong type: expected {{expected}}.",
  "schema.missing": "This field is required.",
  "schema.too-small": "Too small or too short: at least {{minimum}}.",
  "schema.too-big": "Too large or too long: at most {{maximum}}.",
  "schema.invalid-value": "Invalid value: expected one of {{values}}.",
  "schema.invalid-format": "Wrong format ({{format}}).",
  "schema.unknown-key": "Unknown field: {{keys}}.",
  "schema.invalid": "Invalid data.",
  "schema.version-newer":
    "The data has schema version {{found}}, newer than version {{supported}} this library supports; upgrade @xhht/domain.",
  "schema.unreadable":
    "The data could not be read (reading it raised «{{reason}}»): pass plain data, such as the result of JSON.parse.",
  "text.xml-illegal": "The text holds a control or non-character that no document can carry; remove that character.",
  "text.blank": "Must not be blank.",
  "text.line-break": "This field is printed on one line: it may not contain a line break.",
  "text.too-long": "Too long: at most {{maximum}} characters, and this has {{length}}.",
  "deadline.out-of-range":
    "The deadline's last day falls outside 0001-01-01 … 9999-12-31; give a deadline within those years.",
  "date.format": "A date must be written YYYY-MM-DD and exist on the calendar, e.g. 2020-10-01.",
  "instant.out-of-range":
    "The moment «{{value}}» falls outside 0001-01-01 … 9999-12-31 in Vietnam's time: give a moment within those years.",
  "email.format": "Not a valid e-mail address.",
  "code.format": "A code is lower-case ASCII, its parts joined by «-» or «.», e.g. «communication.media».",
  "block.id": "A block id is lower-case ASCII, e.g. «s4.a».",
  "block.heading-label": "A clause number is an Arabic numeral and a full stop, e.g. «1.».",
  "block.point-label":
    "A point label is one Vietnamese letter (a, b, c, d, đ, e, g, …; never f, j, w, z) followed by «)».",
  "letter.symbol": "The document symbol is upper case, its groups joined by «-» without spaces, e.g. «BGDĐT-GDTX».",
  "letter.symbol-type":
    "A công văn has no type in its symbol: «{{symbol}}» starts with «{{type}}»; write the body and the drafting unit, e.g. «BGDĐT-GDTX».",
  "letter.place": "The place is the name alone, without a comma: «{{place}}».",
  "letter.copies-luu":
    "The last line of «Nơi nhận» must be «Lưu: VT, …» (the drafting unit's abbreviation); here it is «{{found}}».",
  "letter.copies-nhu-tren":
    "A công văn's «Nơi nhận» starts with «Như trên» (the recipients of «Kính gửi»); here it is «{{found}}».",
  "copies.luu":
    "The last line of «Nơi nhận» must be «Lưu: VT, …» (VT, then the drafting unit's abbreviation, e.g. «Lưu: VT, GDTX»); here it is «{{found}}».",
  "signature.authority-pair":
    "A signing authority (TM., KT., Q., TL., TUQ.) and the head it acts for go together, e.g. «KT. BỘ TRƯỞNG».",
  "signature.authority-chain":
    "The authority lines «{{found}}» are not a chain Decree 30 allows: TM., TM. / KT., TM. / Q., Q., KT., TL., TL. / KT. or TUQ. (top line first; TUQ. is not passed on).",
  "signature.collective-tm":
    "«{{issuer}}» works collectively: its documents are signed «TM. {{collective}}» (then «KT. …» for a deputy), unless signed TL. or TUQ.",
  "signature.head-title":
    "The line that acts for the head names the head's title, «{{expected}}»; here it is «{{found}}».",
  "directive.duplicate-block-id": "The block id «{{id}}» is used twice.",
  "directive.activity-unknown": "The activity code «{{code}}» is not in the activity catalogue.",
  "directive.source-missing": "No block of the letter's body has the id «{{source}}».",
  "directive.week-length": "The Week normally lasts 7 days; this one lasts {{days}} days.",
  "directive.week-year": "The Week must take place in {{year}}.",
  "directive.opening-outside-week":
    "The opening ceremony ({{opening}}) must fall within the Week ({{start}} – {{end}}).",
  "directive.deadline-before-week-end": "The report deadline ({{deadline}}) must come after the Week ends ({{end}}).",
  "directive.letter-after-week": "The letter ({{date}}) is dated after the Week has begun ({{start}}).",
  "province.code-format": "A province code has 2 digits, e.g. «01».",
  "commune.code-format": "A commune code has 5 digits, as in the national list of administrative units, e.g. «00004».",
  "district.code-format":
    "A district code has 3 digits, as in the statistics office's list of administrative units, e.g. «001».",
  "province.unknown": "No province or city has the code «{{code}}» on {{date}}.",
  "commune.unknown":
    "No commune, ward or special zone has the code «{{code}}» in the list of administrative units checked against.",
  "commune.other-province":
    "{{name}} (code «{{code}}») belongs to the province or city «{{province}}», not to the document's («{{expected}}»).",
  "district.unknown":
    "No district, town or provincial city has the code «{{code}}» in the list of administrative units checked against.",
  "district.other-province":
    "{{name}} (code «{{code}}») belongs to the province or city «{{province}}», not to the document's («{{expected}}»).",
  "actor.district-abolished":
    "This document of {{date}} gives work to the district level («{{found}}»), but district-level units ended on 01/07/2025: give it to the commune People's Committees.",
  "plan.symbol-type": "A plan's symbol must start with «KH-», e.g. «KH-UBND»; here it is «{{symbol}}».",
  "plan.activity-unknown":
    "The activity code «{{code}}» is not in the catalogue; a province's own activity takes the «local.» prefix.",
  "plan.activity-dates": "The end date ({{end}}) is before the start date ({{start}}).",
  "plan.activity-outside-week":
    "The activity runs from {{start}} to {{end}}, outside the Week ({{weekStart}} – {{weekEnd}}); if it runs all school year, mark it «yearRound».",
  "plan.opening-day": "The opening ceremony must be held on the Week's opening day ({{opening}}), not on {{start}}.",
  "plan.group-missing": "The plan has no activity of group {{group}}), which the directive requires.",
  "plan.budget-total": "The stated total is {{stated}} đồng but the lines add up to {{sum}} đồng.",
  "appendix.issuer-name":
    "An appendix's «(Kèm theo …)» line names the body that issues the document: give that name as issuerName, e.g. «Sở Giáo dục và Đào tạo tỉnh Nam Định».",
  "plan.budget-estimate-total":
    "The budget estimate attached to the plan totals {{estimate}} đồng but the plan's budget states {{planned}} đồng.",
  "plan.issued-after-week": "The plan ({{date}}) is dated after the Week has begun ({{start}}).",
  "report.submitted-at":
    "The sending time needs a real date, a time (at most 9 digits of fractional seconds) and an offset, e.g. «2020-10-28T16:30:00+07:00».",
  "report.symbol-type": "A report's symbol must start with «BC-», e.g. «BC-UBND»; here it is «{{symbol}}».",
  "report.activity-unknown":
    "The activity code «{{code}}» is not in the catalogue; a province's own activity takes the «local.» prefix.",
  "report.activity-duplicate": "The activity «{{code}}» is reported twice; merge its figures into one entry.",
  "report.measure-not-applicable": "The measure «{{measure}}» is not one of the activity «{{code}}»'s measures.",
  "report.late":
    "The report was sent on {{submittedOn}}, {{daysLate}} days ({{workingDaysLate}} working days) after the last day, {{lastDay}}.",
  "report.late_no-working-days":
    "The report was sent on {{submittedOn}}, {{daysLate}} days after the last day, {{lastDay}} (working days are not counted: the holiday calendar does not cover that year).",
  "report.late_moved":
    "The report was sent on {{submittedOn}}, {{daysLate}} days ({{workingDaysLate}} working days) after the last day, {{lastDay}} ({{movedFrom}} is a day off, so the deadline moved to the next working day: Civil Code 2015, Article 148.5).",
  "report.lateness-not-checked":
    "Lateness was not checked: no report deadline for {{year}} is known (pass the year's `directive` with its deadline, or a `deadline`).",
  "report.sent-before-dated": "The report was sent ({{submittedOn}}) before the date it bears ({{date}}).",
  "summary.year-mismatch": "This report is for {{found}}, not for {{year}}, the year being summarised.",
  "summary.duplicate":
    "Province «{{province}}» has already reported (entry {{kept}}); this report is not counted again.",
  "summary.missing": "No report has been received from {{name}} (code {{province}}).",
  "summary.total-overflow":
    "This report would take the national total of «{{field}}» beyond {{maximum}}, past which sums are no longer exact; it is not counted.",
  "summary.level-mismatch_commune":
    "A commune-level summary takes only reports of communes (with «commune»); this is a province's report.",
  "summary.level-mismatch":
    "A province-level summary takes only reports of provinces; this is the report of commune «{{commune}}».",
  "summary.unit-unexpected":
    "«{{unit}}» is not one of the {{expected}} units expected to report; this report is not counted.",
  "summary.duplicate_commune":
    "Commune «{{commune}}» has already reported (entry {{kept}}); this report is not counted again.",
  "summary.missing_commune": "No report has been received from {{name}} (code {{commune}}).",
  "summary.level-mismatch_district-report":
    "A province-level summary takes only reports of provinces; this is the report of district «{{district}}».",
  "summary.level-mismatch_district":
    "A district-level summary takes only reports of districts (with «district» and without «commune»); this is a province's or a commune's report.",
  "summary.duplicate_district":
    "District «{{district}}» has already reported (entry {{kept}}); this report is not counted again.",
  "summary.missing_district": "No report has been received from {{name}} (code {{district}}).",
  "drafter.initials": "The drafter's initials are upper-case letters without spaces, e.g. «PL».",
  "contact.empty": "The address line needs at least one of: address, e-mail, website, phone, fax.",
  "contact.email": "An e-mail address is written «name@domain.vn» without spaces, e.g. «vanthu@moet.gov.vn».",
  "contact.website":
    "A website is written «domain.vn» or «https://domain.vn/…» without spaces (a Vietnamese domain name in its «xn--…» form).",
  "contact.phone":
    "A phone or fax number has 8 to 15 digits, maybe a leading «+» and spaces, «.», «-» or «( )» between the digits, e.g. «024.3869 5144».",
  "decision.symbol-type": "A decision's symbol must start with «QĐ-», e.g. «QĐ-UBND»; here it is «{{symbol}}».",
  "decision.head-count": "The organising committee must have exactly one head; here it has {{count}}.",
  "invitation.time": "The start time is written on the 24-hour clock as «HH:MM», e.g. «08:00».",
  "invitation.symbol-type": "An invitation's symbol must start with «GM-», e.g. «GM-SGDĐT»; here it is «{{symbol}}».",
  "invitation.event-before-issued": "The event ({{eventDate}}) takes place before the invitation's date ({{date}}).",
  "budget.line-amount": "The amount reads {{stated}} đồng but quantity × unit price is {{product}} đồng.",
  "budget.total": "The total reads {{stated}} đồng but the lines add up to {{sum}} đồng.",
  "budget.symbol-type":
    "«{{type}}» (in the symbol «{{symbol}}») is not a document type abbreviation of Decree 30/2020/NĐ-CP, Phụ lục III: a budget estimate is not an administrative document type. Issue the estimate as an appendix of a plan (the plan's budgetEstimate) or attached to a submission (tờ trình, symbol «TTr-…», renderSubmission).",
  "submission.symbol-type": "A submission's symbol must start with «TTr-», e.g. «TTr-SGDĐT»; here it is «{{symbol}}».",
  "national-summary.symbol-type":
    "A summary report's symbol must start with «BC-», e.g. «BC-BGDĐT»; here it is «{{symbol}}».",
  "forwarding.dated-before-directive":
    "The forwarding letter ({{date}}) cannot be dated before the Ministry's letter ({{directiveDate}}).",
  "forwarding.deadline-after-ministry":
    "The province's reporting deadline ({{deadline}}) is later than the Ministry's last day ({{lastDay}}); the province needs time to sum up.",
  ...nd30En,
  ...docxEn,
  ...errorsEn,
} as const satisfies Record<IssueRuleId, string> & { readonly [variant: `${IssueRuleId}_${string}`]: string };
