import type { Directive, Issue, Language } from "@xhht/domain";
import { findEntityKind } from "./entityKinds.ts";
import { pickDirective } from "./pickDirective.ts";
import { findTemplateKind } from "./templateKinds.ts";

/** What one record gives: the document's bytes and its warnings, or the issues that stop it. */
export type RenderOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly message?: string };

const plain = (issues: readonly Issue[]): Issue[] =>
  issues.map(({ code, severity, path, params, basis, message }) => ({ code, severity, path, params, basis, message }));

/**
 * Checks one record with its entity's validator (messages in `lang`) and lays it out with its template. Never
 * throws for bad data: the validator's issues, or the template's refusal, come back as the outcome.
 */
export const renderRecord = async (
  template: string,
  value: unknown,
  options: { readonly lang: Language; readonly directive?: Directive | undefined },
): Promise<RenderOutcome> => {
  const kind = findTemplateKind(template);
  const entity = kind && findEntityKind(kind.entity);
  if (kind === undefined || entity === undefined) throw new Error(`xhht: unknown template ${template}`);
  const [domain, templates] = await Promise.all([import("@xhht/domain"), import("@xhht/templates")]);
  const directive = pickDirective(value, options.directive, domain.directive2020);
  const result = entity.validate(value, { lang: options.lang, directive });
  if (!result.ok) return { ok: false, issues: plain(result.issues) };
  try {
    const bytes = await kind.render(templates, result.value as never, directive);
    return { ok: true, bytes, issues: plain(result.issues) };
  } catch (error) {
    if (!(error instanceof templates.TemplateError)) throw error;
    const issues = error.issues.map(
      (issue): Issue => ({
        code: issue.code,
        severity: "error",
        path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
        params: {},
        basis: undefined,
        message: issue.message,
      }),
    );
    return { ok: false, issues, message: error.message };
  }
};
