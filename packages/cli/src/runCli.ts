import { isLanguage, type Language, languages } from "@xhht/core";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import type { CliContext, CliStream } from "./CliContext.ts";
import { CliError } from "./CliError.ts";
import type { GenerateOptions } from "./commands/generate.ts";
import type { SampleOptions } from "./commands/sample.ts";
import type { SummarizeOptions } from "./commands/summarize.ts";
import { type CliTranslate, createCliTranslator } from "./createCliTranslator.ts";
import { type ExitCode, exitCodes } from "./exitCodes.ts";
import { guidePath } from "./guidePath.ts";
import type { CliMessageKey } from "./locales/vi.ts";
import { printCliError } from "./output/printCliError.ts";

/**
 * Where {@link runCli} runs: the process's by default.
 *
 * @example
 * ```ts
 * let text = "";
 * const options: RunCliOptions = { env: { XHHT_LANG: "en" }, stdout: { write: (chunk: string) => (text += chunk) } };
 * await runCli(["validate", "report", "reports.csv"], options); // 0
 * text; // "✔ provincial-report: 2 records in 1 files, no errors…"
 * ```
 */
export interface RunCliOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdout?: CliStream;
  readonly stderr?: CliStream;
}

const helpTitles: Readonly<Record<string, CliMessageKey>> = {
  "Usage:": "help.usage",
  "Options:": "help.options",
  "Commands:": "help.commands",
  "Arguments:": "help.arguments",
  "Global Options:": "help.global-options",
};

/** The language asked for with `--lang`, read before the commands are built so that their help is in it. */
const languageOf = (argv: readonly string[], env: RunCliOptions["env"]): Language => {
  const probe = new Command()
    .option("--lang <lang>")
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} });
  try {
    probe.parse([...argv], { from: "user" });
  } catch {
    // A malformed --lang is reported by the real parse below.
  }
  const lang = probe.opts<{ lang?: string }>().lang ?? env?.XHHT_LANG;
  return isLanguage(lang) ? lang : "vi";
};

const commanderMessage = (error: CommanderError, t: CliTranslate): string => {
  const quoted = /'([^']+)'/u.exec(error.message)?.[1] ?? "";
  const suggestion = /\(Did you mean (.+)\?\)/u.exec(error.message)?.[1];
  const keys: Readonly<Record<string, CliMessageKey>> = {
    "commander.unknownOption": "commander.unknown-option",
    "commander.unknownCommand": "commander.unknown-command",
    "commander.missingArgument": "commander.missing-argument",
    "commander.optionMissingArgument": "commander.option-missing-argument",
    "commander.missingMandatoryOptionValue": "commander.missing-option",
    "commander.excessArguments": "commander.excess-arguments",
  };
  const key = keys[error.code];
  const text = key === undefined ? error.message.replace(/^error: /u, "") : t(key, { name: quoted });
  return suggestion === undefined ? text : `${text} ${t("commander.did-you-mean", { suggestion })}`;
};

/** How the user wrote an option of two names, `-o` or `--out`: the last one given, as commander keeps its value. */
const spellingOf = (argv: readonly string[], short: string, long: string): string =>
  argv.findLast((arg) => arg === long || arg.startsWith(`${long}=`) || arg.startsWith(short))?.startsWith("--")
    ? long
    : short;

const integer = (t: CliTranslate, minimum: number) => (value: string) => {
  if (!/^\d+$/u.test(value) || Number(value) < minimum) throw new InvalidArgumentError(t("usage.integer", { minimum }));
  return Number(value);
};

/** Commander's output on the context's streams; its error lines are left out, as runCli prints its own. */
const outputTo = (context: CliContext) => ({
  writeOut: (text: string) => context.stdout.write(text),
  writeErr: (text: string) => context.stderr.write(text),
  outputError: () => {},
});

/** The `xhht` program without its commands: global options, help in the chosen language, no exit of its own. */
const rootProgram = (context: CliContext, onCommand: (name: string) => void) => {
  const { t } = context;
  return new Command("xhht")
    .description(t("program.description"))
    .version(packageJson.version, "-V, --version", t("option.version"))
    .addOption(new Option("--lang <lang>", t("option.lang")).choices([...languages]).default("vi"))
    .helpOption("-h, --help", t("option.help"))
    .helpCommand("help [command]", t("command.help"))
    .showSuggestionAfterError(true)
    .addHelpText("after", `\n${t("program.after-help", { guide: guidePath })}`)
    .exitOverride()
    .configureOutput(outputTo(context))
    .configureHelp({
      showGlobalOptions: true,
      sortSubcommands: false,
      // The descriptions say the choices and defaults in the chosen language; commander's extras are English.
      optionDescription: (option) => option.description,
      styleTitle: (title) => {
        const key = helpTitles[title];
        return key === undefined ? title : t(key);
      },
    })
    .hook("preSubcommand", (_program, command) => onCommand(command.name()));
};

