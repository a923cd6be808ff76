import type { PiiMatch } from '../detect.js';
import type { Gazetteer } from './gazetteer.js';
import { indexText, nextAt, type TextIndex } from './text-index.js';


const ORG_SUFFIX =
  /^(?:inc|inc\.|llc|l\.l\.c\.|ltd|ltd\.|limited|corp|corp\.|corporation|group|company|co\.|gmbh|ag|sa|s\.a\.|plc|bank|university|insurance|foundation|institute|technologies|technology|systems|solutions|labs|partners|holdings|associates|orchestra|hospital|capital|consulting|services|industries|enterprises|media|networks|software|analytics|pharmaceuticals|motors|airlines|international|ventures|research|press|publishing|studios|energy|pharma|logistics|trust|fund|agency|council|association|society|club|team)$/i;

const ORG_RUN = /\b(?:[\p{Lu}][\p{L}&'’.-]*\s){1,4}(?:[\p{Lu}][\p{L}.]*)/uy;
const FIRM = /\b([\p{Lu}][\p{L}'’]+)(?:, ([\p{Lu}][\p{L}'’]+))? and ([\p{Lu}][\p{L}'’]+)\b|\b([\p{Lu}][\p{L}'’]+)-([\p{Lu}][\p{L}'’]+)\b/uy;

/** Organisations by their suffix ("… Insurance Group", "… GmbH") and law-firm style surname lists. */
export function findOrganizations(text: string, g: Gazetteer, out: PiiMatch[], index: TextIndex = indexText(text)): void {
  // Both patterns start at a capital: they are tried at the capitals only.
  if (index.upper.length < 2) return;
  // "X Y Inc", "Healthpocket Inc", "Allstate Insurance Group"
  const re = ORG_RUN;
  re.lastIndex = 0;
  let cursor = { k: 0 };
  let m: RegExpExecArray | null;
  while ((m = nextAt(re, text, index.upper, cursor)) !== null) {
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
  const firm = FIRM;
  firm.lastIndex = 0;
  cursor = { k: 0 };
  while ((m = nextAt(firm, text, index.upper, cursor)) !== null) {
    const parts = [m[1], m[2], m[3], m[4], m[5]].filter((x): x is string => !!x);
    const surnames = parts.filter((p) => g.last.has(p.toLowerCase()) || p === 'Sons').length;
    if (surnames < parts.length) continue;
    out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start: m.index, end: m.index + m[0].length, score: m[4] ? 0.55 : 0.75 });
  }
}

/**
 * Firms, brands and bands named after people ("Morgan Stanley", "Calvin Klein"): read as first and last
 * names they would be people. Only names of two words or more; a single surname ("Dell", "Heinz") is
 * more often a person. Our own list.
 */
const EPONYMOUS = [
  'Morgan Stanley', 'Goldman Sachs', 'Wells Fargo', 'Charles Schwab', 'Merrill Lynch', 'Lehman Brothers', 'JP Morgan', 'J.P. Morgan',
  'Edward Jones', 'Raymond James', 'Johnson & Johnson', 'Procter & Gamble', 'Ernst & Young', 'Marks & Spencer', "Ben & Jerry's",
  'Dow Jones', 'Dun & Bradstreet', 'Hewlett Packard', 'Hewlett-Packard', 'Ralph Lauren', 'Calvin Klein', 'Tommy Hilfiger',
  'Louis Vuitton', 'Christian Dior', 'Yves Saint Laurent', 'Hugo Boss', 'Estée Lauder', 'Kate Spade', 'Michael Kors', 'Tory Burch',
  'Vera Wang', 'Giorgio Armani', 'Dolce & Gabbana', 'Walt Disney', 'Warner Bros', 'Warner Brothers', 'John Deere', 'Harley Davidson',
  'Harley-Davidson', 'Rolls Royce', 'Rolls-Royce', 'Aston Martin', 'Alfa Romeo', 'Mercedes Benz', 'Mercedes-Benz', "Papa John's",
  "Jack Daniel's", 'Johnnie Walker', 'Jim Beam', 'Tim Hortons', 'Thomson Reuters', 'Wolters Kluwer', 'Bain Capital',
  'Berkshire Hathaway', 'Fannie Mae', 'Freddie Mac', 'Sherwin Williams', 'Sherwin-Williams', 'Black & Decker', 'Smith & Wesson',
  'Pratt & Whitney', 'Booz Allen Hamilton', 'Booz Allen', 'Arthur Andersen', 'Grant Thornton', 'Baker McKenzie', 'Allen & Overy',
  'Clifford Chance', 'Sullivan & Cromwell', 'Jones Day', 'Latham & Watkins', 'Kirkland & Ellis', 'Russell Investments', 'Credit Karma',
  'Ann Taylor', 'Pink Floyd', 'Rolling Stones', 'Tommy Bahama', 'Victoria Secret', "Victoria's Secret", 'Dr Pepper', 'Dr. Pepper',
  'Martha Stewart Living', 'Charles River', 'Emerson Electric', 'Abbott Laboratories', 'Eli Lilly', 'Bristol Myers', 'Bristol-Myers Squibb',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EPONYMOUS_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...EPONYMOUS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'uy');

/** Known firms and brands named after people, as organisations (sure enough to win over a reading as a person). */
export function findEponymousOrganizations(text: string, out: PiiMatch[], index: TextIndex = indexText(text)): void {
  // Every name starts with a capital: tried at the capitals only.
  EPONYMOUS_RE.lastIndex = 0;
  const cursor = { k: 0 };
  let m: RegExpExecArray | null;
  while ((m = nextAt(EPONYMOUS_RE, text, index.upper, cursor)) !== null) out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start: m.index, end: m.index + m[0].length, score: 0.9 });
}
