import type { PiiMatch } from '../detect.js';
import type { Gazetteer } from './gazetteer.js';


const ORG_SUFFIX =
  /^(?:inc|inc\.|llc|l\.l\.c\.|ltd|ltd\.|limited|corp|corp\.|corporation|group|company|co\.|gmbh|ag|sa|s\.a\.|plc|bank|university|insurance|foundation|institute|technologies|technology|systems|solutions|labs|partners|holdings|associates|orchestra|hospital|capital|consulting|services|industries|enterprises|media|networks|software|analytics|pharmaceuticals|motors|airlines|international|ventures|research|press|publishing|studios|energy|pharma|logistics|trust|fund|agency|council|association|society|club|team)$/i;

/** Organisations by their suffix ("… Insurance Group", "… GmbH") and law-firm style surname lists. */
export function findOrganizations(text: string, g: Gazetteer, out: PiiMatch[]): void {
  // "X Y Inc", "Healthpocket Inc", "Allstate Insurance Group"
  const re = /\b(?:[\p{Lu}][\p{L}&'’.-]*\s){1,4}(?:[\p{Lu}][\p{L}.]*)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const words = m[0].split(/\s+/);
    let end = words.length;
    while (end > 1 && !ORG_SUFFIX.test(words[end - 1]!)) end--;
    if (end <= 1) continue;
    const span = words.slice(0, end).join(' ');
    let start = m.index;
    // Drop a leading sentence word ("The", "At") that is not part of the name.
    const head = words[0]!.toLowerCase();
    if (g.common.has(head) && end > 2) start += words[0]!.length + 1;
    out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start, end: m.index + span.length, score: 0.8 });
  }
  // Law-firm style names from surnames: "Davis, Reynolds and Williamson", "Weeks-Rivas", "Smith and Sons"
  const firm = /\b([\p{Lu}][\p{L}'’]+)(?:, ([\p{Lu}][\p{L}'’]+))? and ([\p{Lu}][\p{L}'’]+)\b|\b([\p{Lu}][\p{L}'’]+)-([\p{Lu}][\p{L}'’]+)\b/gu;
  while ((m = firm.exec(text)) !== null) {
    const parts = [m[1], m[2], m[3], m[4], m[5]].filter((x): x is string => !!x);
    const surnames = parts.filter((p) => g.last.has(p.toLowerCase()) || p === 'Sons').length;
    if (surnames < parts.length) continue;
    out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start: m.index, end: m.index + m[0].length, score: m[4] ? 0.55 : 0.75 });
  }
}
