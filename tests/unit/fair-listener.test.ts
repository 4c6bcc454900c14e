import { createRequire } from "node:module";
import net from "node:net";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";

// patches/next+16.4.6.patch makes `next start` hand its requests to fairListener (next/dist/server/lib/fair-listener):
// at most one request starts per turn of the event loop, so a burst of new connections is accepted while the
// clients already in keep the server busy (libuv accepts one connection per turn).
const require = createRequire(import.meta.url);
const fairListenerFile = require.resolve("next/dist/server/lib/fair-listener");
const startServerFile = require.resolve("next/dist/server/lib/start-server");

const CLIENTS = 32;

// The server runs in a worker thread, on its own event loop, spending 1 ms of CPU on each request. While its loop
// is held, CLIENTS connections are opened (the kernel completes them into the listen backlog) and each sends 50
// pipelined requests; then the loop is let go. The answer: how many requests the server had finished when it
// accepted its last connection.
async function servedBeforeLastAccept(fair: boolean): Promise<number> {
  const hold = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `
    const http = require("node:http");
    const { parentPort, workerData } = require("node:worker_threads");
    const { fairListener } = require(workerData.file);
    let served = 0;
    let accepted = 0;
    const handler = (req, res) => {
      const start = process.hrtime.bigint();
      while (process.hrtime.bigint() - start < 1000000n);
      served++;
      res.end("ok");
    };
    const server = http.createServer(workerData.fair ? fairListener(handler) : handler);
    server.on("connection", () => {
      if (++accepted === workerData.clients) parentPort.postMessage({ served });
    });
    server.listen(0, "127.0.0.1", () => {
      parentPort.postMessage({ port: server.address().port });
      Atomics.wait(workerData.hold, 0, 0);
    });
    `,
    { eval: true, workerData: { file: fairListenerFile, fair, clients: CLIENTS, hold } },
  );
  const sockets: net.Socket[] = [];
  try {
    const port = await new Promise<number>((resolve) => worker.once("message", (m) => resolve(m.port)));
    const served = new Promise<number>((resolve) => worker.once("message", (m) => resolve(m.served)));
    const request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(50);
    await Promise.all(
      Array.from(
        { length: CLIENTS },
        () =>
          new Promise<void>((resolve, reject) => {
            const socket = net.connect(port, "127.0.0.1", () => socket.write(request, () => resolve()));
            socket.on("error", reject).resume();
            sockets.push(socket);
          }),
      ),
    );
    Atomics.store(hold, 0, 1);
    Atomics.notify(hold, 0);
    return await served;
  } finally {
    for (const socket of sockets) socket.destroy();
    await worker.terminate();
  }
}

describe("next start's request listener, as patched", () => {
  it("is the fair listener", () => {
    expect(require("node:fs").readFileSync(startServerFile, "utf8")).toMatch(
      /createServer\(\(0, require\("\.\/fair-listener"\)\.fairListener\)\(requestListener\)\)/,
    );
  });

  it("accepts a burst of connections after a few requests, where a plain listener serves hundreds first", async () => {
    const plain = await servedBeforeLastAccept(false);
    const fair = await servedBeforeLastAccept(true);
    // A plain listener runs every request in hand each turn, so the k-th accept waits for about k requests:
    // about CLIENTS² / 2 in all. The fair one starts one request a turn: about one per accept.
    expect(plain).toBeGreaterThan(CLIENTS * 4);
    expect(fair).toBeLessThan(CLIENTS * 2);
  }, 60_000);

  it("answers every request once, in the order they arrived", async () => {
    const { fairListener } = require(fairListenerFile) as {
      fairListener: (l: (req: unknown, res: unknown) => void) => (req: unknown, res: unknown) => void;
    };
    const started: number[] = [];
    const listener = fairListener((req) => started.push(req as number));
    for (let i = 0; i < 5; i++) listener(i, null);
    expect(started).toEqual([]);
    const turn = () => new Promise((r) => setImmediate(r));
    const seen: number[] = [];
    for (let i = 0; i < 20 && started.length < 5; i++) {
      await turn();
      seen.push(started.length);
    }
    expect(started).toEqual([0, 1, 2, 3, 4]);
    // never more than one new request a turn
    expect(seen.every((n, i) => n - (seen[i - 1] ?? 0) <= 1)).toBe(true);
    listener(5, null);
    for (let i = 0; i < 5 && started.length < 6; i++) await turn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
