import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createOrganization, createUser } from "@/lib/test/factories";
import { deleteSavedFilter, findSavedFilters, saveFilter } from "./saved-filters";
import { saveSearchText, withSearchText } from "./search-text";

describe("saved filters", () => {
  let me: SessionUser;
  let colleague: SessionUser;

  beforeAll(async () => {
    const org = await createOrganization();
    me = (await createUser(org.id, "COORDINATOR")).sessionUser;
    colleague = (await createUser(org.id, "COORDINATOR")).sessionUser;
  });

  it("saves the filters and the search under a name; the link holds the filters and the saved row's id, never the text", async () => {
    const search = await saveSearchText(me, "Amina Sabratha");
    await saveFilter(me, " Wooden boats with a name ", parseIncidentFilters({ boatType: "WOODEN", sort: "oldest", page: "3", search }));
    const [saved] = await findSavedFilters(me);
    expect(saved.name).toBe("Wooden boats with a name");
    expect(saved.href).toBe(`/incidents?boatType=WOODEN&sort=oldest&search=${saved.id}`);
    expect(saved.href.toLowerCase()).not.toContain("amina");
    expect((await withSearchText(me, parseIncidentFilters({ search: saved.id }))).searchText).toBe("Amina Sabratha");
  });

  it("keeps names unique per user, not across users", async () => {
    await saveFilter(me, "Libya", parseIncidentFilters({ sarRegion: "Libya" }));
    await expect(saveFilter(me, "Libya", parseIncidentFilters({}))).rejects.toMatchObject({ code: "invalid", fieldErrors: { name: [messageKey("validation.filters.nameTaken", { name: "Libya" })] } });
    await saveFilter(colleague, "Libya", parseIncidentFilters({ sarRegion: "Malta" }));
    expect((await findSavedFilters(colleague)).map((s) => s.href)).toEqual(["/incidents?sarRegion=Malta"]);
    await expect(saveFilter(me, "   ", parseIncidentFilters({}))).rejects.toMatchObject({ code: "invalid" });
  });

  it("shows and deletes a user's own only", async () => {
    const mine = (await findSavedFilters(me)).find((s) => s.name === "Libya")!;
    expect((await findSavedFilters(colleague)).map((s) => s.id)).not.toContain(mine.id);
    await expect(deleteSavedFilter(colleague, mine.id)).rejects.toMatchObject({ code: "not-found" });
    await deleteSavedFilter(me, mine.id);
    expect((await findSavedFilters(me)).map((s) => s.name)).toEqual(["Wooden boats with a name"]);
  });
});
