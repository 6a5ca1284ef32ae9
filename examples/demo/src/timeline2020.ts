import {
  deadlineLastDay,
  formatDateLine,
  formatShortDate,
  formatWeekday,
  type IsoDate,
  lifelongLearningWeek,
} from "@xhht/calendar";
import type { Deadline, Directive } from "@xhht/domain";

const day = (date: IsoDate) => `${formatWeekday(date)}, ${formatShortDate(date)}`;

const units = { days: "ngày", workingDays: "ngày làm việc", weeks: "tuần", months: "tháng", years: "năm" } as const;

/** A deadline in the words a Vietnamese letter uses. */
const inWords = (deadline: Deadline): string =>
  deadline.kind === "before"
    ? `trước ngày ${formatShortDate(deadline.date)}`
    : deadline.kind === "noLaterThan"
      ? `chậm nhất ngày ${formatShortDate(deadline.date)}`
      : `trong thời hạn ${deadline.amount} ${units[deadline.unit]} kể từ ngày ${formatShortDate(deadline.from)}`;

/** The Week's timeline of a directive, in Vietnamese, one line per milestone. */
export const timeline = (directive: Directive): string[] => {
  const { letter, reporting } = directive;
  const week = lifelongLearningWeek(directive.year);
  return [
    `Tuần lễ hưởng ứng học tập suốt đời năm ${directive.year}: “${directive.theme}”`,
    `Công văn số ${letter.number}/${letter.symbol} — ${formatDateLine(letter.place, letter.date)}`,
    `Tuần lễ: từ ${day(week.start)} đến ${day(week.end)}${week.provisional ? " (dự kiến)" : ""}`,
    `Lễ khai mạc: ${day(week.opening)}`,
    `Hạn báo cáo: ${inWords(reporting.deadline)} (hết ngày ${day(deadlineLastDay(reporting.deadline))}), về ${reporting.via}`,
  ];
};
