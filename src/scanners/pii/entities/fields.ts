import type { PiiMatch } from '../detect.js';
import type { PiiType } from '../recognizer.js';
import { extendBlock } from './addresses.js';
import type { Gazetteer } from './gazetteer.js';
import { REGION_CODES } from './region-codes.js';
import { townShape } from './town-shape.js';
import { indexText, type TextIndex } from './text-index.js';

/**
 * Labelled values: JSON members (`"full_name": "Ana Lima"`), key=value pairs in logs, `Key: value`
 * lines in forms and YAML, and CSV/TSV columns named by a header row. A label that names a person,
 * an address or a place is the strongest evidence there is, as long as the value has the right shape.
 */

/** Labels that name a person on their own; the value needs only a name's shape. */
const PERSON_LABEL =
  /^(?:(?:full|first|last|given|family|middle|maiden|sur|fore|display|legal|real|contact|customer|client|patient|account|card|holder|sender|recipient|author|owner|employee|person|student|driver|passenger|guest|member|beneficiary|applicant|tenant|insured|subscriber|emergency contact|billing|shipping|mother'?s?|father'?s?|spouse|doctor|physician|agent|rep|representative)[ _.-]?name|fullname|firstname|lastname|surname|forename|givenname|familyname|author|assignee|reporter|attendee|passenger|cardholder|card holder|beneficiary|signed[ _]by|signatory|created[ _]by|requested[ _]by|approved[ _]by|submitted[ _]by|contact person|next of kin|physician|doctor|nurse|teacher|manager|supervisor|employee|patient|customer|tenant|applicant|student|pupil|borrower|buyer|requester|requestor|traveller|traveler|visitor|candidate|consignee|interviewee|claimant|adjuster|insured|policyholder|policy holder|witness|guarantor|co-?signer|present|absent|apologies|attendees|participants|invitees|chair|chaired by|note taker|minutes taken by|facilitator|presenter|moderator|caller|interviewer|referring physician|attending physician|name \(print\)|print name|printed name|shipper|exp[ée]diteur|destinataire|absender|empf[äa]nger|remitente|destinatario|mittente|nachname|vorname|familienname|rufname|pr[ée]nom|nom de famille|apellidos?|primer apellido|segundo apellido|cognome|sobrenome|nazwisko|imi[ęe]|achternaam|voornaam|efternamn|f[öo]rnamn|etternavn|fornavn|efternavn|sukunimi|etunimi|soyad[ıi]|фамилия|отчество|ονοματεπώνυμο|όνομα|επώνυμο|πελάτης|πελάτισσα|αιτών|αιτούσα|παραλήπτης|παραλήπτρια|αποστολέας|ασθενής|υπάλληλος|υπεύθυνος|υπεύθυνη|họ và tên|họ tên|khách hàng|người nhận|người gửi|bệnh nhân|nhân viên|người liên hệ|học sinh|sinh viên|chủ hộ)$/i;
/** Labels that often but not always hold a person ("name" of a product, "owner" team): the value must look like a known name. */
const WEAK_PERSON_LABEL = /^(?:name|display|owner|contact|user|from|to|cc|sender|recipient|holder|client|member|guest|driver|by|signed|signature)$/i;
const ADDRESS_LABEL =
  /^(?:(?:street|home|work|office|postal|mailing|billing|shipping|delivery|residential|permanent|current|business|registered|physical|pickup|dropoff|return|customer|patient|user)?[ _.-]?(?:address|addr)(?:[ _.-]?(?:line)?[ _.-]?[12])?|street|street[ _]?address|address[ _]?line[ _]?\d|ship[ _-]?to|deliver[ _-]?to|bill[ _-]?to|residence|domicile|anschrift|adresse|dirección|direccion|indirizzo|domicilio|domiciliu|adres|adresa|adresă|alamat|endereço|morada|osoite|διεύθυνση(?: [^\s:]+){0,2}|địa chỉ(?: [^\s:]+){0,2})$/i;
/**
 * Labels of a town or country, also in other languages (Dutch woonplaats, German Wohnort, French
 * commune, Italian comune and luogo di nascita, Spanish localidad, Portuguese cidade, Polish
 * miejscowość, Czech obec, Swedish kommun, Finnish kunta, Turkish şehir, Indonesian kota).
 */
