import { type Directive, directive2020, fieldLabel, type Issue, type Language, validateReport } from "@xhht/domain";
import { renderReport, SDK_VERSION, TemplateError } from "@xhht/templates";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { pickLanguage } from "./pickLanguage.ts";
import { contentDisposition, reportFileName } from "./reportFileName.ts";

/** The media type of a .docx. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The largest body accepted, in bytes; 256 KiB by default (a report is a few KiB). */
  readonly maxBodyBytes?: number;
  /** The directives reports are judged by, by year; the SDK's 2020 letter by default. */
  readonly directives?: readonly Directive[];
}

/**
 * An issue as the API returns it: the rule id, how serious, where in the body (`path` for programs, `label` for the
 * official reading it: «Hoạt động thứ 6 › Mã», «Activity 6 › Code»), and the message in the chosen language.
 */
export interface IssueJson {
  readonly code: string;
  readonly severity: Issue["severity"];
  readonly path: readonly (string | number)[];
  /** The field at `path` in the chosen language (`fieldLabel` of @xhht/domain); `""` for the whole body. */
  readonly label: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

const issueJson = ({ code, severity, path, message, params }: Issue, lang: Language): IssueJson => ({
  code,
  severity,
  path,
  label: fieldLabel(path, { lang }),
  message,
  params,
});

const problem = (error: string, message: string) => ({ ok: false, error, message });

/**
 * The HTTP API, without a listener (see `server.ts`), so that tests and other hosts (serverless, Bun, Deno) can
 * call `app.fetch` directly:
 *
 * - `POST /reports` (a provincial report as JSON; messages in `?lang=vi|en` or by `Accept-Language`): `200` with
 *   the .docx, or `422` with every issue; `400` for a body that is not JSON, `413` above the body limit, `415`
 *   for a body that does not say it is JSON;
 * - `GET /health`: `200 { ok: true, sdk }`.
 *
 * @example
 * ```ts
 * const app = createApp({ maxBodyBytes: 64 * 1024 });
 * const response = await app.request("/health");
 * ```
 */
export const createApp = (options: AppOptions = {}): Hono => {
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024;
  const directives = options.directives ?? [directive2020];
  const app = new Hono();

  app.get("/health", (c) => c.json({ ok: true, sdk: SDK_VERSION }));

  app.post(
    "/reports",
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        c.json(problem("body-too-large", `The body is larger than the limit of ${maxBodyBytes} bytes.`), 413),
    }),
    async (c) => {
      const lang: Language | undefined = pickLanguage(c.req.query("lang"), c.req.header("Accept-Language"));
      if (lang === undefined) {
        return c.json(problem("unsupported-lang", `?lang must be "vi" or "en", not "${c.req.query("lang")}".`), 400);
      }
      const type = c.req.header("Content-Type") ?? "";
      if (!/^application\/(?:[\w.+-]+\+)?json\b/iu.test(type)) {
        return c.json(
          problem("unsupported-media-type", "Send the report as JSON (Content-Type: application/json)."),
          415,
        );
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return c.json(problem("invalid-json", `The body is not valid JSON: ${reason}`), 400);
      }
      const year = (body as { year?: unknown } | null)?.year;
      const directive = directives.find((candidate) => candidate.year === year);
      const checked = validateReport(body, directive === undefined ? { lang } : { lang, directive });
      c.header("Content-Language", lang);
      c.header("Vary", "Accept-Language");
      if (!checked.ok)
        return c.json({ ok: false, lang, issues: checked.issues.map((issue) => issueJson(issue, lang)) }, 422);
      const bytes = await renderReport(checked.value, directive === undefined ? {} : { directive });
      const warnings = checked.issues.map((issue) => issue.code);
      return c.body(bytes, 200, {
        "Content-Type": DOCX_TYPE,
        "Content-Disposition": contentDisposition(reportFileName(checked.value)),
        ...(warnings.length > 0 ? { "X-Xhht-Issues": warnings.join(", ") } : {}),
      });
    },
  );

  app.notFound((c) => c.json(problem("not-found", `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    if (error instanceof TemplateError) return c.json(problem(error.code, error.message), 422);
    console.error(error);
    return c.json(problem("internal", "The server failed to handle the request."), 500);
  });
  return app;
};
