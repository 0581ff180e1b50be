import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { changeIncidentStatusAction, createIncidentAction, deleteIncidentAction, updateIncidentAction } from "./incidents";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { revalidatePath } = await import("next/cache");

describe("incident actions", () => {
  beforeEach(() => vi.mocked(revalidatePath).mockClear());

  it("report an ended session instead of redirecting, so the form keeps its input", async () => {
    session.user = null;
    expect(await createIncidentAction(incidentFormValues())).toEqual({ ok: false, code: "forbidden", message: "Your session has ended: sign in again (your input is kept)." });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("create, edit, submit and delete through the data layer, refreshing the pages", async () => {
    const organization = await createOrganization();
    session.user = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    const created = await createIncidentAction(incidentFormValues());
    expect(created).toMatchObject({ ok: true, data: { reference: `${organization.shortName}-2016-0001` } });
    const { id } = created.ok ? created.data : { id: "" };
    expect(await updateIncidentAction(id, incidentFormValues({ version: 1, dead: "30" }))).toMatchObject({ ok: true, data: { id } });
    expect(await changeIncidentStatusAction(id, "submit", 2)).toMatchObject({ ok: true });
    expect(await deleteIncidentAction(id)).toMatchObject({ ok: true });
    expect(revalidatePath).toHaveBeenCalledWith("/incidents", "layout");
  });

  it("turn invalid input, conflicts and unknown ids into results with messages", async () => {
    const organization = await createOrganization();
    session.user = (await createUser(organization.id)).sessionUser;
    const invalid = await createIncidentAction(incidentFormValues({ rescued: "1.5" }));
    expect(invalid).toMatchObject({ ok: false, code: "invalid", fieldErrors: { rescued: ["Persons rescued must be a whole number."] } });
    const created = await createIncidentAction(incidentFormValues());
    const id = created.ok ? created.data.id : "";
    expect(await updateIncidentAction(id, incidentFormValues({ version: 5 }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await deleteIncidentAction(42 as unknown as string)).toMatchObject({ ok: false, code: "not-found" });
    expect(await changeIncidentStatusAction(id, "verify")).toMatchObject({ ok: false, code: "forbidden" });
  });
});