const PLACE_LABEL =
  /^(?:city|town|village|country|county|province|municipality|locality|suburb|station|detachment|destination|neighbou?rhood|barrio|bairro|quartier|stadtteil|ortsteil|wijk|dzielnica|quận|kelurahan|kecamatan|birthplace|place[ _]of[ _]birth|birth[ _]?place|hometown|home[ _]town|city[ _]of[ _]birth|country[ _]of[ _](?:birth|residence)|nationality[ _]country|ort|stadt|land|ville|pays|ciudad|país|pais|woonplaats|plaats|stad|gemeente|geboorteplaats|wohnort|geburtsort|gemeinde|commune|localité|lieu (?:de )?naissance|ville (?:de )?naissance|pays (?:de )?naissance|città|comune|località|luogo (?:di )?nascita|localidad|municipio|lugar (?:de )?nacimiento|cidade|município|naturalidade|miasto|miejscowość|miejsce urodzenia|město|obec|místo narození|kommun|födelseort|kaupunki|kunta|kotikunta|paikkakunta|şehir|kota|tempat lahir|πόλη|χώρα|νομός|τόπος γέννησης|thành phố|tỉnh|quốc gia|nơi sinh|quê quán)$/i;
/** Labels that sometimes hold a place and sometimes a status or a code: the value must be a known place. */
const WEAK_PLACE_LABEL =
  /^(?:state|region|uf|hub|depot|location|place|origin|destination|dest|area|district|residence[ _]country|office|branch|site|pickup|pick[ _-]up|dropoff|drop[ _-]off|departure|arrival|geo|from|to|provincia|provinz|région|regione|región|estado|bundesland|kanton|departamento|département|województwo|kraj|landkreis|vestiging|filiale|filial|sucursal|agencia|agence|agenzia|niederlassung|standort|sede|partenza|arrivo|origen|destino|salida|llegada|départ|arrivée|abfahrt|ankunft|vertrek|aankomst|origem|chegada)$/i;
/** Labels of a sender or a destination: a person ("from": "Ana Lima") or a place ("from": "Dubai"). */
const PERSON_OR_PLACE_LABEL = /^(?:from|to)$/i;

const NAME_VALUE = /^[\p{Lu}][\p{L}'’.-]*,?(?:[ ]+(?:[\p{Lu}][\p{L}'’.-]*|(?:van|von|de|da|di|del|der|den|dos|das|le|la|bin|al|y)))*$/u;
const LOWER_NAME_VALUE = /^[\p{L}][\p{L}'’.-]*(?:[ ]+[\p{L}][\p{L}'’.-]*){0,3}$/u;
const PLACE_VALUE = /^[\p{L}][\p{L}'’.()-]*(?:[ ,]+[\p{L}][\p{L}'’.()-]*){0,4}$/u;

/** Words a form puts where a name would go: "Insured: Self", "Attendees: Finance, Legal". */
const NOT_A_NAME =
  /^(?:self|none|null|nil|n\/a|na|unknown|tbd|tba|tbc|pending|vacant|same|various|all|everyone|anyone|nobody|team|finance|legal|hr|sales|marketing|engineering|operations|support|accounting|procurement|security|design|research|management|admin|administration|it|ops|devops|qa)$/;

type Kind = 'PERSON' | 'ADDRESS' | 'LOCATION';
/** A label that names something other than a person or place: its value is no name, whatever it looks like. */
type LabelKind = Kind | 'NONE';
interface Label {
  kind: LabelKind;
  weak: boolean;
  /** The value may be a place instead ("from", "to"): a known place that is no known name is the place. */
  orPlace?: boolean;
}
const NEUTRAL_LABEL =
  /^(?:product|product[ _]?name|item|item[ _]?name|sku|title|job[ _]?title|category|description|model|brand|type|status|tags?|department|team|plan|tier|colou?r|size|genre|subject|event|course|project|book|song|album|film|movie|app|service|company|organi[sz]ation|employer|room|meeting[ _]?room)$/i;

/**
 * The type a label names, and whether the value must also be known to the gazetteer. A label of
 * several words is also tried without its first words ("Customer billing address", "My name").
 */
function labelKind(label: string): Label | undefined {
  if (!LABEL_HINT.test(label) && !NEUTRAL_HINT.test(label)) return undefined;
  // Keys repeat (the same JSON fields and form labels in request after request): each is judged once.
  let known = LABEL_CACHE.get(label);
  if (known === undefined) {
    if (LABEL_CACHE.size >= LABEL_CACHE_SIZE) LABEL_CACHE.clear();
    const judged = labelKindUncached(label);
    known = judged ? Object.freeze(judged) : null;
    LABEL_CACHE.set(label, known);
  }
  return known ?? undefined;
}

/**
 * Whether a word or two before a colon is one of the labels a form puts before a value ("Policyholder:",
 * "DESTINATAIRE:", "Caller:"): such a word is the label, not a name, however it is written.
 */
