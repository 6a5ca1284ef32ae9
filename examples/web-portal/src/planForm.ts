import { type Language, labelOf, provinces } from "@xhht/domain";
import { getAt, type Path, pathKey } from "./planPath.ts";
import { type UiKey, uiText } from "./uiText.ts";

type FieldKind = "text" | "number" | "date" | "checkbox" | "province" | "commune";

interface Field {
  readonly path: Path;
  readonly label: UiKey;
  readonly kind: FieldKind;
  /** An empty optional field is left out of the plan rather than sent as "". */
  readonly optional?: boolean;
}

const keyFields: readonly Field[] = [
  { path: ["year"], label: "year", kind: "number" },
  { path: ["province"], label: "province", kind: "province" },
  { path: ["commune"], label: "commune", kind: "commune" },
  { path: ["parentBody"], label: "parentBody", kind: "text", optional: true },
  { path: ["issuer"], label: "issuer", kind: "text" },
  { path: ["number"], label: "number", kind: "number", optional: true },
  { path: ["symbol"], label: "symbol", kind: "text" },
  { path: ["place"], label: "place", kind: "text" },
  { path: ["date"], label: "date", kind: "date" },
  { path: ["subject"], label: "subject", kind: "text" },
  { path: ["signature", "title"], label: "signerTitle", kind: "text" },
  { path: ["signature", "name"], label: "signerName", kind: "text" },
];

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/u;

/** The units in force on the plan's date (63 before 01/07/2025, 34 from then); the 2020 map when it has no date. */
const provinceOptions = (plan: unknown): { code: string; name: string }[] => {
  const date = getAt(plan, ["date"]);
  try {
    return [...provinces(typeof date === "string" && isoDatePattern.test(date) ? date : "2020-01-01")];
  } catch {
    return [...provinces("2020-01-01")];
  }
};

const stringOf = (value: unknown): string =>
  typeof value === "string" || typeof value === "number" ? String(value) : "";

const control = (field: Field, plan: unknown): HTMLInputElement | HTMLSelectElement => {
  const value = getAt(plan, field.path);
  const name = pathKey(field.path);
  if (field.kind === "province") {
    const select = document.createElement("select");
    const current = stringOf(value);
    const options = provinceOptions(plan);
    if (!options.some((province) => province.code === current)) options.unshift({ code: current, name: "?" });
    for (const province of options) {
      select.append(new Option(`${province.code} – ${province.name}`, province.code, false, province.code === current));
    }
    select.name = name;
    return select;
  }
  const input = document.createElement("input");
  input.name = name;
  if (field.kind === "commune") {
    // Typing a name offers the province's communes (index.html's datalist, filled by main.ts); picking one gives its code.
    input.setAttribute("list", "commune-list");
    input.placeholder = "00004";
  } else input.type = field.kind;
  if (field.kind === "checkbox") input.checked = value === true;
  else input.value = stringOf(value);
  if (field.kind === "number") input.min = "1";
  return input;
};

const labelled = (text: string, element: HTMLElement): HTMLLabelElement => {
  const label = document.createElement("label");
  const span = document.createElement("span");
  span.textContent = text;
  label.append(span, element);
  return label;
};

const activityFields = (index: number): Field[] => [
  { path: ["activities", index, "start"], label: "start", kind: "date" },
  { path: ["activities", index, "end"], label: "end", kind: "date" },
  { path: ["activities", index, "yearRound"], label: "yearRound", kind: "checkbox" },
];

const fieldsByName = new Map<string, Field>();

/** Fills `form` with the plan's key fields and, for each activity, its dates. */
export const renderPlanForm = (form: HTMLFormElement, plan: unknown, lang: Language): void => {
  const text = uiText[lang];
  fieldsByName.clear();
  const add = (field: Field, into: HTMLElement) => {
    fieldsByName.set(pathKey(field.path), field);
    into.append(labelled(text[field.label], control(field, plan)));
  };
  form.replaceChildren();
  for (const field of keyFields) {
    // The commune code is asked for only of a commune's plan (see planDefaults.ts, `tierOf`).
    if (field.kind !== "commune" || getAt(plan, field.path) !== undefined) add(field, form);
  }

  const activities = getAt(plan, ["activities"]);
  const fieldset = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = text.activities;
  fieldset.append(legend);
  if (Array.isArray(activities)) {
    activities.forEach((activity: unknown, index) => {
      const row = document.createElement("div");
      row.className = "activity";
      const title = document.createElement("p");
      const code = stringOf(getAt(activity, ["code"]));
      title.textContent = `${index + 1}. ${stringOf(getAt(activity, ["title"])) || labelOf("activity", code, { lang })}`;
      row.append(title);
      for (const field of activityFields(index)) add(field, row);
      fieldset.append(row);
    });
  }
  form.append(fieldset);
};

/** The form control's value as the plan holds it, and where; `undefined` for an element that is no field. */
export const readField = (element: EventTarget | null): { path: Path; value: unknown } | undefined => {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) return undefined;
  const field = fieldsByName.get(element.name);
  if (field === undefined) return undefined;
  const { path } = field;
  if (element instanceof HTMLInputElement && field.kind === "checkbox") return { path, value: element.checked };
  const raw = element.value;
  if (raw === "" && field.optional) return { path, value: undefined };
  if (field.kind === "number") return { path, value: raw === "" ? undefined : Number(raw) };
  return { path, value: raw };
};

/** Marks the controls an issue points at (or inside of). */
export const markInvalid = (form: HTMLFormElement, paths: readonly Path[]): void => {
  const keys = paths.map(pathKey);
  for (const element of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) {
    const invalid = keys.some((key) => key === element.name || key.startsWith(`${element.name}.`));
    if (invalid) element.setAttribute("aria-invalid", "true");
    else element.removeAttribute("aria-invalid");
  }
};
