import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto("http://localhost:3209/en/cases/xiangxi", { waitUntil: "networkidle" });
const h = await p.evaluate(() => { const a = document.getElementById("other-indicators").getBoundingClientRect().top; const z = document.getElementById("sources").getBoundingClientRect().top; return z - a; });
console.log("other-indicators height px", h, "screens", (h / 844).toFixed(1));
await p.locator(".compact-grid").screenshot({ path: "/work/shots/xiangxi-compact-390-en.png" });
await b.close();
