import type { Directive, Issue, Language } from "@xhht/domain";

/** A record sent to a worker: the template, the record, where to write its document and whether it may replace a file. */
export interface BatchTask {
  readonly id: number;
  readonly template: string;
  readonly value: unknown;
  readonly out: string;
  readonly force: boolean;
  readonly lang: Language;
  readonly directive: Directive | undefined;
}

/**
 * What a worker answers for a task: written (with its warnings; `unchanged` when the file already held the same
 * bytes), or the issues or error that stopped it (`refused` when another file is in the way of its document).
 */
export type BatchResult =
  | {
      readonly id: number;
      readonly ok: true;
      readonly bytes: number;
      readonly issues: readonly Issue[];
      readonly unchanged?: true;
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly issues: readonly Issue[];
      readonly message?: string;
      readonly refused?: "exists" | "not-a-file";
    };
