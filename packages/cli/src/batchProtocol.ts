import type { Directive, Issue, Language } from "@xhht/domain";

/** A record sent to a worker: the template, the record, where to write its document. */
export interface BatchTask {
  readonly id: number;
  readonly template: string;
  readonly value: unknown;
  readonly out: string;
  readonly lang: Language;
  readonly directive: Directive | undefined;
}

/** What a worker answers for a task: written (with its warnings), or the issues or error that stopped it. */
export type BatchResult =
  | { readonly id: number; readonly ok: true; readonly bytes: number; readonly issues: readonly Issue[] }
  | {
      readonly id: number;
      readonly ok: false;
      readonly issues: readonly Issue[];
      readonly message?: string;
    };
