import type { Directive, EntityId } from "@xhht/domain";
import type { TemplateId } from "@xhht/templates";
import { findNamedKind, namedKindList } from "./namedKinds.ts";

type Templates = typeof import("@xhht/templates");

/** A document `xhht generate` lays out: the template's id, its short names, and the entity it reads. */
export interface TemplateKind {
  readonly id: TemplateId;
  readonly aliases: readonly string[];
  /** The entity kind (see `entityKinds`) a record of this template is checked as. */
  readonly entity: EntityId;
  readonly render: (templates: Templates, value: never, directive: Directive | undefined) => Promise<Uint8Array>;
}

const directiveOption = (directive: Directive | undefined) => (directive === undefined ? {} : { directive });

/** A template reading the entity of the same name, unless another is given. */
function template(id: TemplateId & EntityId, aliases: readonly string[], render: TemplateKind["render"]): TemplateKind;
function template(
  id: TemplateId,
  aliases: readonly string[],
  render: TemplateKind["render"],
  entity: EntityId,
): TemplateKind;
function template(
  id: TemplateId,
  aliases: readonly string[],
  render: TemplateKind["render"],
  entity: EntityId = id as EntityId,
): TemplateKind {
  return { id, aliases, entity, render };
}

/** The templates of @xhht/templates that read one record each. The national summary comes from `xhht summarize`. */
export const templateKinds: readonly TemplateKind[] = [
  template("official-letter", ["letter"], (templates, value) => templates.renderOfficialLetter(value)),
  template("provincial-plan", ["plan"], (templates, value, directive) =>
    templates.renderPlan(value, directiveOption(directive)),
  ),
  template("provincial-report", ["report"], (templates, value, directive) =>
    templates.renderReport(value, directiveOption(directive)),
  ),
  template("committee-decision", ["decision"], (templates, value) => templates.renderCommitteeDecision(value)),
  template("invitation", [], (templates, value) => templates.renderInvitation(value)),
  template("budget-estimate", ["budget"], (templates, value) => templates.renderBudgetEstimate(value)),
  template("submission", [], (templates, value) => templates.renderSubmission(value)),
  template(
    "forwarding-letter",
    ["forwarding"],
    async (templates, value, directive) => {
      const fallback = directive ?? (await import("@xhht/domain")).directive2020;
      return templates.renderForwardingLetter(value, { directive: fallback });
    },
    "forwarding-request",
  ),
];

const idOf = (kind: TemplateKind) => kind.id;

/** The template named `name` (its id or a short name), or `undefined`. */
export const findTemplateKind = (name: string): TemplateKind | undefined => findNamedKind(templateKinds, idOf, name);

/** Every name a template answers to, for help and messages. */
export const templateKindNames = (): string => namedKindList(templateKinds, idOf);
