import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const [,, path, name, w, sel, hover] = process.argv;
const p = await b.newPage({ viewport: { width: Number(w), height: 900 } });
const errs = [];
p.on("console", (m) => m.type() === "error" && errs.push(m.text()));
await p.goto("http://localhost:3209" + path, { waitUntil: "networkidle" });
if (hover) {
  const pt = p.locator(`${sel} .chart-variant:visible circle.chart-point`).nth(Number(hover));
  await pt.scrollIntoViewIfNeeded();
  const bx = await pt.boundingBox();
  await p.mouse.move(bx.x + bx.width / 2, bx.y + bx.height / 2);
  await p.waitForTimeout(200);
}
if (sel) await p.locator(sel).screenshot({ path: `/work/shots/${name}.png` });
else await p.screenshot({ path: `/work/shots/${name}.png`, fullPage: true });
console.log("errors", errs, "scrollW", await p.evaluate(() => document.documentElement.scrollWidth));
await b.close();
