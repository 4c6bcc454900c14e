// Called once when a Next.js server starts, before it answers requests (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { deskStart } = await import("./lib/desk/start");
  try {
    await deskStart();
  } catch (e) {
    // The public site serves regardless; the next approval runs the same recovery again.
    console.error(`desk: recovery at start failed: ${(e as Error).stack ?? e}`);
  }
}
