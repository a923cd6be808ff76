import type { PiiMatch } from '../detect.js';
import { hasGreek } from './greek-names.js';
import { Cue, indexText, nextAt, nextAtCue, type TextIndex } from './text-index.js';

/**
 * Street addresses by shape: a house number and a street word ("1668 Glyn St"), a street name and
 * a number ("Puruntie 82", "Via Franscini 71"), unit and post-box forms, and the rest of the address
 * block that follows (city, state, postcode, country) on the same line or the next ones.
 */

/** USPS and Royal Mail street suffixes, full and abbreviated. */
const STREET_WORDS = [
  'street|st|streets|avenue|ave|av|road|rd|roads|lane|ln|boulevard|blvd|drive|dr|drives|court|ct|courts|place|pl|square|sq|squares|terrace|ter|way|ways',
  'parkway|pkwy|highway|hwy|freeway|fwy|expressway|expy|turnpike|tpke|motorway|route|rte|circle|cir|crescent|cres|close|row|alley|aly|trail|trl|path|pike',
  'walk|walks|gardens|garden|park|parks|hill|hills|grove|groves|view|views|mews|forge|forges|fort|port|ports|ville|ridge|ridges|crossing|xing|loop|run|pass',
  'plaza|point|points|junction|jct|heights|hts|estate|estates|green|greens|meadow|meadows|manor|manors|summit|valley|vly|vista|landing|harbor|harbour|island',
  'isle|creek|crk|station|center|centre|ctr|spur|bypass|causeway|extension|ext|commons|common|cove|coves|lodge|gateway|field|fields|shoal|shoals|key|keys',
  'spring|springs|bank|well|wells|bridge|brook|brooks|canyon|cape|cliff|cliffs|club|corner|corners|course|crest|dale|dam|divide|falls|ferry|flat|flats|ford',
  'fords|forest|fork|forks|glen|glens|haven|hollow|inlet|knoll|knolls|lake|lakes|light|lights|lock|locks|mall|mill|mills|mission|mount|mountain|neck',
  'orchard|oval|overpass|pine|pines|plain|plains|prairie|ramp|ranch|rapids|rest|river|shore|shores|skyway|stream|trace|track|tunnel|underpass|union',
  'village|villages|wall|parade|drove|rise|approach|wharf|yard|quay|gate|croft|brow|end',
  // Indian street words, as generated addresses use them ("59, Kothari Ganj", "H.No. 53, Banerjee Path").
  'ganj|marg|chowk|nagar',
].join('|');
/**
 * Endings of street names in Nordic, German, Dutch, Hungarian and Polish ("Puruntie", "Hubertusweg",
 * "Parijsstraat", "Coolsingel", "Prinsengracht"), and the romanized Korean road suffixes ("Teheran-ro", "Sejong-daero").
 */
const STREET_ENDING_LIST = (
  'katu|tie|kuja|polku|gatan|vägen|väg|vej|gade|straße|strasse|str.|gasse|weg|laan|straat|plein|utca|út|ulica|ul.|allee|platz|ring|veien|gata|vegur|' +
  'singel|gracht|kade|dijk|dreef|steeg|-ro|-daero|-gil|' +
  // Turkish: "Gül Sokak No: 12", "Atatürk Caddesi 45", "İnönü Bulvarı".
  'sokak|sokağı|cadde|caddesi|bulvarı'
).split('|');
const STREET_ENDING_SET: ReadonlySet<string> = new Set(STREET_ENDING_LIST);
const STREET_ENDING_LENGTHS = [...new Set(STREET_ENDING_LIST.map((e) => e.length))];

/** Set lookups of the word's last letters, not a regular expression: this runs for every number in the text. */
function hasStreetEnding(word: string): boolean {
  return hasLowerStreetEnding(word.toLowerCase());
}
/** The last letters of the endings: a word ending otherwise has none (most words, tested first). */
const STREET_ENDING_LAST: ReadonlySet<number> = new Set(STREET_ENDING_LIST.map((e) => e.charCodeAt(e.length - 1)));
function hasLowerStreetEnding(w: string): boolean {
  if (!STREET_ENDING_LAST.has(w.charCodeAt(w.length - 1))) return false;
  for (const n of STREET_ENDING_LENGTHS) {
    if (w.length < n || !STREET_ENDING_SET.has(w.slice(-n))) continue;
    // "Kaiserring" is a street; "During", "string", "offering" are English. "Optie", "partie" are no
    // Finnish roads: those are longer ("Rantatie", "Itätie").
    if (w.endsWith('tie')) return w.length >= 6 && !/(?:ptie|rtie)$/.test(w);
    return !w.endsWith('ring') || (w.length > 6 && !/(?:[aeiouy]ring|string|spring|bring)$/.test(w));
  }
  return false;
}

const STREET_PREFIX_SET: ReadonlySet<string> = new Set(
  (
    'via|viale|piazza|piazzale|corso|vicolo|rua|avenida|av.|avda.|calle|carrer|camí|camino|paseo|passeig|rambla|ronda|rue|avenue|allée|impasse|quai|cours|jalan|jl.|jln.|' +
    'boulevard|chemin|place|plaza|praça|travessa|estrada|alameda|largo|strada|am|an|auf|im|unter|hinter|zum|zur|alte|alter|odos|odós|leoforos|ul.|al.|' +
    // Brazilian, Mexican and Italian street kinds that generated addresses use ("Ladeira Maria Clara Fernandes, 7",
    // "Privada Norte Valdez 802", "Contrada Bianchi 4").
    'ladeira|rodovia|viela|vereda|callejón|cerrada|circuito|privada|prolongación|retorno|periférico|pasaje|contrada|rotonda|' +
    // Romanian street kinds ("Str. Memorandumului 21", "Calea Victoriei 12", "Bd. Unirii 5"; blind batch AH).
    'str.|calea|aleea|bulevardul|bd.|b-dul|șoseaua|şoseaua|splaiul|intrarea'
  ).split('|'),
);
const isStreetPrefix = (word: string) => STREET_PREFIX_SET.has(word.toLowerCase());
/** Street prefixes that are also German prepositions ("Am Markt 5", but "am 14. März"). */
const GERMAN_PREPOSITION_PREFIX = /^(?:am|an|auf|im|unter|hinter|zum|zur)$/i;

