import type { PiiMatch } from '../detect.js';
import type { Gazetteer } from './gazetteer.js';
import { indexText, nextAt, type TextIndex } from './text-index.js';
import { isSpaceUnit } from '../../../core/code-units.js';

/** Legal forms, as plain alternatives (letters and escaped full stops only: ORG_SUFFIX_AFTER_SPACE is built from them). */
const LEGAL_FORMS = ['inc', 'inc\\.', 'llc', 'l\\.l\\.c\\.', 'ltd', 'ltd\\.', 'limited', 'corp', 'corp\\.', 'co\\.', 'gmbh', 'ag', 'sa', 's\\.a\\.', 'plc', 'llp', 'b\\.v\\.', 'bv', 'n\\.v\\.', 'nv', 's\\.l\\.', 's\\.r\\.l\\.', 'srl', 's\\.p\\.a\\.', 'kft', 'kft\\.', 'oy', 'oyj', 'ab'];
/** Words for what an organisation is, closing its name ("… Insurance Group", "… Secondary School"). */
const KIND_SUFFIXES = [
  'corporation', 'group', 'company', 'bank', 'university', 'insurance', 'foundation', 'institute', 'technologies', 'technology', 'systems', 'solutions', 'labs',
  'partners', 'holdings', 'associates', 'orchestra', 'hospital', 'capital', 'consulting', 'services', 'industries', 'enterprises', 'media', 'networks', 'software',
  'analytics', 'pharmaceuticals', 'motors', 'airlines', 'international', 'ventures', 'research', 'press', 'publishing', 'studios', 'energy', 'pharma', 'logistics',
  'trust', 'fund', 'agency', 'council', 'association', 'society', 'club', 'team', 'school', 'academy', 'clinic', 'bakery', 'brewery', 'brewing', 'joinery', 'pharmacy',
  // A trader's or a studio's kind ("Shree Ganesh Traders", "Juliana Mendes Fotografia"; blind batch AH).
  'traders', 'trading', 'photography', 'fotografia', 'fotografie', 'construction', 'constructions', 'foods', 'textiles', 'electronics', 'supplies',
];
const ORG_SUFFIX = new RegExp(`^(?:${[...LEGAL_FORMS, ...KIND_SUFFIXES].join('|')})$`, 'i');
/** A legal form ("Ltd", "Co.", "GmbH", "B.V."): surer than any reading of the words before it as a name. */
const LEGAL_FORM = new RegExp(`^(?:${LEGAL_FORMS.join('|')})$`, 'i');

/**
 * A capitalised suffix word after a space ("… Inc", "… GROUP"), the only place ORG_SUFFIX can close an
 * organisation of ORG_RUN (a word after the first, so after one whitespace unit, and opening with a
 * capital, which folds to an ASCII letter only when it is one). ORG_RUN is tried only at the capitals
 * before the last one: a run from a later capital has no suffix to end with. Built from ORG_SUFFIX (its first letter in capitals,
 * the rest of either case, as its `i` flag reads them).
 */
const ORG_SUFFIX_AFTER_SPACE = new RegExp(
  `\\s(?:${/^\^\(\?:(.*)\)\$$/
    .exec(ORG_SUFFIX.source)![1]!
    .split('|')
    .map((alt) => {
      const units = alt.match(/\\\.|[a-z]/g)!;
      if (units.join('') !== alt) throw new Error(`not a plain suffix: ${alt}`);
      return units.map((u, i) => (u === '\\.' ? u : i === 0 ? u.toUpperCase() : `[${u}${u.toUpperCase()}]`)).join('');
    })
    .join('|')})`,
  'g',
);

