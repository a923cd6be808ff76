import type { PiiMatch } from '../detect.js';

/**
 * Streets, bridges, squares, rivers and districts named after their kind word, as most languages
 * write them: "la rue Servient", "na avenida Ipiranga", "na ulicy Konopnickiej", "cầu Long Biên",
 * "đường Trần Nhật Duật", "di Jalan Siliwangi", "η λεωφόρος Νίκης", "Fatih Sultan Mehmet Köprüsü".
 * The run readers saw a person's name in most of them (streets and bridges are named after people)
 * or a word they did not know (blind batch AI, local news in sixteen languages).
 *
 * The kind word comes first in Romance, Slavic, Vietnamese, Indonesian and Greek, in lower case inside a
 * sentence; a few that are no English word also capitalised ("Rua Augusta", "Jalan Braga"). Turkish puts
 * it after the name. The span is the kind word and the name (blind writers label either; both overlap).
 * Kind words that are also English words before a capital are left out: "via Zoom", "took place Sunday",
 * "most Americans" (the Italian via, the French place and the Slavic most); so are English kind words,
 * except "avenue" and "boulevard" in lower case, which French writes so before a name ("avenue Foch").
 */
const KIND_BEFORE = [
  // streets, squares, quays and roads
  'rue', 'avenue', 'boulevard', 'bd', 'quai', 'chemin', 'allée', 'impasse', 'rua', 'avenida', 'travessa', 'praça', 'largo',
  'calle', 'carrer', 'paseo', 'plaza', 'viale', 'piazza', 'corso', 'ulica', 'ulicy', 'ulici', 'ulice', 'ulicą', 'aleja', 'alei',
  'náměstí', 'rondo', 'đường', 'phố', 'jalan', 'jl.', 'οδός', 'οδό', 'οδού', 'λεωφόρος', 'λεωφόρο', 'πλατεία',
  // bridges, stations, airports, natural features
  'pont', 'gare', 'aéroport', 'aeroporto', 'aeropuerto', 'moście', 'mostu', 'cầu', 'sông', 'mont', 'monte', 'rio', 'río',
  'lago', 'isole', 'isola', 'puerto', 'pointe', 'vallée', 'bassin', 'sungai', 'gunung',
  // districts
  'phường', 'quận', 'kelurahan', 'kecamatan', 'colonia', 'barrio', 'bairro',
];
/** Kind words that no English sentence opens with, read capitalised too. */
const CAPITALISED_KINDS = ['Rue', 'Rua', 'Avenida', 'Travessa', 'Praça', 'Calle', 'Carrer', 'Viale', 'Piazza', 'Ulica', 'Jalan', 'Jl.', 'Đường', 'Phố', 'Cầu', 'Sông', 'Phường', 'Quận', 'Kelurahan'];
const KIND_AFTER = ['Köprüsü', 'Caddesi', 'Sokak', 'Sokağı', 'Bulvarı', 'Mahallesi', 'Meydanı'];

/** A capitalised word (any script), with the particles a name holds between its words; sticky, tried where a capital follows a kind word. */
const NAME = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -](?:(?:de|da|do|dos|das|del|della|di|du|des|la|le|los|las|d'|y)[ -])?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}/uy;
const NAME_BEFORE_KIND = new RegExp(String.raw`(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}]*[ \t]){1,3})(?:${KIND_AFTER.join('|')})(?![\p{L}\p{M}])`, 'gu');
const KINDS: ReadonlySet<string> = new Set([...KIND_BEFORE, ...CAPITALISED_KINDS]);
const LONGEST_KIND = Math.max(...[...KINDS].map((k) => k.length));
/** The first characters of the kind words: most words before a capital begin with none, and need no slice and lookup. */
const KIND_FIRST: ReadonlySet<number> = new Set([...KINDS].map((k) => k.charCodeAt(0)));

/** A character a kind word is made of: a letter (ASCII, or any past U+00BF, where the set lookup decides) or the dot of "jl.". */
const kindChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c >= 0xc0;

const KIND_WORD_PLACE_SCORE = 0.8;
/** "14 bis avenue Jean Jaurès", "212, rue …": a house number right before. */
const NUMBER_BEFORE = /\d+[a-z]?(?:[ \t](?:bis|ter))?[ \t,]*$/;
/** "Sinan Sokak No:15", "Rua Augusta 274", "Cumhuriyet Caddesi No: 45", "ul. Cicha, 86": a house number right after. */
const NUMBER_AFTER = /^(?:[ \t,]{0,3}(?:\d|n[º°o.]|No\b)|[^.\n]{0,30}?\bNo[:.]?[ \t]?\d)/;

/**
 * Adds the places named after their kind word in `text` to `out` as LOCATION. `upper`: the offsets of the
 * text's capital letters (text-index.ts); a name after a kind word starts at one, so only the word
 * before each capital is looked up, and the text is not scanned for sixty kind words.
 */
export function findKindWordPlaces(text: string, upper: readonly number[], out: PiiMatch[]): void {
  for (const at of upper) {
    const space = at - 1;
    const c = text.charCodeAt(space);
    if (c !== 32 && c !== 9) continue;
    let from = space;
    while (from > 0 && space - from <= LONGEST_KIND && kindChar(text.charCodeAt(from - 1))) from--;
    if (from === space || space - from > LONGEST_KIND || !KIND_FIRST.has(text.charCodeAt(from)) || !KINDS.has(text.slice(from, space))) continue;
    NAME.lastIndex = at;
    const name = NAME.exec(text);
    if (name) add(text, from, at + name[0].length, out);
  }
  if (!KIND_AFTER.some((k) => text.includes(k))) return;
  NAME_BEFORE_KIND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_BEFORE_KIND.exec(text)) !== null) add(text, m.index, m.index + m[0].length, out);
}

/** Adds text[start, end) as a place, unless a house number before or after makes it part of an address (the address layer's). */
function add(text: string, start: number, end: number, out: PiiMatch[]): void {
  // A name's trailing full stop or possessive ends the sentence, not the name.
  const span = text.slice(start, end).replace(/['’]s$|[.'’-]+$/u, '');
  const spanEnd = start + span.length;
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || NUMBER_AFTER.test(text.slice(spanEnd, spanEnd + 40))) return;
  out.push({ type: 'LOCATION', format: 'LOCATION', start, end: spanEnd, score: KIND_WORD_PLACE_SCORE });
}