export function isFieldLabel(phrase: string): boolean {
  const known = labelKind(phrase);
  return (known !== undefined && !known.weak) || FORM_WORD.test(phrase.trim());
}
/**
 * Words of forms and transcripts in other languages that stand before a colon as labels or roles:
 * name, first name, address, customer, agent, buyer, supplier, patient ("Nombre:", "Kunde:",
 * "Cumpărător:", "Alamat:", "Atendente:"). As labels of a value's type they are too loose ("nombre"
 * heads product lists); here they only say that the word itself is no one's name.
 */
const FORM_WORD =
  /^(?:re|betreff|objet|oggetto|asunto|assunto|onderwerp|ämne|aihe|temat|nombre|nom|nome|naam|navn|namn|nimi|nama|nume|prenume|imię|jméno|příjmení|isim|soyisim|domicilio|domiciliu|direcci[oó]n|adres[aă]?|alamat|endereço|morada|indirizzo|osoite|adress|kunde|kundin|cliente|client|klant|kund|klient|agente|agent|atendente|operador|operatore|operator|asesor|asesora|berater|beraterin|vendedor|comprador|cumpărător|furnizor|proveedor|fornecedor|lieferant|paciente|patient|pacjent|paziente|médico|arzt|ärztin|medewerker|medewerkster|mitarbeiter|mitarbeiterin|sachbearbeiter|sachbearbeiterin|kundendienst|anrufer|anruferin|conseiller|conseillère|empleado|empleada|operadora|funcionário|funcionária|denunciante)$/i;

/** Labels judged so far (null: no label of ours); emptied when full, so memory stays bounded. */
const LABEL_CACHE = new Map<string, Readonly<Label> | null>();
const LABEL_CACHE_SIZE = 4096;

function labelKindUncached(label: string): Label | undefined {
  // "hotel_city", "dest-city", "currentCity": a key's words, so its last word can name the field.
  const words = label.trim().replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const kind = labelKindOf(words.slice(i).join(' '));
    if (kind) return kind;
  }
  return undefined;
}

