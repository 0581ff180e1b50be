import { CENTRAL_MEDITERRANEAN_VIEW } from "@/lib/geo/central-mediterranean";
import { backgroundSvg } from "@/lib/geo/map-view";

// Drawn once at build time and served as a file; browsers keep it a day (it changes only with the bundled data).
export const dynamic = "force-static";

export function GET() {
  return new Response(backgroundSvg(CENTRAL_MEDITERRANEAN_VIEW), {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" },
  });
}
