import {
  addDays,
  formatDateLine,
  formatShortDate,
  formatWeekday,
  type IsoDate,
  lifelongLearningWeek,
} from "@xhht/calendar";
import type { Directive } from "@xhht/domain";

const day = (date: IsoDate) => `${formatWeekday(date)}, ${formatShortDate(date)}`;

/** The Week's timeline of a directive, in Vietnamese, one line per milestone. */
export const timeline = (directive: Directive): string[] => {
  const { letter, reporting } = directive;
  const week = lifelongLearningWeek(directive.year);
  const lastDay = reporting.deadline.kind === "before" ? addDays(reporting.deadline.date, -1) : reporting.deadline.date;
  const wording = reporting.deadline.kind === "before" ? "trước ngày" : "chậm nhất ngày";
  return [
    `Tuần lễ hưởng ứng học tập suốt đời năm ${directive.year}: “${directive.theme}”`,
    `Công văn số ${letter.number}/${letter.symbol} — ${formatDateLine(letter.place, letter.date)}`,
    `Tuần lễ: từ ${day(week.start)} đến ${day(week.end)}${week.provisional ? " (dự kiến)" : ""}`,
    `Lễ khai mạc: ${day(week.opening)}`,
    `Hạn báo cáo: ${wording} ${formatShortDate(reporting.deadline.date)} (hết ngày ${day(lastDay)}), về ${reporting.via}`,
  ];
};
