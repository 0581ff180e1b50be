// Hand-checked inputs for scripts/geo-data.ts, kept apart so the script stays about the mechanics.

type Ring = [number, number][];
type Box = [west: number, south: number, east: number, north: number];

/** Natural Earth 50 m has no Lampedusa, Linosa or Lampione, the landfall of most central
 * Mediterranean rescues. Outlines of the municipality of Lampedusa e Linosa (ISTAT boundaries via
 * openpolis/geojson-italy, geojson/limits_P84.geojson, commit 5ac2495, CC BY 4.0 © Openpolis),
 * simplified to 40 m and rounded to 4 decimals; exterior rings clockwise like Natural Earth's. */
export const PELAGIE_ISLANDS: Ring[] = [
  [
    [12.5321, 35.5303], [12.534, 35.5296], [12.5383, 35.53], [12.5452, 35.5295], [12.5535, 35.5262],
    [12.5559, 35.5258], [12.5814, 35.524], [12.5939, 35.5219], [12.5996, 35.5227], [12.6054, 35.5271],
    [12.6235, 35.5232], [12.6286, 35.5216], [12.6337, 35.5187], [12.6324, 35.5169], [12.6302, 35.5166],
    [12.626, 35.5114], [12.6333, 35.5025], [12.6334, 35.4949], [12.6196, 35.4951], [12.6086, 35.4964],
    [12.6061, 35.5028], [12.605, 35.504], [12.6028, 35.5031], [12.6, 35.4998], [12.6011, 35.4983],
    [12.6, 35.4967], [12.5911, 35.4996], [12.5712, 35.5102], [12.5695, 35.5126], [12.5381, 35.5175],
    [12.5329, 35.5178], [12.5307, 35.517], [12.5191, 35.5206], [12.5186, 35.5228], [12.5277, 35.5295],
    [12.5321, 35.5303],
  ],
  [
    [12.878, 35.876], [12.8803, 35.8736], [12.884, 35.8611], [12.8839, 35.8585], [12.8819, 35.856],
    [12.8756, 35.8567], [12.8602, 35.8562], [12.8588, 35.8568], [12.8492, 35.8695], [12.85, 35.8722],
    [12.8614, 35.877], [12.8665, 35.8756], [12.8739, 35.8758], [12.8761, 35.8765], [12.878, 35.876],
  ],
  [[12.3222, 35.5518], [12.3207, 35.5524], [12.3214, 35.5545], [12.3234, 35.5533], [12.3222, 35.5518]],
];

/** Islands whose owner the 110 m countries get wrong: they are missing there, so the nearest 110 m
 * country wins (Turkey for most of the eastern Aegean, Italy for Malta, Tunisia for Pantelleria and
 * the Pelagie islands). An island takes the first entry whose box holds its whole outline. */
export const ISLAND_OWNERS: { country: string; box: Box }[] = [
  { country: "Malta", box: [14.1, 35.75, 14.65, 36.15] },
  { country: "Italy", box: [11.85, 36.65, 12.1, 36.9] }, // Pantelleria
  { country: "Italy", box: [12.3, 35.45, 12.9, 35.9] }, // Lampedusa, Linosa, Lampione
  { country: "Turkey", box: [25.55, 40.0, 26.05, 40.3] }, // Gökçeada
  { country: "Turkey", box: [25.95, 39.75, 26.15, 39.9] }, // Bozcaada
  { country: "Greece", box: [19.3, 34.7, 26.7, 41.0] }, // Ionian, Cyclades, northern Aegean
  { country: "Greece", box: [26.0, 34.7, 28.6, 39.5] }, // eastern Aegean and Dodecanese
];

/** Stretches of mainland coast that belong to a country missing from, or merged into a neighbour
 * in, the 110 m countries. A coast segment takes the first entry whose box holds its midpoint. */
export const COAST_OWNERS: { country: string; box: Box }[] = [
  { country: "Spain", box: [-5.4, 35.87, -5.27, 35.93] }, // Ceuta
  // The 110 m Spain reaches 35.95°N here, so the nearest 110 m country of Morocco's strait coast is Spain.
  { country: "Morocco", box: [-6.0, 35.7, -5.39, 35.95] },
  { country: "Spain", box: [-2.97, 35.265, -2.925, 35.32] }, // Melilla
  { country: "United Kingdom", box: [-5.37, 36.105, -5.335, 36.155] }, // Gibraltar
  { country: "Monaco", box: [7.405, 43.72, 7.44, 43.755] },
  { country: "Palestine", box: [34.22, 31.31, 34.52, 31.59] }, // Gaza
];

/** Natural Earth admin names kept as they are, except one: Northern Cyprus is recognised only by
 * Turkey, and the whole island is in the Cyprus search-and-rescue region. */
export const COUNTRY_NAMES: Record<string, string> = { "Northern Cyprus": "Cyprus" };
