/**
 * The PERSON / ADDRESS / LOCATION / ORGANIZATION layer alone, in µs per check of a 1 KB text, on
 * three kinds of input a gateway sees:
 *   - prose: the gateway benchmark's meeting-notes prompt (no names, no numbers, no labels);
 *   - few names: meeting notes with two people, a town and a date (about one name per 300 bytes);
 *   - dense names: notes with a person, a town, a street address or an organisation every 30 bytes;
 *   - record: a form, a JSON object and a CSV table with names, addresses and places.
 * The structured matches are found once beforehand, so only `detectEntities` is timed; every
 * iteration checks a different text (a request number in front), as the gateway does.
 * Also prints `detectPii` with and without the layer on the prose prompt, for scale.
 *
 * Run: node --import tsx bench/pii-entities.ts [ITERATIONS]   (default 20000 per input)
 */
import { detectStructured } from '../src/scanners/pii/detect.js';
import { detectEntities } from '../src/scanners/pii/entities/detect.js';
import { detectPii } from '../src/scanners/pii/index.js';

const ITERATIONS = Number(process.argv[2] ?? 20000);
const VARIANTS = 256;

const fit = (s: string) => s.repeat(Math.ceil(1024 / s.length)).slice(0, 1024);
const INPUTS: Record<string, string> = {
  prose: fit(
    'Please summarise the following notes from our weekly planning meeting. The team discussed the release schedule, ' +
      'the migration of the billing service, and the onboarding of two new engineers. ',
  ),
  'few names': fit(
    'Notes from the planning meeting on 14 March. Ingrid Solberg walked the team through the release schedule and the ' +
      'migration of the billing service; the new engineers start in Lisbon next month. We agreed to review the runbook, ' +
      'to add an alert on queue depth, and to ask Tomás for the load-test results before Friday. ',
  ),
  'dense names': fit(
    'Notes from Tuesday. Ingrid Solberg opened with the quarterly numbers and asked Tomás Herrera to draft the plan for the ' +
      'Lisbon office. Dr. Okafor joined from Denver; the kit ships to 4417 Larkspur Lane, Boise, ID 83702 on Monday. ' +
      'Action: Aiyana to book the venue. Acme Widgets Inc. signed the renewal, said Petra Lindqvist. ',
  ),
  record: fit(
    'name: Kwame Mensah\naddress: 22 Harbour Road, Accra\ncity: Accra\n' +
      '{"customer": {"name": "Sione Tuilagi", "city": "Auckland"}, "order": 5521, "status": "shipped"}\n' +
      'id,full_name,city,country\n1,Yusuf Demir,Izmir,Turkey\n2,Leonie Fischer,Bremen,Germany\n3,Ravi Shankar,Pune,India\n',
  ),
};

function variants(text: string) {
  return Array.from({ length: VARIANTS }, (_, i) => {
    const t = `Request ${i + 1}. ${text}`.slice(0, text.length);
    return { text: t, structured: detectStructured(t, { minScore: 0.25 }) };
  });
}

function time(fn: (i: number) => number): { us: number; cpuUs: number } {
  for (let i = 0; i < Math.min(ITERATIONS, 5000); i++) fn(i); // warm-up: JIT, gazetteer, regex compilation
  let best = { us: Infinity, cpuUs: Infinity };
  for (let pass = 0; pass < 3; pass++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let sink = 0;
    for (let i = 0; i < ITERATIONS; i++) sink += fn(i);
    const us = ((performance.now() - t0) * 1000) / ITERATIONS;
    const cpu = process.cpuUsage(cpu0);
    const cpuUs = (cpu.user + cpu.system) / ITERATIONS;
    if (sink < 0) console.log(sink);
    if (cpuUs < best.cpuUs) best = { us, cpuUs };
  }
  return best;
}

console.log(`entity layer, 1 KB inputs, ${ITERATIONS} checks per line, best of 3 passes (µs per check, wall and CPU)`);
for (const [name, text] of Object.entries(INPUTS)) {
  const vs = variants(text);
  const r = time((i) => {
    const v = vs[i % VARIANTS]!;
    return detectEntities(v.text, v.structured, { minScore: 0.25 }).length;
  });
  const found = detectEntities(vs[0]!.text, vs[0]!.structured, { minScore: 0.25 }).filter((m) => !vs[0]!.structured.includes(m)).length;
  console.log(`detectEntities ${name.padEnd(12)} ${r.us.toFixed(1).padStart(7)} µs wall ${r.cpuUs.toFixed(1).padStart(7)} µs CPU   ${found} entities`);
}
const prose = variants(INPUTS.prose!).map((v) => v.text);
for (const entities of [false, true]) {
  const r = time((i) => detectPii(prose[i % VARIANTS]!, { entities }).length);
  console.log(`detectPii prose entities=${String(entities).padEnd(5)} ${r.us.toFixed(1).padStart(7)} µs wall ${r.cpuUs.toFixed(1).padStart(7)} µs CPU`);
}