/**
 * "1668 Glyn St", "Puruntie 82", "Via Franscini 71", "Apt. 595", "PSC 0413, Box 8144", "APO AA 42323".
 * `needs` tells from the text index whether a pattern can match at all (the words it starts with or
 * must contain, a digit), so that most texts skip most patterns; `starts`, when given, lists the
 * words (whole ASCII words after a word boundary) every match starts with, and the pattern is tried
 * there only.
 */
interface AddressPattern {
  re: RegExp;
  score: number;
  check?: (m: RegExpExecArray, lowercase: boolean) => boolean;
  needs: (index: TextIndex, text: string) => boolean;
  /** `Cue` bits of the words every match starts with (see text-index.ts). */
  starts?: number;
}
const PATTERNS: AddressPattern[] = [
  // Spelled out case by case: a case-insensitive alternation is tried at every word and costs more.
  {
    re: /\b(?:Apt\.?|APT\.?|apt\.?|Apartment|apartment|Suite|SUITE|suite|Ste\.?|STE\.?|Unit|UNIT|unit|Flat|flat|Room|room|Floor|floor)\s?#?\d{1,5}[A-Za-z]?\b/gu,
    score: 0.75,
    needs: (x) => x.hasDigit && (x.cues & Cue.UNIT) !== 0,
  },
  // "450 Præstevænget 15", "10252 Μεγάλη Άμμος 184": postcode or number, street name, house number.
  {
    re: /\b\d{2,6} (?:[\p{L}][\p{L}'’.-]+ ){1,4}\d{1,5}[A-Za-z]?\b/gu,
    score: 0.7,
    // The street name is capitalised or a street word, and no sentence ends inside ("24697 by Friday. We won 3").
    // Every word of the name is capitalised or a particle, and none is a sentence word ("1121 In 2023").
    check: (m, lowercase) => {
      if (/\p{L}{3}[.!?] /u.test(m[0])) return false;
      if (lowercase) return true;
      const name = m[0].split(' ').slice(1, -1);
      return (
        /^(?:\p{Lu}|(?:ul|rue|via|calle|rua|av|avda|str|u)\b)/u.test(name[0]!) &&
        name.every((w) => (/^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w) || isStreetWord(w)) && !SENTENCE_WORD.test(w))
      );
    },
    // Two numbers, the second after a space.
    needs: (x) => x.digitRun.length >= 2 && x.spaceDigit.length >= 1,
  },
  // After words that announce an address (group 1), the rest of the line up to a sentence end.
  {
    re: /\b(?:[Ll]ives (?:at|on)|[Ll]ive (?:at|on)|[Ll]iving (?:at|on)|[Ll]ocated (?:at|on)|is (?:at|on)|[Aa]ddress(?: is|:)|ADDRESS:|[Ss]ent to|[Ss]end it to|[Ss]hip to|[Dd]eliver(?:ed)? to|[Mm]ail it to|office is at|off at|enter on|billing address with|[Mm]oved to|corner of|[Rr]esid(?:es|ing) at)\s+([^\n.?!;]{4,80}?)(?=\s*(?:[.?!;]\s|[.?!;]?$|\n\n|\.$|, and\b| and the\b| by\b| before\b| until\b| in case\b| on (?:the )?\p{Lu}| (?:last|next|this) (?:week|month|year|time|spring|summer|autumn|fall|winter)\b| (?:yesterday|today|tomorrow|now|since|with|for|anymore|these days)\b))/gmu,
    score: 0.7,
    // "The audit is moved to 14 August": a date after "moved to" is no address.
    check: (m) => {
      const v = m[1]!;
      const street = /\b(?:street|st|avenue|road|rd|lane|drive|corner|blvd)\b/i.test(v);
      return street || (/\d/.test(v) && !CALENDAR_WORD.test(v));
    },
    needs: (x) => (x.cues & Cue.ANNOUNCE) !== 0 && (x.hasDigit || (x.cues & Cue.STREET) !== 0),
    starts: Cue.ANNOUNCE,
  },
  // "2-21-1 Shibuya, Shibuya-ku": block numbers (chome, ban, go) and a district, then a ward or city part (-ku, -shi, -gu).
  {
    re: /(?<![\p{L}\p{N}-])\d{1,4}(?:-\d{1,4}){1,2},? [\p{Lu}][\p{Ll}]+(?:-\p{L}+)?, [\p{Lu}][\p{Ll}]+-(?:ku|shi|cho|machi|gun|gu|si|dong)\b/gu,
    score: 0.75,
    // A ward or city part must be there: a search for a literal, cheaper than trying the pattern at every number.
    needs: (x, text) => x.hasDigit && WARD_PART.test(text),
  },
  // Vietnamese: "Số 18 Phố Hàng Bạc, quận Hoàn Kiếm, Hà Nội", "27 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh":
  // a house number, a street word, the street's name, then ward, district and city parts, each optional.
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:[Ss]ố )?\d{1,4}[A-Z]?(?:\/\d{1,4}){0,2},? (?:[Đđ]ường|[Pp]hố|[Nn]gõ|[Hh]ẻm|[Kk]iệt) [\p{Lu}\d][\p{L}\d]*(?: [\p{Lu}\d][\p{L}\d]*){0,4}` +
        String.raw`(?:,? (?:[Pp]hường|P\.|[Xx]ã|[Tt]hị trấn) [\p{Lu}\d][\p{L}\d]*(?: [\p{Lu}\d][\p{L}\d]*){0,3})?` +
        String.raw`(?:,? (?:[Qq]uận|Q\.|[Hh]uyện|[Tt]hị xã) [\p{Lu}\d][\p{L}\d]*(?: [\p{Lu}\d][\p{L}\d]*){0,3})?` +
        String.raw`(?:,? (?:TP\. ?|[Tt]hành phố |[Tt]ỉnh )?[\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,3})?`,
      'gu',
    ),
    score: 0.8,
    needs: (x, text) => x.hasDigit && VIETNAMESE_STREET.test(text),
  },
  // Greek: "Λεωφόρος Νίκης 14, 546 22 Θεσσαλονίκη", "Οδός Ερμού 25, 10563 Αθήνα", "Ερμού 25, 105 63 Αθήνα": a street
  // word before the name, or a postcode after the number (a capitalised word and a number alone is "Άρθρο 12").
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:(?:Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.) [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}.]+){0,3} \d{1,4}[α-ω]?(?:,? (?:Τ\.?Κ\.? )?\d{3} ?\d{2})?|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}.]+){0,3} \d{1,4}[α-ω]?,? (?:Τ\.?Κ\.? )?\d{3} ?\d{2})(?:,? [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2})?`,
      'gu',
    ),
    score: 0.8,
    needs: (x, text) => x.hasDigit && hasGreek(text),
  },
  // "22, 3rd Cross, Indiranagar", "No. 12, 5th Main Road": Indian cross and main roads, named by number.
  { re: /\b(?:No\.? ?)?\d{1,5}[A-Za-z]?(?:\/\d{1,4})?,? \d{1,2}(?:st|nd|rd|th) (?:Cross|Main)(?: (?:Road|Rd|Street|St))?\b/g, score: 0.75, needs: (x) => x.hasDigit },
  // "Plot 58, Shivaji Nagar, Nagpur", "Door No. 3-45/A, Lakshmi Nilayam, MVP Colony": an Indian plot, door or
  // house number before the comma-separated block (extendBlock reads the locality, town, state and PIN).
  {
    re: /\b(?:Plot(?: No\.?)?|Door No\.?|D\. ?No\.?|H\. ?No\.?|House No\.?|Flat No\.?|Shop No\.?) ?\d{1,5}(?:[-/]\d{1,4}){0,2}(?:\/?[A-Z])?(?=, \p{Lu})/gu,
    score: 0.75,
    needs: (x, text) => x.hasDigit && INDIAN_NUMBER_WORD.test(text),
  },
  // Philippine barangay addresses: "Purok 3, Brgy. San Isidro", "Blk 4 Lot 12, Barangay Mabini" (extendBlock reads the
  // city, province and postcode after it; blind batch AH).
  {
    re: /(?<![\p{L}\p{N}])(?:(?:Purok|Sitio|Zone|Blk\.?|Block|Lot|Phase) \d{1,4}[A-Z]?,? ){0,3}(?:Brgy\.?|Barangay|Bgy\.) (?:\p{Lu}[\p{L}'’.-]*|\d{1,3})(?: \p{Lu}[\p{L}'’.-]*| \d{1,3}){0,3}/gu,
    score: 0.75,
    // (A literal search first: every barangay word holds "gy", and most texts have none.)
    needs: (x, text) => text.includes('gy') && BARANGAY.test(text),
  },
  { re: /\b(?:PSC|Unit) \d{4},? Box \d{4}\b/g, score: 0.85, needs: (x) => x.hasDigit && (x.cues & Cue.MILITARY) !== 0 },
  { re: /\b(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}\b/g, score: 0.85, needs: (x) => x.hasDigit && (x.cues & Cue.MILITARY_POST) !== 0 },
  // Post boxes in several languages: "P.O. Box 12", "Postfach 3", "Postbus 1120", "Casilla 45", "Caixa Postal 9".
  { re: /\b(?:P\.?O\.? Box|Postfach|Apartado|Postbus|Postboks|Casilla|Caixa Postal) \d{1,6}\b/gi, score: 0.75, needs: (x) => x.hasDigit && (x.cues & Cue.POST_BOX) !== 0 },
];
const WARD_PART = /-(?:ku|shi|cho|machi|gun|gu|si|dong)\b/;
/** The word a Philippine barangay is named with: a text without one skips that pattern. */
const BARANGAY = /\b(?:Brgy|Barangay|Bgy)\b/;
/** The words an Indian plot or door number starts with: a text without one skips that pattern. */
const INDIAN_NUMBER_WORD = /\b(?:Plot|Door No|D\. ?No|H\. ?No|House No|Flat No|Shop No)\b/;
/** Vietnamese street words: a text without one has no Vietnamese street address. */
const VIETNAMESE_STREET = /(?:Đường|đường|Phố|phố|Ngõ|ngõ|Hẻm|hẻm|Kiệt|kiệt) \p{Lu}/u;
/** Month and weekday names (English), full or abbreviated: what a date holds and a street line rarely does. */
const CALENDAR_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?/i;
/** A pattern with starting words is tried sticky at each of them. */
const ADDRESS_PATTERNS: readonly AddressPattern[] = PATTERNS.map((p) => (p.starts ? { ...p, re: new RegExp(p.re.source, p.re.flags.replace('g', 'y')) } : p));

