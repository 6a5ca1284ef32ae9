import "./style.css";
import { fieldLabel, type Issue, type Language, loadLanguage, type ProvincialPlan, validatePlan } from "@xhht/domain";
import { renderDirective } from "./directivePanel.ts";
import { communeIssuer, sampleOf, samples, setTier, tierOf, yearDirective } from "./planDefaults.ts";
import { markInvalid, readField, renderPlanForm } from "./planForm.ts";
import { getAt, pathKey, setAt } from "./planPath.ts";
import { format, type UiKey, uiText } from "./uiText.ts";

const element = <T extends HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`The page has no ${selector}`);
  return found;
};

const form = element<HTMLFormElement>("#plan-form");
const json = element<HTMLTextAreaElement>("#plan-json");
const langSelect = element<HTMLSelectElement>("#lang");
const upload = element<HTMLInputElement>("#upload");
const status = element<HTMLParagraphElement>("#status");
const issueList = element<HTMLOListElement>("#issues");
const validateButton = element<HTMLButtonElement>("#validate");
const downloadButton = element<HTMLButtonElement>("#download");
const yearSelect = element<HTMLSelectElement>("#year");
const tierSelect = element<HTMLSelectElement>("#tier");
const directivePanel = element<HTMLDivElement>("#directive");
const communeList = element<HTMLDataListElement>("#commune-list");

const isLanguage = (value: string | null): value is Language => value === "vi" || value === "en";

const requested = new URLSearchParams(location.search).get("lang");
let lang: Language = isLanguage(requested) ? requested : "vi";
/** The plan as last parsed from the JSON text (the form edits it). */
let plan: Record<string, unknown> = {};
/** The input last validated, kept to show its issues again in the other language. */
let checked: { input: unknown } | undefined;
/** The plan has been edited since it was last validated. */
let dirty = false;

/** The commune list (`@xhht/domain/communes`, about 31 kB gzip), loaded when a commune's plan is first shown. */
let communeLookup: typeof import("@xhht/domain/communes") | undefined;
/** The province and date whose communes the datalist holds. */
let listedFor = "";

const setStatus = (key: UiKey, values: Readonly<Record<string, string | number>> = {}, kind = "info") => {
  status.textContent = format(uiText[lang][key], values);
  status.dataset.kind = kind;
};

const applyUiText = () => {
  document.documentElement.lang = lang;
  langSelect.value = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    node.textContent = uiText[lang][node.dataset.text as UiKey];
  }
  document.title = uiText[lang].title;
};

/** Offers the communes of the plan's province on its date to the commune code field. */
const listCommunes = async () => {
  const key = tierOf(plan) === "commune" ? `${plan.province}|${plan.date}` : "";
  if (key === listedFor) return;
  listedFor = key;
  if (key !== "") communeLookup ??= await import("@xhht/domain/communes");
  let units: readonly { code: string; fullName: string }[] = [];
  try {
    if (key !== "" && communeLookup)
      units = communeLookup.communes(String(plan.date), { province: String(plan.province) });
  } catch {
    // Not a date: no list, the code is typed.
  }
  communeList.replaceChildren(...units.map((unit) => new Option(unit.fullName, unit.code)));
};

/** The year picker (the samples' years and the plan's), the tier, and what is known of the year's directive. */
const showYear = () => {
  const years = [...samples.keys()];
  if (typeof plan.year === "number" && !years.includes(plan.year)) years.push(plan.year);
  yearSelect.replaceChildren(...years.sort((a, b) => a - b).map((year) => new Option(String(year), String(year))));
  yearSelect.value = String(plan.year);
  tierSelect.value = tierOf(plan);
  renderDirective(directivePanel, plan.year, lang);
  void listCommunes();
};

const showPlan = (next: Record<string, unknown>) => {
  plan = next;
  json.value = JSON.stringify(plan, null, 2);
  renderPlanForm(form, plan, lang);
  showYear();
};

/** Names the issuer after the commune picked: «ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH». */
const nameIssuer = (code: unknown) => {
  const unit =
    typeof code === "string" ? communeLookup?.findCommune(code, { province: String(plan.province) }) : undefined;
  const issuer = unit && communeIssuer(plan.issuer, unit.fullName);
  if (issuer === undefined) return;
  plan.issuer = issuer;
  const input = form.querySelector<HTMLInputElement>('[name="issuer"]');
  if (input) input.value = issuer;
};

const markChanged = () => {
  dirty = true;
  downloadButton.disabled = true;
  if (checked !== undefined) setStatus("changed");
};

const showIssues = (issues: readonly Issue[]) => {
  issueList.replaceChildren(
    ...issues.map((issue) => {
      const item = document.createElement("li");
      item.dataset.code = issue.code;
      item.dataset.severity = issue.severity;
      item.dataset.path = pathKey(issue.path);
      const severity = document.createElement("span");
      severity.className = "severity";
      severity.textContent = uiText[lang].severity[issue.severity];
      // The field as an official reads it, in the page's language; the path stays in data-path for programs.
      const field = document.createElement("span");
      field.className = "field";
      field.title = pathKey(issue.path);
      field.textContent = fieldLabel(issue.path, { lang }) || uiText[lang].wholePlan;
      const message = document.createElement("span");
      message.className = "message";
      message.textContent = issue.message;
      const code = document.createElement("code");
      code.className = "rule";
      code.textContent = issue.code;
      item.append(severity, " ", field, ": ", message, " ", code);
      return item;
    }),
  );
  markInvalid(form, dirty ? [] : issues.map((issue) => issue.path));
};

