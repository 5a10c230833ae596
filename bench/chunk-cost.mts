// What chunking costs a read (happy-dom): the 500-row ECS list read through the content script's
// PageReading in chunks of CHUNK rows (and with a whole-read session), fresh document per run.
//   SRC=/path/to/other/checkout npx tsx bench/chunk-cost.mts 25     (SRC: compare another version's src/)
const root = process.env.SRC ?? new URL('..', import.meta.url).pathname;
const chunkRows = Number(process.argv[2] ?? 250);
const runs = Number(process.argv[3] ?? 7);
const { htmlToDocument } = await import(`${root}/src/cli/html-document.ts`);
const { familyReadPage } = await import(`${root}/src/ui/page/family-reader.ts`);
const { createPageReading } = await import(`${root}/src/ui/page/page-reading.ts`);
const { ecsReaders } = await import(`${root}/src/ui/page/readers/ecs.ts`);
const { ecsList500Html, ecsList500Url } = await import(`${root}/test/helpers/ecs-list-500.ts`);
const url = new URL(ecsList500Url);
const html = ecsList500Html();
const times: number[] = [];
let chunks = 0;
let servers = 0;
for (let i = 0; i < runs + 2; i++) {
  const doc = htmlToDocument(html, url.href);
  let busy = 0;
  chunks = 0;
  const read = familyReadPage(ecsReaders);
  const reading = createPageReading(
    (d: Document, u: URL) => {
      // CPU time, not wall time: the machine is shared
      const t0 = process.cpuUsage();
      try {
        return read(d, u);
      } finally {
        const c = process.cpuUsage(t0);
        busy += (c.user + c.system) / 1000;
        chunks++;
      }
    },
    { chunkRows, idle: (fn: () => void) => setTimeout(fn, 0) },
  );
  const out = await reading.read(doc, url);
  servers = out?.facts.servers?.length ?? 0;
  if (i >= 2) times.push(busy);
  await (doc.defaultView as any)?.happyDOM?.close?.();
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ src: process.env.SRC ? 'other' : 'this', chunkRows, chunks, servers, median_cpu_ms: Math.round(times[times.length >> 1]! * 10) / 10 }));
