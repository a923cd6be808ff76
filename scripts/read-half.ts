/**
 * The split every public-set scoring script uses (score-jailbreakbench.ts, score-bipia-test.ts,
 * score-overdefense.ts): an item belongs to the `read` half when the first byte of the SHA-256 of its
 * key (a behaviour, a goal category, a prompt) is even, to the `unread` half otherwise. Rules may be
 * written from the read half's misses; the unread half measures whether they carry. One function, so
 * the halves cannot drift apart between scripts.
 */
import { createHash } from 'node:crypto';

export type Half = 'read' | 'unread';

export function readHalf(key: string): Half {
  return (createHash('sha256').update(key).digest()[0]! & 1) === 0 ? 'read' : 'unread';
}