/** Validates the last checked input in the current language and shows the outcome. */
const showValidation = (): ProvincialPlan | undefined => {
  if (checked === undefined) return undefined;
  const { input } = checked;
  const directive = yearDirective(getAt(input, ["year"]));
  const result = validatePlan(input, directive === undefined ? { lang } : { lang, directive });
  showIssues(result.issues);
  const errors = result.issues.filter((issue) => issue.severity === "error").length;
  const warnings = result.issues.length - errors;
  if (dirty) setStatus("changed");
  else if (!result.ok) setStatus(errors === 1 ? "invalidOne" : "invalid", { count: errors }, "error");
  else if (warnings === 0) setStatus("valid", {}, "ok");
  else setStatus(warnings === 1 ? "validWithWarningOne" : "validWithWarnings", { count: warnings }, "ok");
  downloadButton.disabled = dirty || !result.ok;
  return result.value;
};

const parseJson = (): unknown => {
  try {
    return JSON.parse(json.value) as unknown;
  } catch (error) {
    checked = undefined;
    issueList.replaceChildren();
    setStatus("jsonInvalid", { error: error instanceof Error ? error.message : String(error) }, "error");
    downloadButton.disabled = true;
    return undefined;
  }
};

const validate = () => {
  const input = parseJson();
  if (input === undefined) return;
  checked = { input };
  dirty = false;
  showValidation();
};

const asciiFileName = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, (letter) => (letter === "đ" ? "d" : "D"))
    .replace(/[^\w.-]+/gu, "-");

const download = async () => {
  const value = showValidation();
  if (value === undefined || dirty) return;
  downloadButton.disabled = true;
  setStatus("rendering");
  try {
    // Loaded on demand: the page opens without the .docx writer, which is most of the SDK's weight.
    const { renderPlan } = await import("@xhht/templates");
    const directive = yearDirective(value.year);
    const bytes = await renderPlan(value, directive === undefined ? {} : { directive });
    const file = asciiFileName(`${value.number ?? "du-thao"}-${value.symbol}-${value.year}.docx`);
    const url = URL.createObjectURL(
      new Blob([bytes], {
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      }),
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus("downloaded", { file }, "ok");
  } catch (error) {
    setStatus("renderFailed", { error: error instanceof Error ? error.message : String(error) }, "error");
  } finally {
    downloadButton.disabled = dirty;
  }
};

const loadJsonText = (text: string) => {
  json.value = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      plan = parsed as Record<string, unknown>;
      renderPlanForm(form, plan, lang);
      showYear();
    }
  } catch {
    // Reported when the user validates.
  }
  markChanged();
};

form.addEventListener("input", (event) => {
  const field = readField(event.target);
  if (field === undefined) return;
  setAt(plan, field.path, field.value);
  if (field.path[0] === "commune") nameIssuer(field.value);
  json.value = JSON.stringify(plan, null, 2);
  showYear();
  markChanged();
});
form.addEventListener("submit", (event) => event.preventDefault());
json.addEventListener("input", () => loadJsonText(json.value));
upload.addEventListener("change", async () => {
  const file = upload.files?.[0];
  if (file === undefined) return;
  try {
    loadJsonText(await file.text());
    validate();
  } catch (error) {
    setStatus("uploadFailed", { error: error instanceof Error ? error.message : String(error) }, "error");
  } finally {
    upload.value = "";
  }
});
element<HTMLButtonElement>("#reset").addEventListener("click", () => {
  showPlan(sampleOf(Number(plan.year)));
  markChanged();
});
yearSelect.addEventListener("change", () => {
  const year = Number(yearSelect.value);
  if (!samples.has(year)) return; // the plan's own year, already shown
  showPlan(sampleOf(year));
  markChanged();
});
tierSelect.addEventListener("change", () => {
  setTier(plan, tierSelect.value === "commune" ? "commune" : "province");
  showPlan(plan);
  markChanged();
});
/** Whether the SDK's English messages are loaded: a chunk of their own, fetched the first time the page shows English. */
let englishLoaded = false;
const showLanguage = (chosen: Language) => {
  lang = chosen;
  applyUiText();
  renderPlanForm(form, plan, lang);
  renderDirective(directivePanel, plan.year, lang);
  showValidation();
  if (checked === undefined) status.textContent = "";
};
langSelect.addEventListener("change", () => {
  const chosen = langSelect.value;
  if (!isLanguage(chosen)) return;
  if (chosen === "en" && !englishLoaded) {
    void loadLanguage("en").then(() => {
      englishLoaded = true;
      if (langSelect.value === "en") showLanguage("en");
    });
    return;
  }
  showLanguage(chosen);
});
validateButton.addEventListener("click", validate);
downloadButton.addEventListener("click", () => void download());
issueList.addEventListener("click", (event) => {
  const item = event.target instanceof Element ? event.target.closest("li") : null;
  const path = item?.dataset.path;
  if (path === undefined) return;
  const target = form.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`);
  (target ?? json).focus();
});

void (lang === "en" ? loadLanguage("en") : Promise.resolve()).then(() => {
  englishLoaded = lang === "en";
  applyUiText();
  showPlan(sampleOf(2020));
  document.body.dataset.ready = "true";
});
