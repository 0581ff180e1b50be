import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { INJURY_COLUMNS, LEDGER_COLUMNS } from "@/lib/csv/columns";
import { compileMessages } from "@/lib/i18n/message-check";
import it_ from "@/messages/it.json";
import { downloadFull, exportWorld, rowsOf } from "./export-test-world";

// The reader is Italian: next-intl's request translator, as the route gets it, over the Italian messages.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "it", messages: compileMessages(it_) as unknown as typeof it_, namespace: namespace as "vocab" }),
}));

let world: Awaited<ReturnType<typeof exportWorld>>;
beforeAll(async () => {
  world = await exportWorld();
});

const rowOf = async (query: string) => {
  const { header, rows } = rowsOf((await downloadFull(world.coordinator, query)).text);
  return { header, row: rows.find((r) => r.reference === world.incidents.reference.reference)! };
};

describe("export with translated labels (labels=translated)", () => {
  it("writes the reader's words in coded value cells, under the same headers", async () => {
    const { header, row } = await rowOf("labels=translated");
    expect(header).toEqual(LEDGER_COLUMNS.map((c) => c.name));
    expect(row).toMatchObject({
      status: "Verificato", boat_type: "Gommone", boat_conditions: "Imbarca acqua; In affondamento", causes_of_death: "Soffocamento; Ustioni da carburante",
      reference: world.incidents.reference.reference, occurred_at: "2016-10-25T06:30:00.000Z", rescued: "107",
    });
    const injuries = rowsOf((await downloadFull(world.coordinator, "table=injuries&labels=translated")).text);
    expect(injuries.header).toEqual(INJURY_COLUMNS.map((c) => c.name));
    expect(injuries.rows.map((r) => `${r.type}/${r.severity}`).sort()).toEqual(["Ustione da carburante / chimica/Grave", "Ustione da carburante / chimica/Lieve"]);
  });

  it("keeps the stored codes without the option, or with another value", async () => {
    for (const query of ["", "labels=codes"]) {
      const { header, row } = await rowOf(query);
      expect(header).toEqual(LEDGER_COLUMNS.map((c) => c.name));
      expect(row).toMatchObject({ status: "VERIFIED", boat_type: "INFLATABLE", boat_conditions: "TAKING_WATER; SINKING", causes_of_death: "SUFFOCATION; FUEL_BURNS" });
    }
  });
});
