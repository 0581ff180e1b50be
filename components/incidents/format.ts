import { formatPosition } from "@/lib/geo/format-position";

/** A count as the reader's language writes it (next-intl's `format.number`), or a dash when unknown. */
export function formatCount(value: number | null, number: (value: number) => string) {
  return value === null ? "—" : number(value);
}

export function formatPositionCell(row: { latitude: number | null; longitude: number | null; positionText: string | null }) {
  if (row.latitude === null || row.longitude === null) return row.positionText ?? "—";
  return formatPosition(row.latitude, row.longitude);
}
