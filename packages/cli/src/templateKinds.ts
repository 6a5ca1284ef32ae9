import type { Directive } from "@xhht/domain";

type Templates = typeof import("@xhht/templates");

/** A document `xhht generate` lays out: the template's id, its short names, and the entity it reads. */
export interface TemplateKind {
  readonly id: string;
  readonly aliases: readonly string[];
  /** The entity kind (see `entityKinds`) a record of this template is checked as. */
  readonly entity: string;
  readonly render: (templates: Templates, value: never, directive: Directive | undefined) => Promise<Uint8Array>;
}

const directiveOption = (directive: Directive | undefined) => (directive === undefined ? {} : { directive });

/** The templates of @xhht/templates that read one record each. The national summary comes from `xhht summarize`. */
export const templateKinds: readonly TemplateKind[] = [
  {
    id: "official-letter",
    aliases: ["letter"],
    entity: "official-letter",
    render: (templates, value) => templates.renderOfficialLetter(value),
  },
  {
    id: "provincial-plan",
    aliases: ["plan"],
    entity: "provincial-plan",
    render: (templates, value, directive) => templates.renderPlan(value, directiveOption(directive)),
  },
  {
    id: "provincial-report",
    aliases: ["report"],
    entity: "provincial-report",
    render: (templates, value, directive) => templates.renderReport(value, directiveOption(directive)),
  },
  {
    id: "committee-decision",
    aliases: ["decision"],
    entity: "committee-decision",
    render: (templates, value) => templates.renderCommitteeDecision(value),
  },
  {
    id: "invitation",
    aliases: [],
    entity: "invitation",
    render: (templates, value) => templates.renderInvitation(value),
  },
  {
    id: "budget-estimate",
    aliases: ["budget"],
    entity: "budget-estimate",
    render: (templates, value) => templates.renderBudgetEstimate(value),
  },
  {
    id: "submission",
    aliases: [],
    entity: "submission",
    render: (templates, value) => templates.renderSubmission(value),
  },
  {
    id: "forwarding-letter",
    aliases: ["forwarding"],
    entity: "forwarding-request",
    render: async (templates, value, directive) => {
      const fallback = directive ?? (await import("@xhht/domain")).directive2020;
      return templates.renderForwardingLetter(value, { directive: fallback });
    },
  },
];

/** The template named `name` (its id or a short name), or `undefined`. */
export const findTemplateKind = (name: string): TemplateKind | undefined =>
  templateKinds.find((kind) => kind.id === name || kind.aliases.includes(name));

/** Every name a template answers to, for help and messages. */
export const templateKindNames = (): string =>
  templateKinds
    .map((kind) => (kind.aliases.length > 0 ? `${kind.id} (${kind.aliases.join(", ")})` : kind.id))
    .join(", ");
