/** Canonical display form: degrees and decimal minutes as on charts and in distress relays, minutes to
 * three decimals (0.001′ ≈ 2 m), degrees zero-padded to 2 (latitude) and 3 (longitude) digits,
 * prime ′ for minutes, e.g. `33°07.400′N 012°30.000′E`. parsePosition reads it back. */
export function formatPosition(latitude: number, longitude: number) {
  return `${formatAngle(latitude, 2, "N", "S")} ${formatAngle(longitude, 3, "E", "W")}`;
}

function formatAngle(value: number, width: number, positive: string, negative: string) {
  // Round once, in thousandths of a minute, so 59.9996′ carries into the degrees instead of showing 60.000′.
  const thousandths = Math.round(Math.abs(value) * 60_000);
  const degrees = Math.floor(thousandths / 60_000);
  const minutes = (thousandths % 60_000) / 1000;
  const hemisphere = value < 0 && thousandths > 0 ? negative : positive;
  return `${String(degrees).padStart(width, "0")}°${minutes.toFixed(3).padStart(6, "0")}′${hemisphere}`;
}