function labelKindOf(label: string): Label | undefined {
  const key = label
    .trim()
    .replace(/^[-*#\s]+/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\s+/g, ' ');
  if (NEUTRAL_LABEL.test(key)) return { kind: 'NONE', weak: false };
  if (PERSON_LABEL.test(key)) return { kind: 'PERSON', weak: false };
  if (ADDRESS_LABEL.test(key)) return { kind: 'ADDRESS', weak: false };
  if (PLACE_LABEL.test(key)) return { kind: 'LOCATION', weak: false };
  if (PERSON_OR_PLACE_LABEL.test(key)) return { kind: 'PERSON', weak: true, orPlace: true };
  if (WEAK_PERSON_LABEL.test(key)) return { kind: 'PERSON', weak: true };
  if (WEAK_PLACE_LABEL.test(key)) return { kind: 'LOCATION', weak: true };
  return undefined;
}

/** A score for `value` as a `kind`, or 0 when its shape does not fit. */
function valueScore(value: string, kind: Kind, weak: boolean, g: Gazetteer): number {
  if (value.length < 2 || value.length > 120) return 0;
  const words = value.toLowerCase().split(/[\s,]+/).filter(Boolean).map((w) => w.replace(/[.'’]+$/, ''));
  if (kind === 'ADDRESS') {
    // A street address has letters and (almost always) a house or post-box number.
    return /\p{L}{2}/u.test(value) && /\d/.test(value) && words.length >= 2 && !/^[\d\s.:/-]+$/.test(value) && !/@|:\/\//.test(value) ? 0.85 : 0;
  }
  if (kind === 'PERSON') {
    if (words.length > 5 || /\d|@/.test(value)) return 0;
    const shaped = NAME_VALUE.test(value) || (LOWER_NAME_VALUE.test(value) && words.some((w) => g.first.has(w) || g.last.has(w)));
    if (!shaped) return 0;
    const known = words.filter((w) => g.first.has(w) || g.last.has(w) || (g.nameParts.has(w) && !g.english.has(w) && !g.everyday.has(w))).length;
    const common = words.filter((w) => g.common.has(w) && !g.first.has(w) && !g.last.has(w)).length;
    if (common > 0) return 0;
    if (words.some((w) => NOT_A_NAME.test(w))) return 0;
    // "Insured: Self", "Chair: Vacant", "Attendees: Finance": English words that no list knows as names.
    if (words.every((w) => (g.english.has(w) || g.everyday.has(w)) && !g.first.has(w) && !g.last.has(w) && !g.nameParts.has(w))) return 0;
    // "Customer: Toronto" in a chat: a country or a big city is no person's name.
    const lower = value.toLowerCase();
    if ((g.countries.has(lower) || g.majorCities.has(lower)) && !g.first.has(lower) && !g.last.has(lower)) return 0;
    if (weak) return known > 0 && words.length >= 2 ? 0.8 : 0;
    return 0.85;
  }
  // "state": "OK", "uf": "PE": a state's postal code, written in capitals as the whole value.
  if (REGION_CODES.has(value)) return 0.8;
  if (!PLACE_VALUE.test(value) || words.length > 5) return 0;
  const known = g.places.has(value.toLowerCase()) || g.towns.has(value.toLowerCase()) || words.every((w) => g.places.has(w));
  // A weak label ("location", "region") takes a known place, or a name shaped like a town ("West Ege").
  if (weak) return known || townShape(value.split(/\s+/), words, g) ? 0.8 : 0;
  if (!/^\p{Lu}/u.test(value) && !known) return 0;
  return words.every((w) => g.common.has(w) && !g.places.has(w)) && !known ? 0 : 0.85;
}

/** The type and score of a value under a label that is not neutral. */
function judgeValue(value: string, label: Label & { kind: Kind }, g: Gazetteer): { kind: Kind; score: number } {
  if (label.orPlace) {
    const place = valueScore(value, 'LOCATION', true, g);
    const lower = value.toLowerCase();
    if (place > 0 && !g.first.has(lower) && !g.last.has(lower)) return { kind: 'LOCATION', score: place };
  }
  return { kind: label.kind, score: valueScore(value, label.kind, label.weak, g) };
}

/**
 * "first" / "last", "given" / "family": bare labels that name the parts of a name when the record has
 * the other part too ({"first": "Oluwaseun", "last": "Adebayo"}); alone, "first" or "last" is anything.
 */
const NAME_PART_PARTNER: Readonly<Record<string, RegExp>> = {
  first: /["'](?:last|family|surname)["']\s*:/i,
  last: /["'](?:first|given)["']\s*:/i,
  given: /["'](?:family|last|surname)["']\s*:/i,
  family: /["'](?:given|first)["']\s*:/i,
  // The bare word for "name" beside the word for "first name" is the surname: nom/prénom,
  // naam/voornaam, nombre/apellido, nome/cognome (in JSON, SQL, key=value, headers).
  nom: /(?<![\p{L}])pr[ée]nom(?![\p{L}])/iu,
  naam: /(?<![\p{L}])(?:voornaam|achternaam)(?![\p{L}])/iu,
  nombre: /(?<![\p{L}])apellidos?(?![\p{L}])/iu,
  nome: /(?<![\p{L}])(?:cognome|sobrenome)(?![\p{L}])/iu,
};
function pairedNamePart(label: string, text: string): Label | undefined {
  const key = label.toLowerCase();
  const partner = NAME_PART_PARTNER[key];
  if (!partner) return undefined;
  // Whether the text holds the partner is asked once per text and key: a record of thousands of
  // {"nom": …} members was read whole for each.
  if (partnerMemo.text !== text) partnerMemo = { text, found: new Map() };
  let found = partnerMemo.found.get(key);
  if (found === undefined) partnerMemo.found.set(key, (found = partner.test(text)));
  return found ? { kind: 'PERSON', weak: false } : undefined;
}
/**
 * What a label names: its own kind, or, for a bare word of a name part ("nom", "last"), the part its
 * partner elsewhere in `context` makes it. `partWord` is the word read as that part (the label's last
 * word where words before it may be a value).
 */
function labelWithPartner(label: string, context: string, partWord = label): Label | undefined {
  return labelKind(label) ?? pairedNamePart(partWord, context);
}
/** The partner words found in the text last asked about (scans are synchronous). */
let partnerMemo: { text: string; found: Map<string, boolean> } = { text: '', found: new Map() };

/** Spans of values under neutral labels, where guesses from the text's shape are not to be made. */
export type NeutralSpans = Array<{ start: number; end: number }>;

function push(out: PiiMatch[], kind: Kind, start: number, value: string, score: number): void {
  if (score <= 0) return;
  const lead = value.length - value.trimStart().length;
  const v = value.trim();
  out.push({ type: kind as PiiType, format: `FIELD_${kind}`, start: start + lead, end: start + lead + v.length, score });
}

/** `"key": "value"` and `'key': 'value'` (JSON, Python reprs). */
const QUOTED_MEMBER = /(["'])(\p{L}[\p{L}\p{N}_ .-]{0,40})\1\s*:\s*(["'])((?:(?!\3)[^\\\n]|\\.){1,160})\3/gu;
/** Where an unquoted value ends: the next `key=`, a separator, a wide gap, a sentence end (not an initial's full stop). */
/** Short titles written with a full stop before a name ("Cllr. Rosemary Dunmore"); names-places.ts's title lists hold them too. */
const SHORT_TITLES = 'Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Cllr|Sir|Dame|Rev|Det|Insp|Ptl|Sr|Jr';
const PLAIN_VALUE_END = new RegExp(String.raw`\s+[A-Za-z_][\w.-]*=|[,;|](?!\s*\d)|\s{2,}|(?<!(?:^|\s)(?:\p{Lu}|${SHORT_TITLES}))\.\s|\s+(?:and|or|but|who|which|with)\s`, 'u');
/**
 * In a `key=value` log line, where the message after an unquoted name or place begins: a lower-case
 * word that is no particle inside a name ("city=Rio de Janeiro", "name=Ludwig van Beethoven").
 */
const LOG_VALUE_PROSE = /\s+(?=\p{Ll})(?!(?:van|von|de|da|di|del|della|der|den|dos|das|du|des|le|la|les|bin|ibn|al|el|y|of|upon|on|sur|am|im|an|aan|zu)\s+\p{Lu})/u;
/**
 * Where an unquoted address value ends: the next key, a separator, a run of spaces, a clause, or a
 * sentence's end right after a postcode or a house number ("… KT2 5SE. Ms Ramanathan reported …").
 * A full stop after a word is left alone: street words are abbreviated in every language ("Rm.",
 * "Esc.", "Pkwy.", "Fbg."), and a unit may follow the number ("76. Apt. 289").
 */
const ADDRESS_VALUE_END =
  /\s+[A-Za-z_][\w.-]*=|[;|?!]|\s{3,}|\s+(?:in case|and then|but|which|if|so)\s|(?<=\d[A-Z]{0,3})\.\s+(?=\p{Lu}\p{Ll})(?!(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Box|Room|Rm|Bldg|Building|Level|Lvl|Piso|Depto|App|Appt)\b)/u;

/** A letter, digit, `_`, `.` or `-` (any script): ASCII decided by code, the rest by the expression. */
function isLabelUnit(c: number, text: string, at: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
  return LETTER_OR_DIGIT.test(text[at]!);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The word right before position `i` (spaces skipped): a cheap look before the label is parsed. */
function lastWordBefore(text: string, i: number): string {
  let end = i;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && end - start < 32 && isLabelUnit(text.charCodeAt(start - 1), text, start - 1)) start--;
  return text.slice(start, end);
}

/** The positions of `:` and `=` in order, each character searched for only once (no rescans on long texts). */
function separatorPositions(text: string): () => number {
  let colon = text.indexOf(':');
  let equals = text.indexOf('=');
  return () => {
    if (colon < 0 && equals < 0) return -1;
    if (equals < 0 || (colon >= 0 && colon < equals)) {
      const at = colon;
      colon = text.indexOf(':', at + 1);
      return at;
    }
    const at = equals;
    equals = text.indexOf('=', at + 1);
    return at;
  };
}

/** The label before a `:` or `=` (logs, YAML, forms, headers): one to three words ending at the separator. */
const LABEL_BEFORE = /(?<![\p{L}\p{N}_"'])(\p{L}[\p{L}\p{N}_.-]{0,30}(?: \p{L}[\p{L}\p{N}_.-]{0,20}){0,2})[ \t]*$/u;
/** The value after the separator: quoted, or up to the line end (cut further below). */
const VALUE_AFTER = /[ \t]*(?:"([^"\n]{1,160})"|'([^'\n]{1,160})'|([^\s"'{[,;|&][^\n"]{0,159}))/y;

export function findLabelledFields(
  text: string,
  g: Gazetteer,
  out: PiiMatch[],
  want: (t: Kind) => boolean,
  neutral: NeutralSpans,
  index: TextIndex = indexText(text),
): void {
  if (!index.hasSeparator) return;
  let m: RegExpExecArray | null;
  QUOTED_MEMBER.lastIndex = 0;
  // A quoted member needs a quote and a colon.
  while (index.hasQuote && index.hasColon && (m = QUOTED_MEMBER.exec(text)) !== null) {
    const label = labelWithPartner(m[2]!, text);
    if (!label) continue;
    const value = m[4]!;
    const valueAt = m.index + m[0].length - 1 - value.length;
    if (label.kind === 'NONE') {
      neutral.push({ start: valueAt, end: valueAt + value.length });
      continue;
    }
    if (!want(label.kind)) continue;
    const judged = judgeValue(value.trim(), { ...label, kind: label.kind }, g);
    if (want(judged.kind)) push(out, judged.kind, valueAt, value, judged.score);
  }
  // Each `:` or `=` is a possible separator; the label is read backwards from it, the value forwards.
  const separators = separatorPositions(text);
  for (let i = separators(); i >= 0; i = separators()) {
    const before = text.charCodeAt(i - 1);
    if (!(before === 32 || before === 9 || isLabelUnit(before, text, i - 1)) || !LABEL_HINT.test(lastWordBefore(text, i))) continue;
    const labelMatch = LABEL_BEFORE.exec(text.slice(Math.max(0, i - 60), i));
    // A paired name part is the label's last word ("prenom=Jean nom=Dupuis": the words before "nom" are a value).
    const label = labelMatch ? labelWithPartner(labelMatch[1]!, text, labelMatch[1]!.slice(labelMatch[1]!.lastIndexOf(' ') + 1)) : undefined;
    if (!label || label.kind === 'NONE' || !want(label.kind)) continue;
    VALUE_AFTER.lastIndex = i + 1;
    const v = VALUE_AFTER.exec(text);
    if (!v) continue;
    const quoted = v[1] ?? v[2];
    let value = quoted ?? v[3]!;
    const valueStart = v.index + v[0].length - value.length - (quoted !== undefined ? 1 : 0);
    if (quoted === undefined) {
      // An unquoted value in a log line stops at the next `key=`, a separator or a sentence end;
      // an address runs to the end of its line (and its block, below).
      const next = label.kind === 'ADDRESS' ? ADDRESS_VALUE_END.exec(value) : PLAIN_VALUE_END.exec(value);
      if (next) value = value.slice(0, next.index);
      // After `key=` a log's message may follow the last pair ("country=HU login ok"): a name or a
      // place of several words goes on with capitals ("city=New York"), so a lower-case word ends it.
      if (text[i] === '=' && label.kind !== 'ADDRESS') {
        const prose = LOG_VALUE_PROSE.exec(value);
        if (prose) value = value.slice(0, prose.index);
      }
      value = value.replace(/[.!?,]+$/, '');
    }
    // "Present: Farida, Joakim, Lorenzo": a list of names under a label of people, each one a person.
    if (label.kind === 'PERSON' && !label.weak && quoted === undefined && pushNameList(text, valueStart, g, out)) continue;
    // "Present: Cllr. Rosemary Dunmore (Chair)": the title and a note in brackets are no part of the name.
    let valueAt = valueStart;
    if (label.kind === 'PERSON' && quoted === undefined) {
      const bare = bareName(value);
      valueAt += bare.lead;
      value = bare.name;
    }
    const { kind, score } = judgeValue(value.trim(), { ...label, kind: label.kind }, g);
    if (!want(kind)) continue;
    if (kind === 'ADDRESS' && quoted === undefined && score > 0) {
      const lead = value.length - value.trimStart().length;
      const end = extendBlock(text, valueStart + value.trimEnd().length);
      push(out, 'ADDRESS', valueStart + lead, text.slice(valueStart + lead, end), score);
      continue;
    }
    push(out, kind, valueAt, value, score);
  }
  // A header row labels only the rows below it: one line has none.
  if (index.hasNewline) findCsvColumns(text, g, out, want, neutral);
  findSqlInsertColumns(text, g, out, want, neutral);
}

/** A title opening an item of a list of people. */
const LIST_TITLE = new RegExp(String.raw`^\s*(?:${SHORT_TITLES}|Herr|Frau|Mme|M)\.?\s+(?=\p{Lu})`, 'u');

/** A person's value without a title before it and a note in brackets after it, and where what is left starts. */
function bareName(value: string): { lead: number; name: string } {
  const lead = LIST_TITLE.exec(value)?.[0].length ?? 0;
  return { lead, name: value.slice(lead).replace(/\s*\([^)]*\)\s*$/, '') };
}

/** Items of a list of names on the rest of a line: "Ana Lima, Rui Costa and Bo Chen", three items or more. */
const NAME_LIST_LINE = /^[ \t]*([^\n]{1,200})/y;

function pushNameList(text: string, at: number, g: Gazetteer, out: PiiMatch[]): boolean {
  NAME_LIST_LINE.lastIndex = at;
  const line = NAME_LIST_LINE.exec(text);
  if (!line || !line[1]!.includes(',')) return false;
  const body = line[1]!.replace(/[.;]\s*$/, '');
  const bodyAt = line.index + line[0].length - line[1]!.length;
  const items: Array<{ value: string; start: number }> = [];
  const item = /[^,]+/g;
  let m: RegExpExecArray | null;
  while ((m = item.exec(body)) !== null) {
    // "… and Bo Chen": the last item may be joined by "and"; a note in brackets ("(chair)") is not part of the name.
    for (const part of m[0].split(/\s+(?:and|&)\s+/)) {
      // "Cllr. Rosemary Dunmore": a title before the name is no part of it.
      const { lead, name } = bareName(part);
      if (name.trim()) items.push({ value: name, start: bodyAt + m.index + m[0].indexOf(part) + lead });
    }
  }
  if (items.length < 3) return false;
  const scores = items.map((x) => valueScore(x.value.trim(), 'PERSON', false, g));
  if (scores.some((s) => s === 0)) return false;
  items.forEach((x, i) => push(out, 'PERSON', x.start, x.value, scores[i]!));
  return true;
}

/** The cells of one delimited line, with their offsets; quotes are honoured, escaped quotes kept. */
function splitCells(line: string, delimiter: string, offset: number): Array<{ value: string; start: number }> {
  const cells: Array<{ value: string; start: number }> = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      while (j < line.length && !(line[j] === '"' && line[j + 1] !== '"')) j += line[j] === '"' ? 2 : 1;
      cells.push({ value: line.slice(i + 1, j), start: offset + i + 1 });
      i = line.indexOf(delimiter, j);
      if (i < 0) break;
      i++;
    } else {
      let j = line.indexOf(delimiter, i);
      if (j < 0) j = line.length;
      cells.push({ value: line.slice(i, j), start: offset + i });
      i = j + 1;
    }
  }
  return cells;
}

/**
 * CSV and TSV: a header row whose cells name people, addresses or places labels the same column in
 * the rows below it, for as long as the rows keep the header's number of cells.
 */
function findCsvColumns(text: string, g: Gazetteer, out: PiiMatch[], want: (t: Kind) => boolean, neutral: NeutralSpans): void {
  const lines = text.split('\n');
  let offset = 0;
  let header: { delimiter: string; kinds: Array<Label | undefined>; width: number } | undefined;
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (header) {
      const cells = splitCells(line, header.delimiter, offset);
      if (cells.length !== header.width) header = undefined;
      else {
        cells.forEach((c, i) => {
          const label = header!.kinds[i];
          if (label?.kind === 'NONE') neutral.push({ start: c.start, end: c.start + c.value.length });
          else if (label && want(label.kind)) {
            const judged = judgeValue(c.value.trim(), { ...label, kind: label.kind }, g);
            if (want(judged.kind)) push(out, judged.kind, c.start, c.value, judged.score);
          }
        });
      }
    }
    if (!header) header = csvHeader(line);
    offset += raw.length + 1;
  }
}

/** `INSERT INTO table (col, …) VALUES`: the column list, then the tuples follow. */
const SQL_INSERT = /\bINSERT\s+INTO\s+[^\s(]{1,80}\s*\(([^()]{1,600})\)\s*VALUES\s*/giy;
/** Tuples of one INSERT read at most: a dump's statement can hold thousands. */
const SQL_MAX_TUPLES = 10_000;

/**
 * SQL: `INSERT INTO customers (first_name, last_name, address) VALUES ('Eilidh', 'MacLeod', …), (…)`.
 * Each column name is a label for the quoted values at its place in every tuple.
 */
function findSqlInsertColumns(text: string, g: Gazetteer, out: PiiMatch[], want: (t: Kind) => boolean, neutral: NeutralSpans): void {
  INSERT_START.lastIndex = 0;
  let start: RegExpExecArray | null;
  while ((start = INSERT_START.exec(text)) !== null) {
    SQL_INSERT.lastIndex = start.index;
    const m = SQL_INSERT.exec(text);
    if (!m) continue;
    const columns = m[1]!.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    const labels = columns.map((c) => labelWithPartner(c, m[1]!));
    const next = m.index + m[0].length;
    INSERT_START.lastIndex = labels.some(Boolean) ? readSqlTuples(text, next, labels, g, out, want, neutral) : next;
  }
}
/** Where an INSERT may start (searched forward from where the last one was read). */
const INSERT_START = /\binsert\s+into\b/gi;

/** Reads `(…), (…)` from `at`, judging each quoted value by its column's label; returns where reading stopped. */
function readSqlTuples(
  text: string,
  at: number,
  labels: ReadonlyArray<Label | undefined>,
  g: Gazetteer,
  out: PiiMatch[],
  want: (t: Kind) => boolean,
  neutral: NeutralSpans,
): number {
  let i = at;
  for (let tuple = 0; tuple < SQL_MAX_TUPLES; tuple++) {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
    if (text[i] !== '(') return i;
    i++;
    for (let column = 0; i < text.length; column++) {
      while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
      if (text[i] === "'") {
        // A quoted value, '' (standard SQL) or \' (MySQL) standing for one quote inside it.
        let j = i + 1;
        while (j < text.length && !(text[j] === "'" && text[j + 1] !== "'")) j += text[j] === "'" || text[j] === '\\' ? 2 : 1;
        const value = text.slice(i + 1, j);
        const label = labels[column];
        if (label?.kind === 'NONE') neutral.push({ start: i + 1, end: j });
        else if (label && want(label.kind) && value.length > 0) {
          const judged = judgeValue(value.replace(/''|\\'/g, "'").trim(), { ...label, kind: label.kind }, g);
          if (want(judged.kind)) push(out, judged.kind, i + 1, value, judged.score);
        }
        i = j + 1;
      } else {
        // A number, NULL or a call such as NOW() or CONCAT('a', 'b'): up to the next comma or
        // closing bracket outside its own brackets and quotes.
        let depth = 0;
        let quoted = false;
        while (i < text.length && (quoted || depth > 0 || (text[i] !== ',' && text[i] !== ')'))) {
          const c = text[i];
          if (c === "'") quoted = !quoted;
          else if (!quoted && c === '(') depth++;
          else if (!quoted && c === ')') depth--;
          else if (c === '\n' && !quoted && depth === 0) break;
          i++;
        }
      }
      while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
      if (text[i] === ')') break;
      if (text[i] !== ',') return i;
      i++;
    }
    i++;
  }
  return i;
}

/** Words one of which every label above contains: a cheap test before a line is split into cells. */
const LABEL_HINT =
  /name|uf|hub|depot|suburb|neighbo|barrio|bairro|quartier|stadtteil|ortsteil|wijk|dzielnica|quận|kelurahan|kecamatan|claim|adjust|insured|holder|witness|guarant|signer|present|absent|apolog|attend|particip|invite|chair|taker|minutes|facilitat|moderat|caller|interview|addr|street|resid|city|town|village|country|county|province|municip|locality|birth|state|region|location|place|origin|dest|area|district|author|owner|assignee|reporter|attendee|passenger|holder|beneficiary|signed|signat|created|requested|approved|submitted|contact|kin|physician|doctor|nurse|teacher|manager|supervisor|employee|patient|customer|tenant|applicant|student|pupil|borrower|buyer|request|travel|visitor|candidate|consignee|interviewee|user|from|to|cc|sender|recipient|client|member|guest|driver|by|office|branch|site|pick|drop|departure|arrival|geo|display|anschrift|adresse|direcci|indirizzo|ort|stadt|land|ville|pays|ciudad|pa[ií]s|adres|plaats|stad|gemeente|wohn|gemeinde|commun|localit|citt|comune|luogo|localidad|municipi|lugar|cidade|naturalidade|miast|miejsc|měst|obec|místo|kommun|kaupunki|kunta|şehir|kota|tempat|provin|regio|estado|kanton|departament|départ|wojew|kraj|kreis|vestiging|filial|sucursal|agenc|agenzia|niederlassung|standort|sede|naissance|nacimiento|nascita|domicil|alamat|endere|morada|osoite|nom|naam|regi|partenza|arrivo|origen|destino|salida|llegada|arrivée|abfahrt|ankunft|vertrek|aankomst|chegada|pr[ée]nom|nom de famille|apellido|cognome|sobrenome|shipper|exp[ée]diteur|destinataire|absender|empf[äa]nger|remitente|destinatario|mittente|nazwisko|imi[ęe]|achternaam|voornaam|efternamn|f[öo]rnamn|etternavn|fornavn|sukunimi|etunimi|soyad|nachname|vorname|rufname|фамил|отчеств|όνομα|ονοματ|επώνυμ|πελάτ|αιτ|παραλήπτ|αποστολέ|ασθεν|υπάλληλ|υπεύθυν|διεύθυνσ|πόλη|χώρα|νομός|τόπος|παράδοσης|αποστολής|κατοικίας|γέννησης|tên|hàng|nhận|gửi|nhân|viên|hệ|sinh|hộ|chỉ|phố|tỉnh|gia|quán/i;

const NEUTRAL_HINT = /room|product|item|sku|title|category|descr|model|brand|type|status|tag|department|team|plan|tier|colou?r|size|genre|subject|event|course|project|book|song|album|film|movie|app|service|company|organi|employer/i;

function csvHeader(line: string): { delimiter: string; kinds: Array<Label | undefined>; width: number } | undefined {
  if (line.length > 400 || (!LABEL_HINT.test(line) && !NEUTRAL_HINT.test(line))) return undefined;
  for (const delimiter of [',', '\t', ';', '|']) {
    if (!line.includes(delimiter)) continue;
    const cells = splitCells(line, delimiter, 0).map((c) => c.value.trim());
    if (cells.length < 2 || cells.some((c) => c.length > 40 || /\d{3}/.test(c))) continue;
    const kinds = cells.map((c) => (c ? labelWithPartner(c, line) : undefined));
    if (kinds.some(Boolean)) return { delimiter, kinds, width: cells.length };
  }
  return undefined;
}
