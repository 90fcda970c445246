// Prefixes each stdin line with seconds since start (a tiny `ts -s` for profiling build logs).
import { createInterface } from 'node:readline';
const start = performance.now();
for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(`${((performance.now() - start) / 1000).toFixed(1).padStart(6)} ${line}\n`);
}
