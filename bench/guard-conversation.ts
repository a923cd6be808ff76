/**
 * Guard cost per request in a growing conversation: `npx tsx bench/guard-conversation.ts`.
 *
 * A chat client sends the whole history with every request. Input: 200 conversations of TURNS
 * (default 20) user turns; each user message is ~400 characters of ordinary prose with a turn
 * number in it (so no two are equal), each assistant answer ~200 characters (unique too), and a 1.5 KB system
 * prompt. Request k carries the system prompt and all 2k-1 earlier messages. The built-in policy's
 * input check runs on every request, with the scan cache on (the default) and off; the floor
 * beside it is the same check on the newest message alone, which is what the cache should approach.
 * Prints CPU µs per request, averaged over all turns of all conversations, on one core.
 */
import { createGuard, type ChatMessage } from '../src/index.js';

const TURNS = Number(process.env.BENCH_TURNS ?? 20);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);

const SYSTEM = ('You are the support assistant of a mid-sized software company. Answer questions about billing, accounts and '
  + 'the product. Be concise and friendly, cite the help-centre article when there is one, and hand over to a human agent '
  + 'when the customer asks for a refund above the usual limit. ').repeat(6).slice(0, 1500);

const USER_LINES = [
  'I was looking at the invoice for last month and the number of seats does not match what we agreed with sales.',
  'Could you explain how the annual plan is prorated when we add people halfway through the billing period?',
  'Our finance team needs the invoices to show the purchase order number; is there a setting for that somewhere?',
  'We also noticed that the export to spreadsheet drops the time zone, which confuses the people in the other office.',
  'Thanks for the quick answer earlier, it helped a lot with the onboarding of the two new engineers this week.',
];

function userMessage(conversation: number, turn: number): string {
  const body = Array.from({ length: 4 }, (_, i) => USER_LINES[(conversation + turn + i) % USER_LINES.length]).join(' ');
  return `Turn ${turn} of ticket ${conversation}: ${body}`.slice(0, 400);
}

/** Each assistant answer differs too (a real model never repeats itself word for word). */
const answer = (conversation: number, turn: number) =>
  `Thanks for reaching out about ticket ${conversation}, turn ${turn}. The seat count on the invoice is taken on the billing date; additions in the middle of a period are prorated by day.`;

async function run(cache: boolean, newestOnly: boolean): Promise<number> {
  const guard = createGuard(undefined, cache ? {} : { scanCache: false });
  let requests = 0;
  const started = process.cpuUsage();
  for (let c = 0; c < CONVERSATIONS; c++) {
    const history: ChatMessage[] = [{ role: 'system', content: SYSTEM }];
    for (let t = 1; t <= TURNS; t++) {
      history.push({ role: 'user', content: userMessage(c, t) });
      await guard.checkInput(newestOnly ? [history[0]!, history[history.length - 1]!] : history, { metadata: { keyId: `k${c % 8}` } });
      requests++;
      history.push({ role: 'assistant', content: answer(c, t) });
    }
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / requests;
}

// Warm-up: JIT and the scanners' lazily built tables.
await run(true, false);
const rows: Array<[string, number]> = [
  ['history re-sent, scan cache off', await run(false, false)],
  ['history re-sent, scan cache on (default)', await run(true, false)],
  ['floor: newest message only', await run(false, true)],
];
console.log(`Guard input check per request: ${CONVERSATIONS} conversations × ${TURNS} turns, 1.5 KB system prompt, ~400-char user turns, built-in policy`);
for (const [name, us] of rows) console.log(`  ${name.padEnd(44)} ${us.toFixed(1).padStart(8)} µs CPU/request`);