/** What the definitions of the commands share. */
interface CommandKit {
  readonly context: CliContext;
  /** How the user wrote `-o`/`--out` (`-o` when not given), for the hints about the output. */
  readonly outOption: string;
  readonly t: CliTranslate;
  /** A command of the program, described, with its help option and examples, in the chosen language. */
  readonly command: (name: string, key: CliMessageKey, example: CliMessageKey) => Command;
  /** A command's action, its exit code kept as the program's. */
  readonly run: (action: () => Promise<ExitCode>) => () => Promise<void>;
  readonly formatOption: () => Option;
  readonly directiveOption: () => Option;
  readonly forceOption: () => Option;
}

const commandKit = (
  context: CliContext,
  program: Command,
  setStatus: (status: ExitCode) => void,
  argv: readonly string[],
): CommandKit => {
  const { t } = context;
  return {
    context,
    outOption: spellingOf(argv, "-o", "--out"),
    t,
    command: (name, key, example) =>
      program
        .command(name)
        .description(t(key))
        .helpOption("-h, --help", t("option.help"))
        .addHelpText("after", `\n${t("help.examples")}\n${t(example)}`)
        .exitOverride()
        .configureOutput(outputTo(context)),
    run: (action) => async () => setStatus(await action()),
    formatOption: () => new Option("--format <format>", t("option.format")).choices(["text", "json"]).default("text"),
    directiveOption: () => new Option("--directive <file>", t("option.directive")),
    forceOption: () => new Option("--force", t("option.force")),
  };
};

/** The commands that read records and documents: validate, generate, summarize, lint. */
const addRecordCommands = (kit: CommandKit) => {
  const { context, outOption, t, command, run, formatOption, directiveOption, forceOption } = kit;
  command("validate", "command.validate", "example.validate")
    .argument("<kind>", t("argument.kind"))
    .argument("<file...>", t("argument.files"))
    .addOption(formatOption())
    .addOption(directiveOption())
    .action((kind: string, files: string[], options: { format: "text" | "json"; directive?: string }) =>
      run(async () => (await import("./commands/validate.ts")).validateCommand(context, kind, files, options))(),
    );

  command("generate", "command.generate", "example.generate")
    .argument("<template>", t("argument.template"))
    .argument("[input]", t("argument.input"))
    .option("-o, --out <path>", t("option.out.generate"))
    .option("--batch <path>", t("option.batch"))
    .option("--workers <count>", t("option.workers"), integer(t, 1))
    .addOption(forceOption())
    .addOption(directiveOption())
    .addOption(formatOption())
    .action((template: string, input: string | undefined, options: GenerateOptions) =>
      run(async () =>
        (await import("./commands/generate.ts")).generateCommand(context, template, input, { ...options, outOption }),
      )(),
    );

  command("summarize", "command.summarize", "example.summarize")
    .argument("<reports...>", t("argument.reports"))
    .requiredOption("--year <year>", t("option.year"))
    .option("-o, --out <file>", t("option.out.summarize"))
    .addOption(
      new Option("--level <level>", t("option.level")).choices(["province", "commune", "district"]).default("province"),
    )
    .option("--province <province>", t("option.province"))
    .option("--meta <file>", t("option.meta"))
    .addOption(forceOption())
    .addOption(directiveOption())
    .addOption(formatOption())
    .action((reports: string[], options: SummarizeOptions) =>
      run(async () =>
        (await import("./commands/summarize.ts")).summarizeCommand(context, reports, { ...options, outOption }),
      )(),
    );

  command("lint", "command.lint", "example.lint")
    .argument("<file...>", t("argument.docx"))
    .option("--fix", t("option.fix"))
    .option("-o, --out <file>", t("option.out.lint"))
    .addOption(forceOption())
    .addOption(formatOption())
    .action((files: string[], options: { format: "text" | "json"; fix?: boolean; out?: string; force?: boolean }) =>
      run(async () => (await import("./commands/lint.ts")).lintCommand(context, files, { ...options, outOption }))(),
    );
};

