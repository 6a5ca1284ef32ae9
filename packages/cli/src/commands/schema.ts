import { join, resolve } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { findEntityKind } from "../entityKinds.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { prepareOutputFolder } from "../output/prepareOutputFolder.ts";
import { say, writeOutputs } from "./common.ts";

/**
 * `xhht schema [entity] [-o folder]`: the JSON Schemas (draft 2020-12) of the entities. Without an entity and a
 * folder it lists the entities; with an entity it prints its schema; with a folder it writes `<entity>.json` there
 * (every entity's when none is named).
 */
export const schemaCommand = async (
  context: CliContext,
  entity: string | undefined,
  options: { readonly out?: string; readonly force?: boolean; readonly outOption?: string },
): Promise<ExitCode> => {
  const { t } = context;
  const domain = await import("@xhht/domain");
  const names = Object.keys(domain.entitySchemas) as (keyof typeof domain.entitySchemas)[];
  let chosen = names;
  if (entity !== undefined) {
    const name = findEntityKind(entity)?.name ?? entity;
    const found = names.find((candidate) => candidate === name);
    if (found === undefined) {
      throw new CliError(cliErrorCodes.usage, t("schema.unknown", { entity }), {
        hint: t("schema.unknown.hint", { entities: names.join(", ") }),
      });
    }
    chosen = [found];
  }
  if (options.out === undefined) {
    if (entity === undefined) {
      say(context, t("schema.list"));
      for (const name of names) say(context, `  ${name}`);
      say(context, t("schema.list.hint"));
    } else {
      for (const name of chosen) say(context, JSON.stringify(domain.toJsonSchema(name), null, 2));
    }
    return exitCodes.ok;
  }
  const option = options.outOption ?? "-o";
  await prepareOutputFolder(context, resolve(context.cwd, options.out), options.out, { create: true, option });
  const files = chosen.map((name) => ({
    file: join(options.out ?? ".", `${name}.json`),
    bytes: `${JSON.stringify(domain.toJsonSchema(name), null, 2)}\n`,
  }));
  const written = await writeOutputs(context, files, { force: options.force, option });
  written.forEach((output, index) => {
    const file = files[index]?.file ?? output.path;
    say(
      context,
      output.status === "unchanged" ? `✔ ${t("output.unchanged", { file })}` : t("schema.written", { file }),
    );
  });
  return exitCodes.ok;
};
