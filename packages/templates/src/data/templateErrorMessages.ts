/**
 * The messages of the {@link TemplateError}s the templates throw, in English like every error of the SDK (they are
 * for developers; what a validator reports to users is translated by `@xhht/domain`'s locales).
 */
export const templateErrorMessages = {
  /** What an error message calls each input: «The plan is not valid: …». */
  inputNames: {
    budgetEstimate: "budget estimate",
    decision: "decision",
    directive: "directive",
    forwardingLetter: "forwarding letter",
    forwardingRequest: "forwarding request",
    invitation: "invitation",
    nationalSummary: "national summary",
    nationalSummaryMeta: "national summary's document fields",
    officialLetter: "official letter",
    plan: "plan",
    report: "report",
    submission: "submission",
  },
  /** How `describeValue` names a value it does not print. */
  valueOfType: (type: string) => `a value of type ${type}`,
  indescribable: "a value that cannot be described",
  cannotLayOut: (what: string, why: string) => `The ${what} cannot be laid out from its input: ${why}`,
  /** `parseEntity`'s refusal: the input's name and its error issues, each «path: message», joined with «; ». */
  invalidInput: (what: string, issues: string) => `The ${what} is not valid: ${issues}`,
  /** `checkNationalSummary`'s refusal, with the issues as in {@link templateErrorMessages.invalidInput}. */
  invalidSummary: (issues: string) =>
    `The national summary is not valid: pass what summarizeReports returns: ${issues}`,
  invalidPlace: (what: string, why: string) => `The ${what} is not valid: place: ${why}`,
  unsafeText: (path: string, char: string, index: number) =>
    `${path} holds ${char} at index ${index}, a character XML cannot carry; remove it`,
  generatedAt: (why: string) => `generatedAt: ${why}`,
  signedAt: (why: string) => `electronicSignature.signedAt: ${why}`,
  draftSigned: "electronicSignature: a draft (no number) cannot be signed; give the document its number first",
  summaryMetaMissing:
    "renderNationalSummary needs the report's own fields: renderNationalSummary(summary, { meta: sampleNationalSummaryMeta2020 })",
  directiveMissing:
    "renderForwardingLetter needs the directive the letter forwards: renderForwardingLetter(request, { directive: directive2020 })",
  lintOptions: (why: string) =>
    `The options of lintDocx cannot be used: ${why}; pass { lang: "vi" } or { lang: "en" }, and an i18next instance as i18n if any`,
  /** `readDocxText`'s refusals: «These bytes are not a .docx: …». */
  notDocx: {
    lead: (why: string) => `These bytes are not a .docx: ${why}`,
    notBytes: (value: string) => `a Uint8Array or an ArrayBuffer was expected, not ${value}`,
    notZip: "they are not a zip file",
    tooManyEntries: (max: number) => `the zip lists more than ${max} entries`,
    noDocument: "the package has no word/document.xml part",
    badXml: "its main document is not WordprocessingML (no w:document, or nested too deep)",
    tooLarge: (part: string, megabytes: number, elements: number) =>
      `${part} is larger than ${megabytes} MB or ${elements} XML elements`,
    damaged: (part: string) =>
      `${part} is damaged: its size or CRC-32 is not what the zip declares, or it is cut short`,
  },
} as const;