/**
 * Finds address blocks into `out`. When `places` is given, the city, state or region and country
 * parts that the block grammar reads after the street ("…, London NW1 6XE, United Kingdom") go
 * there as LOCATION matches lying inside the block (the caller keeps both).
 */
export function findAddresses(text: string, out: PiiMatch[], places?: PiiMatch[], index: TextIndex = indexText(text)): void {
  const lowercase = index.upper.length === 0;
  if (index.hasDigit) {
    findNumberedStreets(text, lowercase, out, places, index);
    findNamedStreets(text, out, places, index);
  }
  for (const { re, score, check, needs, starts } of ADDRESS_PATTERNS) {
    if (!needs(index, text)) continue;
    re.lastIndex = 0;
    const cursor = { k: 0 };
    let from = 0;
    let m: RegExpExecArray | null;
    for (;;) {
      // Sticky, at the words a match starts with, each from where the last match ended.
      if (starts) {
        m = nextAtCue(re, text, index, starts, from, cursor);
        if (m) from = m.index + m[0].length;
      } else m = re.exec(text);
      if (m === null) break;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (check && !check(m, lowercase)) continue;
      // A pattern with a group locates the address by it (the words before it are context).
      const at = m[1] !== undefined ? m.index + m[0].length - m[1].length : m.index;
      const start = extendBack(text, at);
      if (places && m[1] !== undefined) placesInTail(at, m[1], places);
      const end = extendBlock(text, m.index + m[0].length, places);
      out.push({ type: 'ADDRESS', format: 'ADDRESS', start, end, score });
    }
  }
}

