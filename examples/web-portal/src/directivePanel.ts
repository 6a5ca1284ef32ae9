import { directiveFactNames, type Language } from "@xhht/domain";
import { yearDirective } from "./planDefaults.ts";
import { format, uiText } from "./uiText.ts";

const dmy = (iso: string): string => iso.split("-").reverse().join("/");

const line = (part: string, text: string, mark?: string): HTMLParagraphElement => {
  const paragraph = document.createElement("p");
  paragraph.dataset.part = part;
  paragraph.textContent = text;
  if (mark !== undefined) {
    const strong = document.createElement("strong");
    strong.textContent = mark;
    paragraph.append(" ", strong);
  }
  return paragraph;
};

/** What the page knows of the plan's year: its theme, its Week (provisional or not), the letter, and what is unknown. */
export const renderDirective = (element: HTMLElement, year: unknown, lang: Language): void => {
  const text = uiText[lang];
  const directive = yearDirective(year);
  if (directive === undefined) {
    element.replaceChildren(line("none", format(text.noWeek, { year: String(year ?? "") })));
    return;
  }
  const { theme, week, letter, facts } = directive;
  const unknown = directiveFactNames.filter((name) => !facts[name].known).map((name) => text.facts[name]);
  const letterText =
    letter === undefined
      ? text.unknown
      : `${letter.number ?? ""}/${letter.symbol}${letter.date ? `, ${dmy(letter.date)}` : ""}`;
  element.replaceChildren(
    line("theme", `${text.theme}: ${theme === undefined ? text.unknown : `«${theme}»`}`),
    line(
      "week",
      format(text.weekDates, { start: dmy(week.start), end: dmy(week.end), opening: dmy(week.opening) }),
      week.provisional ? text.provisional : undefined,
    ),
    line("letter", `${text.letter}: ${letterText}`),
    ...(unknown.length === 0 ? [] : [line("unknown", format(text.unknownFacts, { facts: unknown.join(", ") }))]),
  );
};
