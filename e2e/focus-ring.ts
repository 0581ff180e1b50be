import type { Page } from "@playwright/test";

type Rgb = [number, number, number];

const parseRgb = (css: string): Rgb | null => {
  const match = css.match(/^rgba?\((\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
};

/** WCAG 2 relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgb) {
  const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

type Ring = { element: string; isFocusVisible: boolean; style: string; width: number; color: string; backdrops: string[] };

/**
 * Focuses every focusable HTML element (after a Tab press, so focus counts as keyboard focus) and reads its
 * outline and the colours just outside it on each side: what the ring is actually seen against.
 */
function readRings(page: Page): Promise<Ring[]> {
  return page.evaluate(() => {
    const selector = "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex='-1'])";
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.closest("svg") && el.getClientRects().length > 0);
    const backdropAt = (x: number, y: number, self: Element) => {
      for (const el of document.elementsFromPoint(x, y)) {
        if (self.contains(el)) continue;
        const color = getComputedStyle(el).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(color)) return color;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    return elements.flatMap((el) => {
      el.focus();
      if (document.activeElement !== el) return []; // hidden for now, e.g. in a closed disclosure
      const style = getComputedStyle(el);
      const outside = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 1;
      const box = el.getBoundingClientRect();
      const [midX, midY] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
      const points = [[box.left - outside, midY], [box.right + outside, midY], [midX, box.top - outside], [midX, box.bottom + outside]];
      const inView = points.filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
      return [{
        element: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? el.id).trim().slice(0, 40)}"`,
        isFocusVisible: el.matches(":focus-visible"),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        color: style.outlineColor,
        backdrops: inView.map(([x, y]) => backdropAt(x, y, el)),
      }];
    });
  });
}

/** Every focus ring is at least 2 px, solid, and has 3:1 contrast with what surrounds it (WCAG 1.4.11). */
export async function focusRingProblems(page: Page) {
  await page.keyboard.press("Tab");
  const problems: string[] = [];
  for (const ring of await readRings(page)) {
    if (!ring.isFocusVisible || ring.style === "none" || ring.width < 2) {
      problems.push(`${ring.element}: no visible focus ring (${ring.style} ${ring.width}px)`);
      continue;
    }
    const color = parseRgb(ring.color);
    for (const backdrop of new Set(ring.backdrops)) {
      const behind = parseRgb(backdrop);
      const ratio = color && behind ? contrastRatio(color, behind) : 0;
      if (ratio < 3) problems.push(`${ring.element}: ring ${ring.color} on ${backdrop} has contrast ${ratio.toFixed(2)}:1`);
    }
  }
  return [...new Set(problems)];
}
