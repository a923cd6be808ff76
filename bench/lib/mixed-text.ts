/**
 * The mixed text the PII benchmarks scan: prose, log lines, JSON records and CSV rows, with about one
 * PII value or credential every 400 bytes (cards, IBANs, SSNs, e-mails, phones, IPs, keys) and plenty
 * of look-alike numbers (order ids, timestamps, versions). Seeded: the same size gives the same text.
 */
import { mulberry32 } from './random.js';

/** About `bytes` of mixed text, one record a line. */
export function mixedText(bytes: number): string {
  const rand = mulberry32(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

  const PROSE = [
    'The quarterly report shows revenue grew in most regions while costs stayed flat.',
    'Please review the attached draft and send comments before the meeting on Thursday.',
    'Our team shipped version 4.2.1 of the client, fixing 17 bugs reported since March.',
    'The customer asked whether the order could be delivered to the new office instead.',
    'In 2023 we processed 1,250,000 requests per day with a median latency of 45 ms.',
  ];
  const PII = [
    () => `card 4111 1111 1111 1111`,
    () => `IBAN GB82 WEST 1234 5698 7654 32`,
    () => `SSN 078-05-1121`,
    () => `mail ${pick(['ana', 'bo', 'carl'])}.${digits(3)}@example.com`,
    () => `call +1 415 555 ${digits(4)}`,
    () => `from 10.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}`,
    () => `token ghp_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'}`,
    () => `api_key="${digits(8)}Xq7Rt2Lp9Zk4Wm1Nb6Vc3"`,
  ];
  const LOOKALIKES = () => pick([`order #${digits(9)}`, `ts=${Date.UTC(2024, 0, 1) + Math.floor(rand() * 1e9)}`, `v${digits(1)}.${digits(2)}.${digits(1)}`, `id ${digits(12)}`, `sha ${digits(20)}`]);

  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const kind = rand();
    let s: string;
    if (kind < 0.4) s = `${pick(PROSE)} ${rand() < 0.3 ? pick(PII)() : ''} ${pick(PROSE)}`;
    else if (kind < 0.65) s = `2024-05-0${1 + Math.floor(rand() * 9)}T12:${digits(2)}:${digits(2)}Z INFO req=${digits(8)} user=u${digits(5)} ${rand() < 0.3 ? pick(PII)() : LOOKALIKES()} status=200`;
    else if (kind < 0.85) s = JSON.stringify({ id: Number(digits(7)), note: `${pick(PROSE)} ${rand() < 0.3 ? pick(PII)() : LOOKALIKES()}`, amount: Number(digits(4)) / 100 });
    else s = `${digits(6)},${pick(['Ana', 'Bo', 'Carl'])},${rand() < 0.3 ? pick(PII)() : LOOKALIKES()},${digits(3)}`;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join('\n');
}

/** The text cut at line ends into records of about 4 KiB, as a request path or a dataset row sees it. */
export function recordsOf(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 4096) {
    const nl = text.indexOf('\n', i + 4096);
    chunks.push(text.slice(i, nl < 0 ? text.length : nl));
    i = nl < 0 ? text.length : nl - 4096 + 1;
  }
  return chunks;
}
