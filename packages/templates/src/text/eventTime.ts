import { formatShortDate, formatWeekday } from "@xhht/calendar";
import { invitationWording } from "../data/invitationWording.ts";

/** «08 giờ 00, thứ Năm, ngày 01/10/2020»: an event's start as an invitation writes it, from «HH:MM» and a date. */
export const eventTime = (time: string, date: string): string => {
  const [hours, minutes] = time.split(":");
  return invitationWording.eventTime(String(hours), String(minutes), formatWeekday(date, "vi"), formatShortDate(date));
};
