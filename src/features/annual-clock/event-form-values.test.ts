import { describe, expect, it } from "vitest";
import type { CalendarEvent } from "../../domain/plan";
import { type EventFormValues, eventErrorKey, eventResolver, toFormValues } from "./event-form-values";

const blank: EventFormValues = { title: "", month: "", endMonth: "", note: "" };

async function resolve(values: Partial<EventFormValues>, template?: CalendarEvent["template"]) {
  // The resolver's context and options are not used.
  return eventResolver(template)({ ...blank, ...values }, undefined, {
    fields: {},
    shouldUseNativeValidation: undefined,
  });
}

describe("event form values", () => {
  it("round-trips a period with a note", () => {
    const event: CalendarEvent = { id: "e", title: "Hakuaika", month: 11, endMonth: 2, note: "STEA" };
    expect(toFormValues(event)).toEqual({ title: "Hakuaika", month: "11", endMonth: "2", note: "STEA" });
    expect(toFormValues(undefined)).toEqual(blank);
  });

  it("makes an event of the user's own with a trimmed title, a period and a note", async () => {
    const result = await resolve({ title: "  Kylätapahtuma ", month: "11", endMonth: "2", note: " Tori " });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ title: "Kylätapahtuma", month: 11, endMonth: 2, note: "Tori" });
  });

  it("drops an empty note and a period that ends in its first month", async () => {
    const result = await resolve({ title: "Ilta", month: "4", endMonth: "4", note: "  " });
    expect(result.values).toEqual({ title: "Ilta", month: 4 });
  });

  it("keeps a template and lets its title be empty", async () => {
    const result = await resolve({ month: "5" }, "springAssociationEvening");
    expect(result.values).toEqual({ template: "springAssociationEvening", title: "", month: 5 });
  });

  it("asks a custom event for a title and every event for a month", async () => {
    const result = await resolve({ title: "   " });
    expect(result.values).toEqual({});
    expect(result.errors.title?.type).toBe("missing");
    expect(result.errors.month?.type).toBe("missing");
  });

  it("reports a title and a note that are too long", async () => {
    const result = await resolve({ title: "x".repeat(201), month: "1", note: "y".repeat(501) });
    expect(result.errors.title?.type).toBe("tooLong");
    expect(result.errors.note?.type).toBe("tooLong");
  });

  it("names the message for each field's problem", () => {
    expect(eventErrorKey("title", "missing")).toBe("form.errors.titleRequired");
    expect(eventErrorKey("title", "tooLong")).toBe("form.errors.titleTooLong");
    expect(eventErrorKey("note", "tooLong")).toBe("form.errors.noteTooLong");
    expect(eventErrorKey("month", "missing")).toBe("form.errors.month");
  });
});
