import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// Checks run inside the page after it has settled. Each returns its problems as readable lines, so a
// failure says what is wrong where; an empty list means the page passes.

/** The page does not scroll sideways; whatever is cut off sits in a scroll container a keyboard can reach and a screen reader can name. */
export function overflowProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("class") ? `.${el.getAttribute("class")!.trim().replace(/\s+/g, ".")}` : ""}`;
    const isHiddenOnPurpose = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const box = node.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1 && getComputedStyle(node).overflow !== "visible") return true;
      }
      return false;
    };
    const isScroller = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX);
    if (document.documentElement.scrollWidth > viewport) problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${viewport} px viewport`);
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("svg") && el.tagName !== "svg") continue; // an SVG clips its content to its own box
      const box = el.getBoundingClientRect();
      if (box.width === 0 || isHiddenOnPurpose(el)) continue;
      const style = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && el.tagName !== "SELECT" && el.tagName !== "INPUT") {
        if (isScroller(el)) {
          const name = el.getAttribute("aria-label") ?? el.getAttribute("aria-labelledby");
          if ((el as HTMLElement).tabIndex < 0 || !name || !el.getAttribute("role")) problems.push(`${describe(el)} scrolls sideways but is not a focusable, named region`);
        } else if (/hidden|clip/.test(style.overflowX)) {
          problems.push(`${describe(el)} cuts off ${el.scrollWidth - el.clientWidth} px of its content`);
        }
      }
      if (box.left >= -0.5 && box.right <= viewport + 0.5) continue;
      let scroller = el.parentElement;
      while (scroller && !isScroller(scroller)) scroller = scroller.parentElement;
      if (!scroller || scroller === document.body || scroller === document.documentElement) {
        problems.push(`${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px in a ${viewport} px viewport`);
      }
    }
    return [...new Set(problems)];
  });
}

/** No two form controls or labels cover each other (a select widened by a long option used to slide under its neighbour). */
export function overlapProblems(page: Page) {
  return page.evaluate(() => {
    // A closed disclosure's content has boxes where it would open (Chrome lays it out hidden), but shows nothing.
    const isShown = (el: HTMLElement) => el.getClientRects().length > 0 && !el.closest("details:not([open]) > :not(summary)");
    const controls = [...document.querySelectorAll<HTMLElement>("input:not([type=hidden]), select, textarea, button, label")].filter(isShown);
    const name = (el: HTMLElement) => `${el.tagName.toLowerCase()} "${(el.id || el.textContent || "").trim().slice(0, 30)}"`;
    const problems: string[] = [];
    const boxes = controls.map((el) => el.getBoundingClientRect());
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i], controls[j]];
        if (a.contains(b) || b.contains(a) || (a as HTMLLabelElement).control === b || (b as HTMLLabelElement).control === a) continue;
        const width = Math.min(boxes[i].right, boxes[j].right) - Math.max(boxes[i].left, boxes[j].left);
        const height = Math.min(boxes[i].bottom, boxes[j].bottom) - Math.max(boxes[i].top, boxes[j].top);
        if (width > 1 && height > 1) problems.push(`${name(a)} and ${name(b)} overlap by ${Math.round(width)}×${Math.round(height)} px`);
      }
    }
    return problems;
  });
}

/** Text drawn in an SVG scales with it: every label must still render at 11 px or more, and not cover another. */
export function svgTextProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll("svg")) {
      const texts = [...svg.querySelectorAll("text")].filter((t) => t.getClientRects().length > 0 && t.textContent?.trim());
      const scale = svg.getScreenCTM()?.a ?? 1;
      for (const text of texts) {
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < 11) problems.push(`"${text.textContent}" renders at ${size.toFixed(1)} px`);
      }
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const width = Math.min(boxes[i].right, boxes[j].right) - Math.max(boxes[i].left, boxes[j].left);
          const height = Math.min(boxes[i].bottom, boxes[j].bottom) - Math.max(boxes[i].top, boxes[j].top);
          if (width > 0.5 && height > 0.5) problems.push(`"${texts[i].textContent}" and "${texts[j].textContent}" overlap`);
        }
      }
    }
    return problems;
  });
}

/** Axe's WCAG 2.0 and 2.1 A and AA rules, as one line per violation and element. */
export async function axeProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? v.help}`));
}
