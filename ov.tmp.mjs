import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const path of process.argv.slice(2)) {
  const p = await b.newPage({ viewport: { width: 360, height: 740 } });
  await p.goto("http://localhost:3209" + path, { waitUntil: "networkidle" });
  const r = await p.evaluate(() => {
    const W = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll("body *")) {
      const b = el.getBoundingClientRect();
      if (b.right > W + 0.5 && b.width > 0) {
        let anc = el.parentElement, clipped = false;
        while (anc) { const s = getComputedStyle(anc); if (s.overflowX !== "visible") { clipped = true; break; } anc = anc.parentElement; }
        if (!clipped) out.push(`${el.tagName}.${el.className} ${Math.round(b.right)}`);
      }
    }
    return [document.documentElement.scrollWidth, out.slice(0, 8)];
  });
  console.log(path, JSON.stringify(r));
  await p.close();
}
await b.close();