/** A house number after a word: "Puruntie 82", "Via Franscini 71", "Király u. 15". */
/** "5-gil": a numbered side street of a Korean road is part of the number. */
const HOUSE_NUMBER = /\d{1,5}(?:[A-Za-z]|-gil)?(?:\/\d{1,4}[A-Za-z]?)?\b/y;
/** Abbreviations inside a street's or district's name, which end in a dot without ending a sentence. */
const STREET_ABBREVIATION = /^(?:Mah|Mh|Cad|Cd|Sok|Sk|Bul|Blv|Str|Av|Avda|Prof|Dott|Dr|Sta|Sto|Ste|Mt|Ft|Brgy)\.$/;
/**
 * What may stand between a street's name and its number besides a space: a comma ("Calle Mayor, 12"),
 * a number marker ("n.º 8", "nº 8", "No: 12", "No. 3", "núm. 5", "Nr. 7"), or both.
 */
const NUMBER_LEAD = /(?:,? (?:n\.? ?[º°]\.?|nº|n°|no\.?:?|núm\.?|nr\.?)|,) $/iu;
/** The characters NUMBER_LEAD can end with before its space: a comma, a colon, a dot, "º", "°", "o", "r". */
const LEAD_END: ReadonlySet<number> = new Set([...',:.º°oOrR'].map((c) => c.charCodeAt(0)));
/** Capitalised words and the particles of Romance street names ("Calle de Alcalá", "Rua das Flores"). */
/** (Also a street prefix written in lower case in a sentence: "el piso de la calle Alcalá 214"; blind batch AH.) */
const STREET_NAME_BEFORE = /(?<![\p{L}\p{N}])(?:(?:[\p{Lu}][\p{L}'’.-]+|de|del|la|las|los|da|das|do|dos|di|della|dei|des|du|ul\.|al\.|calle|avenida|rua|rue|via|viale|piazza|carrer|strada|str\.) ){0,3}[\p{L}][\p{L}'’.-]+ $/u;

/**
 * "Puruntie 82", "Via Franscini 71", "Hubertusweg 45": a street name (known by its ending or its
 * first word) and a house number. Found from the number backwards, because numbers are rarer than words.
 */
function findNamedStreets(text: string, out: PiiMatch[], places: PiiMatch[] | undefined, index: TextIndex): void {
  // Only a number after a space counts (below), and no match can hold a space: the numbers after a
  // space are the only places to try.
  HOUSE_NUMBER.lastIndex = 0;
  const cursor = { k: 0 };
  let m: RegExpExecArray | null;
  while ((m = nextAt(HOUSE_NUMBER, text, index.spaceDigit, cursor)) !== null) {
    if (text[m.index - 1] !== ' ') continue;
    // The street's name ends before the space, or before a comma and a number marker ("Rua das
    // Flores, 34", "Rua das Camélias, n.º 8", "Gül Sokak No: 12"): then it must be written as a name.
    // (Most numbers follow a plain word: the marker pattern runs only where one could end.)
    const lead = LEAD_END.has(text.charCodeAt(m.index - 2)) ? NUMBER_LEAD.exec(text.slice(Math.max(0, m.index - 16), m.index)) : null;
    const nameEnd = m.index - (lead ? lead[0].length : 1);
    if (!/[\p{L}.]/u.test(text[nameEnd - 1] ?? '')) continue;
    // Cheap look first: the three words before the number must hold a street ending or a street prefix.
    if (!nearStreetWord(text.slice(Math.max(0, nameEnd - 40), nameEnd))) continue;
    const before = STREET_NAME_BEFORE.exec(text.slice(Math.max(0, nameEnd - 60), nameEnd) + ' ');
    if (!before) continue;
    let name = before[0].trimEnd().split(' ');
    let start = nameEnd - (before[0].length - 1);
    // A sentence ends among the words before the street ("… ben Zeynep Aydoğdu. Siparişim Atatürk Caddesi No: 45"):
    // the street starts after it.
    const sentenceEnd = name.findLastIndex((w, k) => k < name.length - 1 && /\p{L}{3}[.!?]$/u.test(w) && !STREET_ABBREVIATION.test(w));
    if (sentenceEnd >= 0) {
      for (let k = 0; k <= sentenceEnd; k++) start += name[k]!.length + 1;
      name = name.slice(sentenceEnd + 1);
    }
    if (lead && !/^\p{Lu}/u.test(name[0]!) && !hasStreetEnding(name[name.length - 1]!)) continue;
    const last = name[name.length - 1]!;
    if (!hasStreetEnding(last) && last !== 'u.') {
      // The street starts at its prefix ("Wohnung Am Markt 5", "Büro in Via Roma 3"): words before it are the sentence's.
      const prefixAt = name.findIndex(isStreetPrefix);
      if (prefixAt < 0) continue;
      // After other words, the prefix must open a capitalised name ("Pan Am flight 103" is none).
      if (prefixAt > 0 && !/^\p{Lu}/u.test(name[prefixAt + 1] ?? '')) continue;
      for (let k = 0; k < prefixAt; k++) start += name[k]!.length + 1;
      name = name.slice(prefixAt);
    }
    // "Am 14.02. gegen 23 Uhr", "zum 1.4.": a German preposition before a date is no street; a street
    // prefix needs a name after it, and a house number is not followed by ".digit".
    if ((name.length === 1 && GERMAN_PREPOSITION_PREFIX.test(name[0]!)) || /^\.\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    out.push({ type: 'ADDRESS', format: 'ADDRESS', start: extendBack(text, start), end: extendBlock(text, m.index + m[0].length, places), score: 0.75 });
  }
}

/**
 * One of the last four space-separated words of `window` has a street ending or is a street prefix
 * (`split(' ').slice(-4)`, without the array): four, because STREET_NAME_BEFORE takes a name of up to
 * four words ("Rue de la Loi 7", "Rua de Santa Catarina 512").
 */
function nearStreetWord(window: string): boolean {
  let end = window.length;
  for (let n = 0; n < 4; n++) {
    const space = window.lastIndexOf(' ', end - 1);
    let w = window.slice(space + 1, end);
    // "Nikolaidis;Odos", "Adresse \"Am Hang 3", "Ferraresi\nVia Garibaldi 33": a word starts after a
    // cell delimiter, an opening quote or bracket, or a line break.
    const cell = lastWordStart(w);
    if (cell >= 0) w = w.slice(cell + 1);
    const lower = w.toLowerCase();
    if (w === 'u.' || STREET_PREFIX_SET.has(lower) || hasLowerStreetEnding(lower)) return true;
    if (space < 0) return false;
    end = space;
  }
  return false;
}

/** Index of the last delimiter, quote, bracket or line break in a space-free word, or -1. */
function lastWordStart(w: string): number {
  for (let i = w.length - 1; i >= 0; i--) if (WORD_START_DELIMITERS.has(w.charCodeAt(i))) return i;
  return -1;
}
const WORD_START_DELIMITERS: ReadonlySet<number> = new Set([...';,\t\n\r"\'([{«„“‘|=>'].map((c) => c.charCodeAt(0)));

const STREET_WORD_SET: ReadonlySet<string> = new Set(STREET_WORDS.split('|'));
/** Street words that come before the name: "202 Rue Oberkampf", "12 avenue de la Paix", "3 Via dei Mille". */
const STREET_WORD_FIRST: ReadonlySet<string> = new Set(
  'rue|avenue|av.|boulevard|bd|chemin|allée|impasse|place|quai|cours|faubourg|passage|route|via|viale|piazza|calle|avenida|rua|carrer|paseo|plaza|travessa|largo|heol|ffordd|stryd|jalan|jln|lorong'.split('|'),
);
/** A house number and the five words after it; the words are judged in code (a set lookup beats a 300-way alternation). */
const NUMBER_AND_WORDS = /\b(\d{1,6}[A-Za-z]?),? ([\p{L}\d][\p{L}\d'’.-]*(?: [\p{L}\d][\p{L}\d'’.-]*){0,4})/uy;
/** Capitalised, also after a French or Italian elision ("place de l'Église", "via dell'Orso"). */
const capitalised = (w: string) => /^(?:[ldLD]['’]|dell['’])?[\p{Lu}\d]/u.test(w);
/** A street word of a numbered street, also in the plural ("Turner Gateways"), with or without its dot. */
function isNumberedStreetWord(word: string): boolean {
  const w = word.replace(/\.$/, '').toLowerCase();
  return STREET_WORD_SET.has(w) || (w.endsWith('s') && STREET_WORD_SET.has(w.slice(0, -1)));
}

/**
 * "1668 Glyn St", "221B Baker Street", "5432 Turner Gateways" (a number, capitalised name words, a
 * street word), and "202 Rue Oberkampf" (a number, a street word, particles, a capitalised name).
 */
function findNumberedStreets(text: string, lowercase: boolean, out: PiiMatch[], places: PiiMatch[] | undefined, index: TextIndex): void {
  // A match starts a run of digits after a word boundary: tried there only.
  NUMBER_AND_WORDS.lastIndex = 0;
  const cursor = { k: 0 };
  // The second half of a fraction or a date ("104/12 is close") is no house number, except after a unit's
  // number of one to three digits in text that is not all lower case: "4/19 Sturt St" (unit 4, house 19).
  const starts = index.digitRun.filter((at) => (text.charCodeAt(at - 1) !== 47 || (!lowercase && unitStart(text, at) >= 0)) && numberThenSpace(text, at));
  let m: RegExpExecArray | null;
  while ((m = nextAt(NUMBER_AND_WORDS, text, starts, cursor)) !== null) {
    const words = m[2]!.split(' ');
    const after = m.index + m[0].length - m[2]!.length;
    let length = 0;
    const first = words[0]!.toLowerCase();
    if (STREET_WORD_FIRST.has(first) && words.length > 1) {
      let k = 1;
      while (k < words.length - 1 && NAME_PARTICLE.test(words[k]!.toLowerCase())) k++;
      if (capitalised(words[k]!) || lowercase) {
        // The whole name: "avenue Victor Hugo", "RUE DE LA RÉPUBLIQUE".
        while (!lowercase && k + 1 < words.length && /^\p{Lu}/u.test(words[k + 1]!)) k++;
        length = words.slice(0, k + 1).join(' ').length;
      }
    }
    for (let k = 1; k < words.length && length === 0; k++) {
      if (!isNumberedStreetWord(words[k]!)) continue;
      const name = words.slice(0, k);
      const named = capitalised(name[k - 1]!) && name.every((n) => capitalised(n) || NAME_PARTICLE.test(n));
      if (!named && !lowercase) break;
      // A street word can be part of the name before another ("Oak Hollow Lane", "Park Avenue"): the last one ends it.
      let last = k;
      while (last + 1 < words.length && isNumberedStreetWord(words[last + 1]!)) last++;
      length = words.slice(0, last + 1).join(' ').length;
    }
    // "18 Molenstraat, Haarlem", "7 Kastanienallee": the number first and one word with a street ending.
    if (length === 0 && !lowercase && capitalised(words[0]!) && hasStreetEnding(words[0]!)) length = words[0]!.length;
    if (length === 0) {
      NUMBER_AND_WORDS.lastIndex = after;
      continue;
    }
    const end = after + length;
    out.push({ type: 'ADDRESS', format: 'ADDRESS', start: extendBack(text, m.index), end: extendBlock(text, end, places), score: 0.8 });
    NUMBER_AND_WORDS.lastIndex = end;
  }
}

/**
 * Where a unit's number of one to three digits and a slash right before `at` begin, at a word's start (the
 * "4/" of "4/19 Sturt St"), or -1.
 */
function unitStart(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 47) return -1;
  let i = at - 2;
  while (i >= 0 && at - 2 - i < 3 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i--;
  if (i === at - 2) return -1;
  const c = i < 0 ? 32 : text.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 47 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? -1 : i + 1;
}

/**
 * Whether the digit run at `at` can open NUMBER_AND_WORDS: at most six digits, an optional letter and
 * comma, then a space. Most numbers (timestamps, ids, amounts in JSON) fail here, before the expression runs.
 */
function numberThenSpace(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i - at > 6) return false;
  const c = text.charCodeAt(i);
  // "2x Jasmine Green Tea": a quantity, not a house number.
  if (c === 120 || c === 88) return false;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) i++;
  if (text.charCodeAt(i) === 44) i++;
  return text.charCodeAt(i) === 32;
}

