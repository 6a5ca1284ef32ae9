import { describe, expect, it } from "vitest";
import { sampleInvitation2020 } from "../../data/sampleInvitation2020.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { type Invitation, invitationSchema } from "./Invitation.ts";
import { validateInvitation } from "./validateInvitation.ts";

const edit = (change: (draft: Invitation) => void): unknown => {
  const draft = structuredClone(sampleInvitation2020) as Invitation;
  change(draft);
  return draft;
};
const codes = (input: unknown) => validateInvitation(input).issues.map((issue) => issue.code);

describe("validateInvitation", () => {
  it("accepts the sample invitation without any issue", () => {
    expect(validateInvitation(sampleInvitation2020)).toMatchObject({ ok: true, issues: [] });
  });

  it("flags a symbol that is not an invitation's (invitation.symbol-type)", () => {
    const result = validateInvitation(edit((i) => (i.symbol = "TB-SGDĐT")));
    expect(result.issues).toEqual([expect.objectContaining({ code: "invitation.symbol-type", path: ["symbol"] })]);
    expect(result.issues[0]?.message).toContain("«GM-»");
    expect(codes(edit((i) => (i.symbol = "GM-UBND")))).toEqual([]);
  });

  it("flags an event before the invitation's date (invitation.event-before-issued), accepts the same day", () => {
    expect(validateInvitation(edit((i) => ((i as { eventDate: string }).eventDate = "2020-09-24"))).issues).toEqual([
      expect.objectContaining({
        code: "invitation.event-before-issued",
        path: ["eventDate"],
        params: { eventDate: "2020-09-24", date: "2020-09-25" },
      }),
    ]);
    expect(codes(edit((i) => ((i as { eventDate: string }).eventDate = "2020-09-25")))).toEqual([]);
  });

  it("takes a 24-hour «HH:MM» time only (invitation.time)", () => {
    for (const time of ["8:00", "24:00", "08:60", "08h00", "08:00:00"])
      expect(codes(edit((i) => (i.eventTime = time))), time).toEqual(["invitation.time"]);
    for (const time of ["00:00", "14:30", "23:59"]) expect(codes(edit((i) => (i.eventTime = time)))).toEqual([]);
  });

  it("accepts the urgency and circulation marks of Decree 30 only", () => {
    expect(codes(edit((i) => Object.assign(i, { urgency: "HỎA TỐC", circulation: "LƯU HÀNH NỘI BỘ" })))).toEqual([]);
    expect(codes(edit((i) => Object.assign(i, { urgency: "GẤP" })))).toEqual(["schema.invalid-value"]);
  });
});

describe("validateInvitation in one round", () => {
  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed = edit((i) => {
      i.symbol = "TB-SGDĐT";
      (i as { eventDate: string }).eventDate = "2020-09-01";
      i.copies = ["Như trên"];
    }) as Record<string, unknown>;
    const before = validateInvitation(flawed).issues;
    expect(before.map((issue) => issue.code)).toEqual([
      "invitation.symbol-type",
      "invitation.event-before-issued",
      "copies.luu",
    ]);
    expectRulesSurviveRefusal({
      schema: invitationSchema,
      validate: validateInvitation,
      flawed,
      unread: ["parentBody", "number", "place", "subject", "host", "invitees", "event", "eventTime", "venue", "notes"],
    });
  });
});
