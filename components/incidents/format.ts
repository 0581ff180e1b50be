import { formatPosition } from "@/lib/geo/format-position";

export function formatCount(value: number | null) {
  return value === null ? "—" : value.toLocaleString("en");
}

export function formatPositionCell(row: { latitude: number | null; longitude: number | null; positionText: string | null }) {
  if (row.latitude === null || row.longitude === null) return row.positionText ?? "—";
  return formatPosition(row.latitude, row.longitude);
}