/** Lower-case street words inside a name: "Luite tee 87", "Trenerys gate 232", "Hegedûs Gyula utca 76". */
const isStreetWord = (w: string) => /^(?:ul|u|str|av|avda)\.?$/.test(w) || hasStreetEnding(w) || STREET_WORD_SET.has(w) || /^(?:tee|útja|vei|gate|gade|vej)$/.test(w);

/** Capitalised words that start sentences rather than street names. */
const SENTENCE_WORD = /^(?:In|On|At|The|Our|To|Since|And|But|For|From|By|With|We|I|It|This|That|Version|Page|Chapter|Section|Step|Item|Room|Order|Invoice)$/;

/** Lower-case words inside a street name: "33 avenue de Provence", "12 rue des Lilas". */
const NAME_PARTICLE = /^(?:of|the|de|des|du|la|le|les|del|della|dei|di|da|do|dos|das|van|von|der|den|y|yr|avenue|rue|via|calle|rua|chemin|allée|place|strada|viale)$/;

/** A postcode right before the street ("28245 Puruntie 82") belongs to the address. */
function extendBack(text: string, start: number): number {
  // "4/19 Sturt St": the unit's number and its slash open the address.
  const unit = unitStart(text, start);
  if (unit >= 0) return unit;
  const m = /(?:^|[\s,])(\d{4,6}[ \t]+)$/.exec(text.slice(Math.max(0, start - 12), start));
  return m ? start - m[1]!.length : start;
}