/** Capitalised words on one line: a signature's name and the firm on the line below are two things. */
const ORG_RUN = /\b(?:(?:[\p{Lu}][\p{L}&'’.-]*|&)[ \t]){1,5}(?:[\p{Lu}][\p{L}.]*)/uy;
const GREETING_WORD = /^(?:hi|hello|hey|hiya|dear|thanks)$/i;
/** What follows a hyphenated first name: a surname, perhaps after a particle ("Paul-Henri de Villiers"). */
const HYPHENATED_FIRST_NAME_AFTER = /^ (?:(?:de|del|van|von|da|di|du|le|la|der|den|ten|ter) )?[\p{Lu}][\p{Ll}]/u;
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
  let lastSuffix = -1;
  ORG_SUFFIX_AFTER_SPACE.lastIndex = 0;
  while (ORG_SUFFIX_AFTER_SPACE.test(text)) lastSuffix = ORG_SUFFIX_AFTER_SPACE.lastIndex;
  const runStarts: number[] = [];
  for (const at of index.upper) {
    if (at >= lastSuffix) break;
    runStarts.push(at);
  }
  while ((m = nextAt(re, text, runStarts, cursor)) !== null) {
    const words = splitAtSpaces(m[0]);
    let end = words.length;
    while (end > 1 && !ORG_SUFFIX.test(words[end - 1]!)) end--;
    if (end <= 1) continue;
    const legal = LEGAL_FORM.test(words[end - 1]!);
    // "I DON'T KNOW WHAT TO PRESS": a shouted line is no firm unless a legal form ends it.
    if (end >= 3 && !legal && words.slice(0, end).every((w) => w === w.toUpperCase())) continue;
    // "… on Monday. Acme Widgets Inc.": the name starts after a word closing a sentence (not an initial or a legal form).
    let first = 0;
    for (let k = 0; k < end - 1; k++) if (words[k]!.length > 2 && words[k]!.endsWith('.') && !LEGAL_FORM.test(words[k]!)) first = k + 1;
    // Drop a leading sentence word ("The", "At") that is not part of the name, and a greeting ("Hi Team,").
    if ((g.common.has(words[first]!.toLowerCase()) && end - first > 2) || GREETING_WORD.test(words[first]!)) first++;
    if (end - first < 2) continue;
    let start = m.index;
    for (let k = 0; k < first; k++) start += words[k]!.length + 1;
    const span = words.slice(first, end).join(' ');
    out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start, end: start + span.length, score: legal ? 0.9 : 0.8 });
  }
  // Law-firm style names from surnames: "Davis, Reynolds and Williamson", "Weeks-Rivas", "Smith and Sons"
  const firm = FIRM;
  firm.lastIndex = 0;
  cursor = { k: 0 };
  // Tried only at the capitals where a firm can start, as at every capital before.
  const firmStarts = firmStartsAt(text, index.upper);
  while ((m = nextAt(firm, text, firmStarts, cursor)) !== null) {
    const parts = [m[1], m[2], m[3], m[4], m[5]].filter((x): x is string => !!x);
    const surnames = parts.filter((p) => g.last.has(p.toLowerCase()) || p === 'Sons').length;
    if (surnames < parts.length) continue;
    // "Paul-Henri de Villiers", "Anne-Marie Dubois": a hyphenated first name before a surname.
    if (m[4] && HYPHENATED_FIRST_NAME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start: m.index, end: m.index + m[0].length, score: m[4] ? 0.55 : 0.75 });
  }
}

/**
 * `s.split(/\s+/)` for a match of ORG_RUN: its words are joined by one whitespace unit each, and it
 * neither starts nor ends with one.
 */
function splitAtSpaces(s: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceUnit(s.charCodeAt(i))) {
      words.push(s.slice(from, i));
      from = i + 1;
    }
  }
  words.push(s.slice(from));
  return words;
}

/**
 * The capitals of `upper` (ascending) at which FIRM can match: its first word (letters and
 * apostrophes) ends at a hyphen, a comma or " and ". Read on ASCII units; a unit outside ASCII
 * leaves it to the expression. The capitals of one word share its end, so each word is read once:
 * read again from each capital, a run of 20,000 capitals took seconds.
 */
function firmStartsAt(text: string, upper: readonly number[]): number[] {
  const starts: number[] = [];
  // Where the word last read stops, and whether a firm can start before that stop.
  let stop = -1;
  let opens = false;
  let nonAscii = false;
  for (const at of upper) {
    if (text.charCodeAt(at) >= 128) {
      starts.push(at);
      continue;
    }
    if (at >= stop) {
      let i = at + 1;
      nonAscii = false;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128) {
          nonAscii = true;
          break;
        }
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39)) break;
      }
      stop = i;
      const c = text.charCodeAt(i);
      opens = c === 45 || c === 44 || (c === 32 && text.startsWith(' and ', i));
    }
    // A word of one letter opens no firm; a unit outside ASCII after the word leaves it to the expression.
    if (nonAscii || (at + 1 < stop && opens)) starts.push(at);
  }
  return starts;
}

/**
 * Organisations named by what they are, in front: "Ospedale San Gerardo dei Colli", "Trattoria da
 * Nives", "Banco Cantábrico de Ahorros", "Bäckerei Hubertus Maier KG", "Hotel Adlon". An institution
 * or trade word heads a run of capitalised words, with the particles names take between them. Read as
 * names they would be people (a saint, an owner). English puts the kind last ("Leeds General
 * Hospital"), which ORG_SUFFIX reads. Schools, universities and museums count only when a name follows
 * the head directly ("Lycée Victor Hugo", "Liceo Galileo Galilei"): "Universidad de Sevilla" and
 * "University of Leeds" name a town, which data sets label as the LOCATION it is (presidio-research's
 * "University of Nicosia"). A run that ends as a street ("Hospital Road") is an address's business.
 * Greek and Vietnamese heads too ("Ξενοδοχείο Αιγαίο Μπλε", "Công ty TNHH Phương Nam Xanh", "Khách sạn Sông Hương"),
 * and Indonesia's `PT` before two or more capitalised words ("PT Wijaya Karya"; one word after it, "my PT Sarah", is no firm).
 */
