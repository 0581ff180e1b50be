import { createFormControl } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { clearAfterSave } from "./clear-after-save";

type Values = { note: string; version: number };
const BLANK: Values = { note: "", version: 1 };

// The form as an add form holds it, and the effect that follows the page's version (form.setValue("version", …)).
function addForm(version: number) {
  const { control, ...form } = createFormControl<Values>({ defaultValues: { ...BLANK, version } });
  // On screen, as useForm marks it once mounted (before that, getValues answers the defaults).
  control._state.mount = true;
  return form;
}

describe("clearAfterSave", () => {
  it("keeps the newer version the refreshed page gave the form before the save's code resumed", () => {
    const form = addForm(3);
    form.setValue("note", "typed");
    form.setValue("version", 4);
    clearAfterSave(form, BLANK);
    expect(form.getValues()).toEqual({ note: "", version: 4 });
  });

  it("keeps the version when the refreshed page comes after, for the page's version to move it on", () => {
    const form = addForm(3);
    form.setValue("note", "typed");
    clearAfterSave(form, BLANK);
    expect(form.getValues()).toEqual({ note: "", version: 3 });
    form.setValue("version", 4);
    expect(form.getValues("version")).toBe(4);
  });
});