/** A town's name: capitalised words, maybe hyphenated ("Saint-Denis", "Noord Brabant"). */
const TOWN = String.raw`[\p{Lu}][\p{L}'’.()-]*(?:[ -][\p{Lu}][\p{L}'’.()-]*){0,2}`;
/**
 * What may follow a town in the same part: its province in brackets ("Montréal (Québec)"), a state
 * after a dash or slash ("São Paulo - SP", "Salvador/BA", "Kadıköy/İstanbul").
 */
const TOWN_QUALIFIER = String.raw`(?: \([\p{L} .'-]{2,24}\)| - [A-Z]{2}\b|\/(?:[A-Z]{2}\b|[\p{Lu}][\p{L}]+)| \d{1,2}(?:st|nd|rd|th) (?:Stage|Phase|Block|Sector))?`;
/**
 * A unit, floor or door in the words of many languages, as a part of its own: "Apt. 5", "Suite 838",
 * "appartement 32", "app. 3", "apto 71", "piso 6", "depto. C", "int. 4", "bus 3", "lgh 1102",
 * "m. 8", "Daire: 9", "Bloco B", "Blk 456", "Site 14", "#08-1234".
 */
const UNIT_PART = String.raw`(?:(?:Apt|APT|apt|Apartment|apartment|Suite|SUITE|Unit|UNIT|Box|Flat|Floor|Level|Lvl|Site|appartement|app|apto|piso|depto|dpto|Depto|int|interno|Interior|Piano|piano|Appartamento|Scala|bus|lgh|Daire|Bloco|Bloque|Blok|Blk|étage|Stiege|Top|Tür|Casa|casa|CASA|Kat|bureau|oficina|ufficio|bl|sc|ap)(?![\p{L}])\.?:? ?[\p{L}\d]{1,6}|m\. ?\d{1,4}|D: ?\d{1,4}|#\d{1,3}-\d{1,5}|\d{1,2}\. ?(?:OG|Etage|Stock|EG|DG)(?: (?:links|rechts|Mitte))?|Hinterhaus(?: \d{1,2}\. ?OG(?: (?:links|rechts))?)?)`;
/**
 * A postcode written after the town or alone: a number or two groups, a UK, Canadian or Irish code,
 * a state code, India's "- 560003", Brazil's "CEP 40080-001".
 */