/** The commands of the calendar, the schemas, the samples and the demo: week, holidays, workdays, schema, sample, demo. */
const addOtherCommands = (kit: CommandKit) => {
  const { context, outOption, t, command, run, formatOption, forceOption } = kit;
  command("week", "command.week", "example.week")
    .argument("<year>", t("argument.year"))
    .option("--ics <file>", t("option.ics"))
    .addOption(new Option("--days <days>", t("option.days")).choices(["span", "each"]).default("span"))
    .addOption(forceOption())
    .addOption(formatOption())
    .action(
      (year: string, options: { ics?: string; days: "span" | "each"; force?: boolean; format: "text" | "json" }) =>
        run(async () => (await import("./commands/week.ts")).weekCommand(context, year, options))(),
    );

  command("holidays", "command.holidays", "example.holidays")
    .argument("<year>", t("argument.year"))
    .addOption(formatOption())
    .action((year: string, options: { format: "text" | "json" }) =>
      run(async () => (await import("./commands/holidays.ts")).holidaysCommand(context, year, options))(),
    );

  command("workdays", "command.workdays", "example.workdays")
    .argument("<from>", t("argument.from"))
    .argument("<to>", t("argument.to"))
    .addOption(formatOption())
    .action((from: string, to: string, options: { format: "text" | "json" }) =>
      run(async () => (await import("./commands/workdays.ts")).workdaysCommand(context, from, to, options))(),
    );

  command("schema", "command.schema", "example.schema")
    .argument("[entity]", t("argument.entity"))
    .option("-o, --out <folder>", t("option.out.schema"))
    .addOption(forceOption())
    .action((entity: string | undefined, options: { out?: string; force?: boolean }) =>
      run(async () =>
        (await import("./commands/schema.ts")).schemaCommand(context, entity, { ...options, outOption }),
      )(),
    );

  command("sample", "command.sample", "example.sample")
    .argument("<kind>", t("argument.kind"))
    .option("--year <year>", t("option.year.sample"))
    .addOption(new Option("--format <format>", t("option.format.sample")).choices(["json", "yaml"]))
    .option("-o, --out <file>", t("option.out.sample"))
    .addOption(forceOption())
    .action((kind: string, options: SampleOptions) =>
      run(async () => (await import("./commands/sample.ts")).sampleCommand(context, kind, { ...options, outOption }))(),
    );

  command("demo", "command.demo", "example.demo")
    .option("-o, --out <folder>", t("option.out.demo"))
    .addOption(forceOption())
    .action((options: { out?: string; force?: boolean }) =>
      run(async () => (await import("./commands/demo.ts")).demoCommand(context, { ...options, outOption }))(),
    );
};

/** Builds the `xhht` program, each command's module loaded only when it runs. */
const buildProgram = (
  context: CliContext,
  argv: readonly string[],
  setStatus: (status: ExitCode) => void,
  onCommand: (name: string) => void,
) => {
  const program = rootProgram(context, onCommand);
  const kit = commandKit(context, program, setStatus, argv);
  addRecordCommands(kit);
  addOtherCommands(kit);
  return program;
};

/**
 * Runs the `xhht` command line with `argv` (the arguments after the program's name) and returns its exit code:
 * 0 ok, 1 issues of severity error found, 2 bad usage or unreadable input. A user's mistake is printed as a
 * message with where it is and how to fix it, never as a stack trace.
 *
 * @example
 * ```ts
 * import { runCli } from "@xhht/cli";
 *
 * process.exitCode = await runCli(["validate", "report", "reports.csv", "--lang", "en"]);
 * ```
 */
export const runCli = async (argv: readonly string[], options: RunCliOptions = {}): Promise<ExitCode> => {
  const env = options.env ?? process.env;
  const lang = languageOf(argv, env);
  const context: CliContext = {
    lang,
    t: createCliTranslator(lang),
    cwd: options.cwd ?? process.cwd(),
    env,
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
  };
  let status: ExitCode = exitCodes.ok;
  let active = "";
  const program = buildProgram(
    context,
    argv,
    (value) => {
      status = value;
    },
    (name) => {
      active = name;
    },
  );
  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return exitCodes.ok;
      if (error.code !== "commander.help") {
        const help = active === "" ? "xhht --help" : `xhht ${active} --help`;
        context.stderr.write(
          `xhht: ${commanderMessage(error, context.t)}\n    ${context.t("usage.see-help", { help })}\n`,
        );
      }
      return exitCodes.usage;
    }
    if (error instanceof CliError) {
      // With --format json (on the commands that take it), the error is the JSON printed; sample's --format is the
      // data's.
      const format =
        active === "sample"
          ? undefined
          : program.commands.find((command) => command.name() === active)?.opts<{ format?: string }>().format;
      printCliError(context, error, format);
      return exitCodes.usage;
    }
    const debug = env.XHHT_DEBUG !== undefined && env.XHHT_DEBUG !== "" && env.XHHT_DEBUG !== "0";
    const detail =
      debug && error instanceof Error ? (error.stack ?? error.message) : String((error as Error)?.message ?? error);
    context.stderr.write(`xhht: ${context.t("internal", { detail })}\n`);
    return exitCodes.internal;
  }
};
