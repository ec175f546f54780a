// Opens an HTML report in headless Chromium (the system's, through
// playwright-core) and does what a reader would: searches, clicks an area,
// a body, a diagram node, unticks a finding kind.  Prints what the page
// then shows as JSON on stdout; test-report.py compares it with the model.
// Usage: node drive-report.mjs REPORT.html SCREENSHOT.png SPEC.json
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [report, screenshot, specPath] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(specPath, "utf8"));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dutygraph-chromium-"));
const url = pathToFileURL(path.resolve(report)).href;
const out = { console: [], requests: [], steps: [] };

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1400, height: 1000 },
});
try {
  const page = context.pages()[0] || await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") out.console.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => out.console.push(`pageerror: ${err.message}`));
  page.on("request", (req) => { if (req.url() !== url) out.requests.push(req.url()); });
  page.on("dialog", async (d) => { out.console.push(`dialog: ${d.message()}`); await d.dismiss(); });
  await page.goto(url, { waitUntil: "load" });

  // What is highlighted now, in the matrix and the diagram, and which
  // findings are marked, dimmed and shown.
  const observe = (label) => page.evaluate((label) => {
    const ids = (sel, attr) => Array.from(document.querySelectorAll(sel)).map((e) => e.getAttribute(attr));
    return {
      label,
      status: document.getElementById("dg-status").textContent,
      rows: ids("#dg-matrix tbody tr.dg-hl", "data-area"),
      cells: Array.from(document.querySelectorAll("#dg-matrix td.dg-cell.dg-hl"))
        .map((td) => td.parentElement.dataset.area + "|" + td.dataset.body),
      columns: ids("#dg-matrix th.dg-body.dg-hl", "data-body"),
      svg: ids("#dg-diagram-box g.node.dg-hl", "id"),
      findingsHit: ids("li.dg-finding.dg-hit", "data-kind").length,
      findingsShown: Array.from(document.querySelectorAll("li.dg-finding"))
        .filter((li) => getComputedStyle(li).display !== "none").map((li) => li.dataset.kind),
      rowsShown: Array.from(document.querySelectorAll("#dg-matrix tbody tr"))
        .filter((tr) => getComputedStyle(tr).display !== "none").length,
    };
  }, label);

  out.initial = await observe("initial");
  out.page = await page.evaluate(() => ({
    title: document.title,
    bodyHeadings: Array.from(document.querySelectorAll("#dg-matrix th.dg-body"))
      .map((th) => ({ id: th.dataset.body, text: th.textContent })),
    areaCells: Array.from(document.querySelectorAll("#dg-matrix th.dg-area"))
      .map((th) => ({ id: th.parentElement.dataset.area, text: th.textContent })),
    scripts: document.querySelectorAll("script").length,
    svg: document.querySelectorAll("#dg-diagram-box svg").length,
  }));
  await page.screenshot({ path: screenshot });

  for (const step of spec.steps) {
    if (step.search !== undefined) {
      await page.fill("#dg-search", step.search);
    } else if (step.clickArea) {
      await page.click("#dg-clear");
      await page.locator("#dg-matrix tbody tr").filter({ has: page.locator("th.dg-area") })
        .and(page.locator(`[data-area="${step.clickArea}"]`)).locator("th.dg-area").click();
    } else if (step.clickBody) {
      await page.click("#dg-clear");
      await page.locator(`#dg-matrix th.dg-body[data-body="${step.clickBody}"]`).click();
    } else if (step.clickNode) {
      await page.click("#dg-clear");
      await page.locator(`#dg-diagram-box g.node[id="${step.clickNode}"]`).click();
    } else if (step.untick) {
      await page.click("#dg-clear");
      await page.locator(`#dg-filters input[data-kind="${step.untick}"]`).uncheck();
    } else if (step.onlyFindings) {
      await page.locator("#dg-only-findings").check();
    }
    out.steps.push(await observe(JSON.stringify(step)));
    if (step.screenshot) await page.screenshot({ path: step.screenshot });
  }
  // Printed as the page's own @page rules say (A4).
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: screenshot.replace(/\.png$/, ".pdf"), preferCSSPageSize: true });
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