const POSTCODE_TAIL = String.raw`(?: \d{3,6}(?:[ -]\d{2,4})?| [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}| [A-Z]\d[A-Z] ?\d[A-Z]\d| [A-Z]\d{2} ?[A-Z\d]{4}| [A-Z]{2}| - \d{6}|-\d{6})?`;

/**
 * One more line or comma part of an address block: a place, a state code, a postcode, a unit ("Suite 5",
 * "piso 6"), "Uruguay 64677", a Greek, Swedish or Czech postcode and town ("105 63 Athina"), a
 * Portuguese, Polish, Japanese or Brazilian one ("1100-053 Lisboa", "00-514 Warszawa"), an Argentine
 * one ("C1045 Buenos Aires"), a Spanish floor and door ("3º izq.").
 */
const BLOCK_PART = new RegExp(
  String.raw`^(?:\d{3} \d{2} ${TOWN}|(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{3}-\d{4}|\d{5}-\d{3}) ${TOWN}|\d{1,2}\.?[º°ª]\.?(?: ?\p{L}{1,5}\.?)?|\d{3,5} ${TOWN}${TOWN_QUALIFIER}|[A-Z]\d{4}(?:[A-Z]{3})? ${TOWN}|${UNIT_PART}|CEP \d{5}-?\d{3}|[\p{Lu}][\p{L}'’.()-]*(?: [\p{L}'’.()-]+){0,3}${TOWN_QUALIFIER}|[A-Z]{2,3}|\d{3,6}(?:[ -]\d{2,4})?)${POSTCODE_TAIL}(?![\p{L}\p{N}-])`,
  'u',
);
/** A unit right after the street, with no comma: "Kerkstraat 18 bus 3", "Via Roma 12 int. 4". */
const UNIT_AFTER_SPACE = new RegExp(String.raw`^[ \t]+(?=(?:(?:app|apto|piso|depto|dpto|Depto|int|Interior|Piano|piano|Appartamento|bus|lgh|m|Apt|Suite|Unit|Flat)\.? ?[\p{L}\d]{1,6}|(?:D|Daire|Kat): ?\d{1,4})(?![\p{L}\p{N}]))`, 'u');

/**
 * Extends a street match over the lines or comma-separated parts that follow and look like the
 * rest of a postal address (city, state, country, postcode), at most five parts.
 */
export function extendBlock(text: string, end: number, places?: PiiMatch[]): number {
  // A quadrant or direction after the street word, before the next part: "1207 Aspen Glen Way NW, Calgary".
  const direction = /^ (?:NE|NW|SE|SW|[NSEW])\.?(?=[ \t]*(?:,|\r?\n))/.exec(text.slice(end, end + 6));
  let cursor = end + (direction ? direction[0].length : 0);
  const marker = quoteMarker(text, end);
  for (let parts = 0; parts < 5; parts++) {
    const window = text.slice(cursor, cursor + 16 + marker.length);
    const sep =
      quotedLineBreak(window, marker) ??
      /^(?:[ \t]*[,·][ \t]*(?:\r?\n[ \t]*,?[ \t]*)?|[ \t]*\r?\n[ \t]*,?[ \t]*)/.exec(window)?.[0] ??
      (parts === 0 ? UNIT_AFTER_SPACE.exec(window)?.[0] : undefined);
    if (sep === undefined) break;
    const rest = text.slice(cursor + sep.length, cursor + sep.length + 60);
    // The part ends at a comma, a line end or a sentence end ("…, Paris. Then …"); "Apt. 5" and "St. Louis" go on.
    const line = /^(?:[^\n,?!;.]|\.(?!\s|$)|(?<=\b(?:Apt|St|Ste|No|Mt|Ft|Av|Avda|app|apt|depto|dpto|int|m|Co|Blk|Nr|bl|sc|ap|jud|Brgy|Mah|Sok|Cad|Bldg))\.|(?<=\d)\.(?= ?(?:OG|Etage|Stock|EG|DG)\b))*/.exec(rest)![0].trimEnd();
    // The next field of a form ("Phone: …") is not part of the address.
    // (A Turkish door or floor, "D: 4", "Kat: 2", is the address's own.)
    const part = line.length > 0 && !/^(?!(?:D|Kat|Daire): ?\d)[\p{L}][\p{L} _-]{0,30}:/u.test(line) ? BLOCK_PART.exec(line) : null;
    if (!part || part[0].length > 48) break;
    // "1971, Mayo-Walters invested heavily": lower-case words running on into a sentence are not a place.
    if (part[0].length < line.length && /\s\p{Ll}{4,}/u.test(part[0])) break;
    // "Kadıköy, İstanbul adresine gelmedi" (to the address … did not arrive): the place ends before a
    // long lower-case word even at the end of the line ("Rio de Janeiro", "Vila do Conde" keep their short particles).
    const runOn = /\s\p{Ll}{5,}/u.exec(part[0]);
    const value = runOn ? part[0].slice(0, runOn.index) : part[0];
    if (value.length === 0) break;
    if (places) placesInPart(value, cursor + sep.length, places);
    cursor += sep.length + value.length;
    if (value.length < line.length) break; // the sentence goes on after the address
  }
  return cursor;
}

