import { extname } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { entityKinds, findEntityKind } from "../entityKinds.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { namedKindList } from "../namedKinds.ts";
import { type SampleSource, sampleSources } from "../sampleSources.ts";
import { parseYear, say, writeOutput } from "./common.ts";

/** The formats `xhht sample` writes. */
export const sampleFormats = ["json", "yaml"] as const;
export type SampleFormat = (typeof sampleFormats)[number];

/** Options of `xhht sample`. */
export interface SampleOptions {
  /** The Week's year of the sample; the latest the kind has by default. */
  readonly year?: string;
  /** JSON by default, or YAML when `-o` names a `.yaml`/`.yml` file. */
  readonly format?: SampleFormat;
  readonly out?: string;
  readonly force?: boolean;
  /** How the user wrote `-o`/`--out`, for the hints; `-o` by default. */
  readonly outOption?: string | undefined;
}

/** The years of the samples of `kind`, oldest first. */
const yearsOf = (kind: string): number[] =>
  sampleSources
    .filter((source) => source.kind === kind)
    .map((source) => source.year)
    .sort((a, b) => a - b);

/** The kinds that have a sample, with their short names and years: `provincial-report (report): 2020, 2024, 2025`. */
const sampleKindList = (): string =>
  entityKinds
    .filter((kind) => yearsOf(kind.name).length > 0)
    .map((kind) => `${namedKindList([kind], (named) => named.name)}: ${yearsOf(kind.name).join(", ")}`)
    .join("; ");

/** The sample of the kind named `kindName` for `--year` (the latest by default); a usage error (exit 2) otherwise. */
const findSample = (context: CliContext, kindName: string, year: string | undefined): SampleSource => {
  const { t } = context;
  const kind = findEntityKind(kindName);
  const years = kind === undefined ? [] : yearsOf(kind.name);
  if (kind === undefined || years.length === 0) {
    throw new CliError(cliErrorCodes.usage, t("sample.unknown-kind", { kind: kindName }), {
      hint: t("sample.unknown-kind.hint", { kinds: sampleKindList() }),
    });
  }
  const wanted = year === undefined ? years.at(-1) : parseYear(context, year, "--year");
  const found = sampleSources.find((source) => source.kind === kind.name && source.year === wanted);
  if (found === undefined) {
    throw new CliError(cliErrorCodes.usage, t("sample.unknown-year", { kind: kind.name, year: wanted }), {
      hint: t("sample.unknown-year.hint", { kind: kind.name, years: years.join(", ") }),
    });
  }
  return found;
};

/** The format asked for with `--format`, else YAML for a `-o` file ending in `.yaml` or `.yml`, else JSON. */
const formatOf = (options: SampleOptions): SampleFormat => {
  if (options.format !== undefined) return options.format;
  const extension = options.out === undefined ? "" : extname(options.out).toLowerCase();
  return extension === ".yaml" || extension === ".yml" ? "yaml" : "json";
};

/**
 * `xhht sample <kind> [--year 2020|2024|2025] [--format json|yaml] [-o file]`: the SDK's sample data of an entity,
 * to start one's own from, as JSON or YAML on standard output or into a file; it passes `xhht validate` of the same
 * kind. The invented ones are said to be SAMPLE data on standard error.
 */
export const sampleCommand = async (
  context: CliContext,
  kindName: string,
  options: SampleOptions,
): Promise<ExitCode> => {
  const { t } = context;
  const source = findSample(context, kindName, options.year);
  const domain = await import("@xhht/domain");
  const value = source.pick(domain);
  const text =
    formatOf(options) === "yaml"
      ? (await import("yaml")).stringify(value, { lineWidth: 0 })
      : `${JSON.stringify(value, null, 2)}\n`;
  if (source.invented) {
    context.stderr.write(`xhht: ${t("sample.invented", { kind: source.kind, year: source.year })}\n`);
  }
  if (options.out === undefined) {
    context.stdout.write(text);
    return exitCodes.ok;
  }
  const written = await writeOutput(context, options.out, text, {
    force: options.force,
    option: options.outOption ?? "-o",
  });
  say(
    context,
    written.status === "unchanged"
      ? `✔ ${t("output.unchanged", { file: options.out })}`
      : t("sample.written", { file: options.out, kind: source.kind, year: source.year }),
  );
  return exitCodes.ok;
};