const PARTICLE = `(?:of|the|de|del|de la|di|dei|della|delle|da|das|do|dos|des|du|la|le|von|vom|der|zum|zur|y|e)`;
const CAP_WORD = `\\p{Lu}[\\p{L}'’-]+`;
const ORG_HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:Ospedale|Hôpital|Krankenhaus|Klinikum|Klinik|Clínica|Clinica|Clinique|Szpital|Praxis|Trattoria|Taberna|Bakkerij|Piekarnia|Boulangerie|Brasserie|Installatiebedrijf|Kanzlei|Kancelaria|Apteka|Chez|Ristorante|Restaurante|Pizzeria|Osteria|Bäckerei|Metzgerei|Apotheke|Farmacia|Pharmacie|Banco|Banca|Banque|Hotel|Hôtel|Albergo|Fundación|Fondazione|Fundação|Stiftung|Ξενοδοχείο|Νοσοκομείο|Κλινική|Τράπεζα|Φαρμακείο|Εστιατόριο|Ταβέρνα|Ίδρυμα|Công ty(?: TNHH| Cổ phần| CP)?|Tập đoàn|Khách sạn|Ngân hàng|Bệnh viện|Phòng khám|Nhà hàng|Nhà thuốc|Cửa hàng) (?:${PARTICLE} ){0,2}|(?:Universidad|Università|Universität|Université|Universidade|Colegio|Collegio|Lycée|Liceo|Escola|Escuela|Instituto|Istituto|Institut|Museo|Musée|Museu|Πανεπιστήμιο|Σχολείο|Μουσείο|Trường Đại học|Đại học|Trường|Bảo tàng) )${CAP_WORD}(?: (?:${PARTICLE} ){0,2}${CAP_WORD}){0,3}` +
    // An Indonesian limited company, "PT Wijaya Karya (Persero) Tbk": no particles, so "PT Wijaya Karya di Surabaya"
    // ends before "di" (Indonesian "in"; blind batch AH).
    `|(?<![\\p{L}\\p{N}])PT ${CAP_WORD}(?: ${CAP_WORD}){1,3}(?: Tbk)?`,
  'uy',
);
const STREET_END = /\s(?:Road|Rd|Street|St|Lane|Avenue|Ave|Drive|Way|Close|Place|Square|Station|Strasse|Straße|Via|Calle|Rue)$/;

/** Organisations headed by their kind into `out`, at score 0.8 (see ORG_HEAD). */
export function findHeadedOrganizations(text: string, out: PiiMatch[], index: TextIndex = indexText(text)): void {
  // Every head starts with a capital: tried at the capitals only.
  if (index.upper.length === 0) return;
  ORG_HEAD.lastIndex = 0;
  const cursor = { k: 0 };
  let m: RegExpExecArray | null;
  while ((m = nextAt(ORG_HEAD, text, index.upper, cursor)) !== null) {
    if (STREET_END.test(m[0])) continue;
    out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start: m.index, end: m.index + m[0].length, score: 0.8 });
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
  'Johns Hopkins', 'Ann Taylor', 'Pink Floyd', 'Rolling Stones', 'Tommy Bahama', 'Victoria Secret', "Victoria's Secret", 'Dr Pepper', 'Dr. Pepper',
  'Martha Stewart Living', 'Charles River', 'Emerson Electric', 'Abbott Laboratories', 'Eli Lilly', 'Bristol Myers', 'Bristol-Myers Squibb',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The first two UTF-16 units of each name, as one number. */
const EPONYMOUS_HEADS: ReadonlySet<number> = new Set(EPONYMOUS.map((name) => name.charCodeAt(0) * 65536 + name.charCodeAt(1)));
const EPONYMOUS_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...EPONYMOUS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'uy');

/** Known firms and brands named after people, as organisations (sure enough to win over a reading as a person). */
export function findEponymousOrganizations(text: string, out: PiiMatch[], index: TextIndex = indexText(text)): void {
  // Every name starts with a capital: tried at the capitals only, and only where its first two units open a name.
  const starts: number[] = [];
  for (const at of index.upper) if (EPONYMOUS_HEADS.has(text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1))) starts.push(at);
  if (starts.length === 0) return;
  EPONYMOUS_RE.lastIndex = 0;
  const cursor = { k: 0 };
  let m: RegExpExecArray | null;
  while ((m = nextAt(EPONYMOUS_RE, text, starts, cursor)) !== null) out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start: m.index, end: m.index + m[0].length, score: 0.9 });
}
