import {
  type CommitteeDecision,
  type CommitteeDecisionInput,
  committeeRoles,
  validateCommitteeDecision,
} from "@xhht/domain";
import type { FileChild } from "docx";
import { dataTable } from "../blocks/dataTable.ts";
import type { ElectronicSignatureOptions } from "../blocks/electronicSignature.ts";
import { structuredBody } from "../blocks/structuredBody.ts";
import { decisionWording } from "../data/decisionWording.ts";
import { documentWording } from "../data/documentWording.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { templateIds } from "../templateIds.ts";
import { listItemText } from "../text/listItemText.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";
import { renderValidated } from "./renderValidated.ts";

/**
 * Options of {@link renderCommitteeDecision}.
 *
 * @example
 * ```ts
 * const options: RenderCommitteeDecisionOptions = { generatedAt: "2020-09-18" };
 * ```
 */
export interface RenderCommitteeDecisionOptions extends RenderLanguageOptions, ElectronicSignatureOptions {
  /** The instant recorded as the document's creation time; the decision's own date when absent. */
  readonly generatedAt?: Date | string;
}

const { columns } = documentWording;

const articles = (decision: CommitteeDecision): FileChild[] =>
  structuredBody([
    { type: "centred", text: documentWording.enactingFormula },
    {
      type: "article",
      number: 1,
      text: decisionWording.establishes(decision.committeeName),
    },
    { type: "article", number: 2, text: decisionWording.duties },
    ...decision.duties.map(
      (duty, index) =>
        ({
          type: "clause",
          label: `${index + 1}.`,
          text: listItemText(duty, index === decision.duties.length - 1),
        }) as const,
    ),
    { type: "article", number: 3, text: decisionWording.inForce },
    {
      type: "paragraph",
      text: decisionWording.executors(decision.executors.join(", ")),
    },
  ]);

/** The members in the order a list prints them: head, deputies, standing member, members, secretary. */
const membersTable = (decision: CommitteeDecision) => {
  const rank = (role: (typeof committeeRoles)[number]) => committeeRoles.indexOf(role);
  const members = decision.members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => rank(a.member.role) - rank(b.member.role) || a.index - b.index)
    .map(({ member }) => member);
  return dataTable({
    columns: [
      { header: columns.number, weight: 8, align: "center" },
      { header: columns.name, weight: 25 },
      { header: columns.position, weight: 45 },
      { header: columns.role, weight: 22 },
    ],
    rows: members.map((member, index) => [
      String(index + 1),
      member.name,
      member.position,
      documentWording.committeeRoles[member.role],
    ]),
  });
};

/**
 * Lays out a quyết định setting up the Week's organising committee (Decree 30/2020/NĐ-CP): header, «QUYẾT ĐỊNH»
 * and its trích yếu, the deciding authority in bold capitals, the căn cứ in italics, «QUYẾT ĐỊNH:», «Điều 1.»
 * (the committee, its members in the appendix), «Điều 2.» (its duties as clauses), «Điều 3.» (effect and who
 * executes it), the signature and «Nơi nhận»; then «Phụ lục» on its own pages numbered from 1: the member list
 * as a table (name, position, role in the committee), head first.
 *
 * The decision is checked with `validateCommitteeDecision` first: invalid input is refused with a
 * {@link TemplateError} carrying its issues; a character XML cannot carry is refused naming the field.
 *
 * @example
 * ```ts
 * import { sampleCommitteeDecision2020 } from "@xhht/domain";
 * import { renderCommitteeDecision } from "@xhht/templates";
 *
 * const bytes = await renderCommitteeDecision(sampleCommitteeDecision2020);
 * ```
 */
export const renderCommitteeDecision = (
  decision: CommitteeDecisionInput | CommitteeDecision,
  options: RenderCommitteeDecisionOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  renderValidated(
    templateErrorMessages.inputNames.decision,
    decision,
    (input) => validateCommitteeDecision(input, options),
    async (parsed) => {
      return renderTypedDocument(templateIds.committeeDecision, options, {
        fields: parsed,
        what: templateErrorMessages.inputNames.decision,
        typeName: documentWording.typeNames.decision,
        subject: parsed.subject,
        preamble: structuredBody([{ type: "centred", text: parsed.decidingAuthority.toLocaleUpperCase("vi") }]),
        legalBases: parsed.legalBases,
        body: articles(parsed),
        attachment: { typeName: documentWording.attachedTypeNames.decision, issuerName: parsed.issuerName },
        appendices: [
          {
            label: documentWording.appendix,
            title: decisionWording.membersTitle(parsed.committeeName),
            children: [membersTable(parsed)],
          },
        ],
      });
    },
  );