/**
 * The marker that opens the line holding `at` when the line is quoted or listed ("> ", ">>", "| ",
 * "• ", "- ", "??? " where a bullet was lost in transcoding): a block quoted in a reply goes on
 * over lines that repeat it. Empty when the line has none.
 */
function quoteMarker(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const m = /^[ \t]*((?:[>|•·*?-][ \t]?){1,4})/.exec(text.slice(lineStart, Math.min(at, lineStart + 12)));
  return m ? m[1]!.replace(/[ \t]+/g, '') : '';
}

/** A line break followed by the block's own quote marker (spaces around it free): the separator's text, or undefined. */
function quotedLineBreak(window: string, marker: string): string | undefined {
  if (marker.length === 0) return undefined;
  const m = /^[ \t]*\r?\n[ \t]*/.exec(window);
  if (!m) return undefined;
  let at = m[0].length;
  for (const ch of marker) {
    if (window[at] !== ch) return undefined;
    at++;
    while (window[at] === ' ' || window[at] === '\t') at++;
  }
  return window.slice(0, at);
}

/** The score of a place read from an address block: the grammar put it there, the block vouches for it. */
const PLACE_IN_BLOCK_SCORE = 0.7;
/** First words of a block part that is a unit or a post box, not a place ("Apt. 5", "Suite 838"). */
const UNIT_WORD = /^(?:apt\.?|apartment|suite|ste\.?|unit|flat|room|floor|box|p\.?o\.?|postfach|apartado|psc|apo|fpo|dpo)$/i;
/** Words of a street or a building: a part holding one is no city ("Baker House", "Old Road"). */
const NOT_PLACE_WORD =
  /^(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|boulevard|blvd\.?|drive|dr\.?|way|close|crescent|terrace|court|ct\.?|place|pl\.?|house|building|bldg\.?|tower|towers|hall|block|wing|mansions|apartments|residence|residences|estate|floor|level|department|dept\.?|office|attn\.?|c\/o)$/i;

/** English words that end a place when a sentence runs on after it. */
const RUN_ON_WORD = /^(?:by|in|on|at|for|to|and|or|from|with|until|before|after|is|was|will|last|next|this|please|today|tomorrow|yesterday)$/;

/**
 * The place words of one block part ("London NW1 6XE" → "London", "9100 Aalborg" → "Aalborg",
 * "Aalborg NO 9100" → "Aalborg" and "NO", "United Kingdom" → itself), recorded as LOCATION at `offset`.
 * Units, postcodes, and street or building names are left out.
 */
function placesInPart(part: string, offset: number, places: PiiMatch[]): void {
  const words: Array<{ w: string; at: number }> = [];
  for (const m of part.matchAll(/\S+/g)) words.push({ w: m[0], at: m.index });
  if (words.length === 0 || UNIT_WORD.test(words[0]!.w)) return;
  // A postcode before the place ("9100 Aalborg") and postcodes after it ("London NW1 6XE", "Iceland 80296").
  let first = 0;
  let last = words.length;
  while (first < last && /\d/.test(words[first]!.w)) first++;
  while (last > first && /\d/.test(words[last - 1]!.w)) last--;
  // A sentence running on after the place ("United Kingdom by Friday"), and lower-case words at its
  // end ("ASKER nan"), are not part of it; particles inside are ("Mora de Rubielos").
  const stop = words.findIndex((x, k) => k > first && k < last && RUN_ON_WORD.test(x.w));
  if (stop > 0) last = stop;
  while (last > first && !/^\p{Lu}/u.test(words[last - 1]!.w)) last--;
  if (first === last) return;
  const name = words.slice(first, last).map((x) => ({ w: x.w.replace(/(?<=\p{L}{3,})\.$/u, ''), at: x.at }));
  if (name.some((x) => /\d/.test(x.w) || NOT_PLACE_WORD.test(x.w)) || !/^\p{Lu}/u.test(name[0]!.w)) return;
  const push = (from: number, to: number) =>
    places.push({ type: 'LOCATION', format: 'ADDRESS_PLACE', start: offset + name[from]!.at, end: offset + name[to - 1]!.at + name[to - 1]!.w.length, score: PLACE_IN_BLOCK_SCORE });
  // "Aalborg NO", "Springfield IL": a city and a state or country code, two places.
  const code = name.length > 1 && /^[A-Z]{2,3}$/.test(name[name.length - 1]!.w) && !/^[\p{Lu}\d'’.()-]+$/u.test(name[name.length - 2]!.w);
  if (code) {
    push(0, name.length - 1);
    push(name.length - 1, name.length);
  } else push(0, name.length);
}

/**
 * The comma parts after the street inside an announced address ("lives at 86036 Rua do Arenque 1634,
 * Goiânia"): each one the block grammar reads whole gives its places.
 */
function placesInTail(at: number, value: string, places: PiiMatch[]): void {
  let from = value.indexOf(',');
  while (from >= 0) {
    const next = value.indexOf(',', from + 1);
    const raw = value.slice(from + 1, next < 0 ? value.length : next);
    const lead = raw.length - raw.trimStart().length;
    const part = raw.trim();
    const m = part.length > 0 ? BLOCK_PART.exec(part) : null;
    if (m && m[0].length === part.length) placesInPart(part, at + from + 1 + lead, places);
    from = next;
  }
}
