// Summarises the .cpuprofile files a benchmark wrote (BENCH_CPU_PROF=dir): the functions with the
// most self time in each profile, grouped by function name and file.
//   node --import tsx tests/bench/profile-top.ts dir [n]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const dir = process.argv[2];
const n = Number(process.argv[3] ?? 15);
for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
  const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const where = frame.url ? `${frame.url.replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "")}:${frame.lineNumber + 1}` : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    const dt = profile.timeDeltas[i] / 1000;
    total += dt;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const idle = (self.get("(idle)") ?? 0) + (self.get("(program)") ?? 0) * 0;
  console.log(`\n${file}: ${(total / 1000).toFixed(1)} s sampled, ${((total - idle) / 1000).toFixed(1)} s busy`);
  for (const [key, t] of [...self.entries()]
    .filter(([k]) => k !== "(idle)")
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)) {
    console.log(`  ${t.toFixed(0).padStart(7)} ms  ${((100 * t) / (total - idle)).toFixed(1).padStart(5)}%  ${key.slice(0, 150)}`);
  }
}
