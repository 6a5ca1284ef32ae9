/** The fixed wording of a giấy mời, as printed. */
export const invitationWording = {
  invites: (host: string) => `${host} trân trọng kính mời:`,
  event: (event: string) => `Tới dự: ${event}`,
  time: (time: string) => `Thời gian: ${time}.`,
  venue: (venue: string) => `Địa điểm: ${venue}`,
  /** «08 giờ 00, thứ Năm, ngày 01/10/2020»: an event's start. */
  eventTime: (hours: string, minutes: string, weekday: string, date: string) =>
    `${hours} giờ ${minutes}, ${weekday}, ngày ${date}`,
} as const;
