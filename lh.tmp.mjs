import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
for (const page of process.argv.slice(2)) {
  const r = await lighthouse("http://localhost:3209" + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const a = r.lhr.audits;
  const boot = a["bootup-time"].details.items.slice(0, 5).map((i) => `${i.url.split("/").pop()}:${Math.round(i.scripting)}`);
  const main = a["mainthread-work-breakdown"].details.items.map((i) => `${i.group}:${Math.round(i.duration)}`);
  console.log(page, r.lhr.categories.performance.score, Math.round(a["total-blocking-time"].numericValue), boot.join(" "), "|", main.join(" "));
}
chrome.kill();
