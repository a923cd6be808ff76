import type { PiiMatch } from '../detect.js';
import { perWord, Word, wordBits, type Gazetteer, type WordLookup } from './gazetteer.js';
import { indexText, nextAt, type TextIndex } from './text-index.js';
import { isFieldLabel } from './fields.js';
import { stripDot, townShape } from './town-shape.js';
import { isSpaceUnit } from '../../../core/code-units.js';

/** Words right before a capitalised run that make a person more likely. */
const PERSON_CONTEXT =
  /(?:\b(?:mr|mrs|ms|mx|miss|dr|prof|sir|madam|dear|hi|hello|hey|thanks|thank you|name is|named|called|i am|i'm|this is|by|with|for|from|to|said|says|asked|told|tell|ask|call|email|met|signed|regards|cc|attn|contact|patient|customer|client|user|employee|mother|father|wife|husband|son|daughter|brother|sister|friend|colleague|manager|boss|author|founder|ceo|director|starring|featuring|under|and|neighbou?r|guide|partner|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|grandma|grandpa|teacher|doctor|nurse|lawyer|landlord|landlady|tenant|coworker|co-worker|roommate|flatmate|girlfriend|boyfriend|fianc[eé]e?|spouse|assistant|supervisor|forward (?:this|it) to)\.?,?\s*|\bname\s*:\s*)$/i;

/**
 * The last words of the PERSON_CONTEXT and PLACE_CONTEXT cues: a cheap look at the word before a run
 * says whether the long expression can match at all (`mayEndWithCue`).
 */
const PERSON_CONTEXT_ENDS: ReadonlySet<string> = new Set(
  ('mr|mrs|ms|mx|miss|dr|prof|sir|madam|dear|hi|hello|hey|thanks|you|is|named|called|am|m|by|with|for|from|to|said|says|asked|told|tell|ask|call|' +
    'email|met|signed|regards|cc|attn|contact|patient|customer|client|user|employee|mother|father|wife|husband|son|daughter|brother|sister|friend|' +
    'colleague|manager|boss|author|founder|ceo|director|starring|featuring|under|and|neighbour|neighbor|guide|partner|cousin|uncle|aunt|nephew|' +
    'niece|grandmother|grandfather|grandma|grandpa|teacher|doctor|nurse|lawyer|landlord|landlady|tenant|coworker|worker|roommate|flatmate|' +
    'girlfriend|boyfriend|fiance|fiancee|spouse|assistant|supervisor').split('|'),
);
const PLACE_CONTEXT_ENDS: ReadonlySet<string> = new Set('in|from|to|at|near|visit|visited|visiting|of|country|city|en|em|nach|aus|bei|im|bij|naar|uit|dans|desde|hacia|verso|nel|nella|para|hasta|entre|vers|til|fra|från|på|ke|dari|a|da|di|na|no|del|de|do'.split('|'));

/**
 * The last word of `before` as the end of a cue sees it (after trailing space, a comma and a full stop),
 * lower-cased; ANY_CUE where the expression must decide (a label's colon, a word touching a letter
 * outside ASCII), NO_CUE where no word ends there. `…\.?,?\s*$` and `…\s+$` cues can only match
 * when their last word is this one.
 */
export function cueTail(before: string): string {
  const t = before.trimEnd();
  let e = t.length;
  if (e > 0 && t.charCodeAt(e - 1) === 58) return ANY_CUE;
  if (e > 0 && t.charCodeAt(e - 1) === 44) e--;
  if (e > 0 && t.charCodeAt(e - 1) === 46) e--;
  let s = e;
  while (s > 0 && isAsciiLetter(t.charCodeAt(s - 1))) s--;
  if (s > 0 && t.charCodeAt(s - 1) > 127) return ANY_CUE;
  if (s === e) return e > 0 && t.charCodeAt(e - 1) > 127 ? ANY_CUE : NO_CUE;
  return t.slice(s, e).toLowerCase();
}
const ANY_CUE = '*';
const NO_CUE = '';
/** Whether a cue with last words `ends` can end `before`, from its `cueTail`. */
export function mayEndWithCue(tail: string, ends: ReadonlySet<string>): boolean {
  return tail === ANY_CUE || ends.has(tail);
}
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Words before someone spoken to or about, for unknown names ("it's under Chihiro Fukunaga"); not "from" or "with", which precede products too. */
const ADDRESSEE_CONTEXT = /\b(?:under|met|meet|call|ask|tell|told|asked|thanks|thank you|hi|hello|hey|dear|contact|cc|attn|married|hired|invited)\s+$/i;

/** Someone's relation to the writer right before a name ("my cousin Anjali", "our guide, Haruka Sato"). */
const RELATION_BEFORE =
  /\b(?:mother|father|mum|mom|dad|wife|husband|son|daughter|brother|sister|friend|colleague|boss|neighbou?r|guide|partner|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|grandma|grandpa|landlord|landlady|coworker|co-worker|roommate|flatmate|girlfriend|boyfriend|fianc[eé]e?|spouse|customer|client|caller|agent|member|guest|visitor|patient|requester|technician|courier|intern|candidate)\b,?\s+$/i;

/** Someone's family, friends and household, after a possessive: no firm or product is called so ("our partner Acme" is left out). */
const KIN_BEFORE =
  /\b(?:(?:my|our|his|her|their) (?:mother|father|mum|mom|dad|wife|husband|son|daughter|brother|sister|friend|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|fianc[eé]e?|boyfriend|girlfriend|flatmate|roommate|landlord|landlady|neighbou?r|colleague|boss|coworker|co-worker)|(?:his|her|their) partner),?\s+$/i;

/** Derivational endings of English words (adverbs, abstract nouns, participles, adjectives). */
const ENGLISH_ENDING = /\p{Ll}{3}(?:ly|tion|sion|ment|ness|ity|ing|able|ible|ful|less|ous|ive|ance|ence|ship|hood|ism|ize|ise|ware|ics)$/u;
/** Words before an employer or a firm ("works for", "joined", "employed by"). */
const EMPLOYER_BEFORE = /\b(?:work(?:s|ed|ing)? (?:for|at)|employed (?:by|at)|joined|job at|hired by|acquired by|company|firm)\s+$/i;
const EMPLOYER_BEFORE_ENDS: ReadonlySet<string> = new Set(['for', 'at', 'by', 'joined', 'company', 'firm']);

/** Titles, capitalised as titles are: "ms." after a number is milliseconds, not Ms. */
/** Kin and respect words used as titles before a name ("Aunt Shirley", "Pak Budi"): in TITLE_BEFORE and TITLE_WORD. */
/**
 * Kin and respect titles, and the Greek articles a name takes at a sentence's start ("Η Κατερίνα
 * Βλάχου έφτασε"): left out of the name. Vietnamese honorifics ("Anh", "Chị", "Ông", "Bà") too, but
 * not "Em", which is an English first name as often.
 */
const KIN_TITLES = 'Aunt|Uncle|Grandma|Grandpa|Granny|Cousin|Tante|Onkel|Tía|Tío|Zia|Zio|Tia|Tio|Tita|Tito|Lola|Lolo|Pak|Bu|Ibu|Bapak|Anh|Chị|Ông|Bà|Cô|Chú|Bác|Cụ|Ο|Η|Τον|Την|Του|Της|Κος|Κα|Κύριος|Κυρία|Κύριε';
const TITLE_BEFORE = new RegExp(String.raw`(?:\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Madam|Dame|Lord|Lady|Rev|Fr|Cllr|Det|Insp|Ptl|MR|MRS|MS|MISS|DR|PROF|Herr|Herrn|Frau|Mme|Mlle|Sra|Srta|Sr|Sig(?:\.ra|na)?|Dott(?:\.ssa)?|Meneer|Mevrouw|Dhr|Mevr|Monsieur|Madame|Mademoiselle|Señor|Señora|Signor|Signora|Senhor|Senhora|${KIN_TITLES})\.?,?|(?<![\d.,]\s?)\b(?:mr|mrs|ms|dr)\.|(?<![\p{L}])M\.)\s*$`, 'u');
/**
 * Courtesy titles of many languages opening a run ("Herr Müller", "Mme Dubois", "Sr. García"), and
 * the kin and respect words that are used the same way ("Aunt Shirley", "Pak Budi", "Tita Nena"): not
 * part of the name. TITLE_BEFORE, ABBREVIATION and fields.ts's SHORT_TITLES hold the same English short
 * titles (Cllr, Det, Insp, Ptl …): a title added to one belongs in the others.
 */
const TITLE_WORD = new RegExp(String.raw`^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Cllr|Det|Insp|Ptl|Herr|Herrn|Frau|Mme|Mlle|Sra|Srta|Sr|Sig|Sig\.ra|Signa|Dott|Dott\.ssa|Meneer|Mevrouw|Dhr|Mevr|Monsieur|Madame|Mademoiselle|Señor|Señora|Signor|Signora|Senhor|Senhora|${KIN_TITLES})\.?$`, 'u');
/** TITLE_WORD as a set lookup: a title, or a title and a full stop. */
const TITLE_WORDS: ReadonlySet<string> = new Set(/^\^\(\?:(.*)\)\\\.\?\$$/u.exec(TITLE_WORD.source)![1]!.replace(/\\\./g, '.').split('|'));
const isTitleWord = (w: string) => TITLE_WORDS.has(w) || (w.charCodeAt(w.length - 1) === 46 && TITLE_WORDS.has(w.slice(0, -1)));
/** Articles before a title at a sentence start ("El Sr. García", "La Sra. Ortega", "Der Herr …"). */
const ARTICLE = /^(?:El|La|Le|Il|Lo|Der|Die|De|O|A|Os|As|Los|Las)$/;
const ARTICLE_WORDS = wordsOf(ARTICLE);
/** Nouns of rank or office: after a title ("Herr Doktor") or as the run itself they are no name. */
const OFFICE_NOUN =
  /^(?:doktor|doctor|docteur|professor|professeur|direktor|director|directeur|präsident|president|président|presidente|kollege|minister|ministre|ministro|pfarrer|ingenieur|ingénieur|ingeniero|licenciado|abogado|maître|maitre)$/;
const OFFICE_NOUN_WORDS = wordsOf(OFFICE_NOUN);
/**
 * Offices and jobs written before a name in news text ("Finance Minister Oleksandr Hrytsenko", "Coach
 * Bettina Sorensen"): the run's name starts after them.
 */
const ROLE_WORD =
  /^(?:minister|president|chancellor|premier|senator|governor|mayor|secretary|spokesman|spokeswoman|spokesperson|coach|striker|midfielder|defender|goalkeeper|captain|chairman|chairwoman|chairperson|ceo|cfo|cto|coo|judge|justice|general|colonel|major|lieutenant|sergeant|inspector|detective|officer|constable|commissioner|ambassador|councillor|councilor|congressman|congresswoman|representative|rep|sen|gov|king|queen|prince|princess|pope|cardinal|bishop|archbishop|rabbi|imam|sheikh|chief|superintendent|professor|prof|dr|anchor|correspondent|editor|reporter|analyst|economist|attorney|prosecutor|lawyer|agent|manager|director|chair|founder|dean|principal|nurse|sister|father|brother)$/;
const ROLE_WORD_WORDS = wordsOf(ROLE_WORD);

/**
 * Words after which a capitalised run is a person's name even when the gazetteer does not know it:
 * titles, self-introductions, sign-offs, credits, and labelled fields (`Name:`, `"full_name": "`, `author=`).
 */
const STRONG_PERSON_CONTEXT = new RegExp(
  '(?:\\b(?:dear|my name is|name is|named|called|i am|i\'m|' +
    'last name is|first name is|surname is|signed|sincerely|regards|yours|cheers|attn|directed by|written by|sung by|' +
    'performed by|composed by|painted by|authored by|produced by|follow up with|speak to|speak with|talk to|ask for|' +
    'under the name|under my name|in the name of|on behalf of|patient|tenant|applicant|employee|assignee|reporter|' +
    'named (?:him|her|them)|call(?:s|ed)? (?:me|him|her)|(?:my|his|her|their|your|\\w+[\'’]s) (?:(?:full|real|maiden|first|last) )?name)' +
    '\\.?,?\\s*|\\bname\\?\\s*' +
    '|\\bname[ \\t]*[:=][ \\t]*' +
    '|\\b(?:(?:full|first|last|given|family|middle|maiden|sur|display|contact|customer|client|patient|user|account|card|holder|sender|recipient|author|owner|employee)[ _-]?name|author|owner|assignee|reporter|from|to|cc|signed|signature|contact|customer|patient|attendee|guest|passenger|driver|holder|cardholder|recipient|sender|beneficiary)' +
    '["\']?\\s*[:=]\\s*["\']?)$',
  'i',
);
/** `/^[\p{Lu}]{2,5}$/u`: two to five capitals; ASCII decided without the expression. */
function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 10) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /^[\p{Lu}]{2,5}$/u.test(w);
    if (c < 65 || c > 90) return false;
  }
  return w.length <= 5;
}
/** `/^\s*[!?](?:\s|$)/`: a question or exclamation mark after the run, alone. */
function closesQuestion(after: string): boolean {
  let i = 0;
  while (i < after.length && isSpaceUnit(after.charCodeAt(i))) i++;
  const c = after.charCodeAt(i);
  return (c === 33 || c === 63) && (i + 1 === after.length || isSpaceUnit(after.charCodeAt(i + 1)));
}
/** Whether PERSON_AFTER can match after a unit `c`: an apostrophe, "<", a comma or a space opens each of its branches. */
const mayOpenPersonAfter = (c: number) => c === 39 || c === 0x2019 || c === 60 || c === 44 || isSpaceUnit(c);
/** What follows a name in a sentence: a possessive, an address in angle brackets, a reporting verb, a vocative's "!". */
const PERSON_AFTER =
  /^(?:'s\b|’s\b|\s*<[^\s@<>]+@|,? (?:said|says|wrote|writes|asked|replied|told|explained|added|noted|stated|confirmed)\b|, (?:the|our|a|an|my|your|his|her) [\p{L}-]+(?: [\p{L}-]+)?(?: (?:at|of|for)\b|,))/u;
/** What only follows a person, even one opening a sentence: "…, who", "… and I", "… her keys", "… is my cousin". */
const ONLY_PERSON_AFTER =
  /^(?:, who\b|, \d{1,2}, | here(?:[.,!]| [-—–])| (?:and I|and me|himself|herself)\b| and (?:his|her|their) (?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|cousin|boyfriend|girlfriend|fianc\p{Ll}+)\b| (?:his|her|him) (?!own\b)\p{Ll}| (?:is|was) (?:my|our|your|his|her|their) (?:\p{Ll}+ )?(?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|cousin|uncle|aunt|boss|colleague|neighbou?r|manager|doctor|teacher|lawyer|grand\p{Ll}+|boyfriend|girlfriend|fianc\p{Ll}+)\b)/u;
/** What follows the subject of a sentence: a verb or a pause ("David lives on …", "Aloisia, can I …"). */
const SUBJECT_AFTER = /^(?:,\s|:\s|'s\b|’s\b| (?:is|was|has|had|have|lives|lived|works|worked|spent|said|says|went|goes|will|would|can|could|did|does|and|just|also|never|always|told|asked|wrote|called|sent|gave|got|made|came|left|moved|joined|became|studied|grew|met|wants|needs|loves|likes|thinks|knows)\b)/;
/** A colon and a sentence after a name at a line start: a speaker in a chat or play transcript. */
const SPEAKER_AFTER = /^:[ \t]+["“]?[\p{Lu}]/u;
/** A greeting opening a line, right before a name ("Hi ", "Dear ", "Good morning "). */
const GREETING_BEFORE = /(?:^|\n)[ \t>]*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|greetings)[ \t]+$/i;
/** Lower-case particles a name or a street in a form's value may hold ("Joris van Leeuwen"). */
const VALUE_PARTICLES = 'van|von|de|der|den|da|di|du|le|la|dos|das|ter|ten';
const VALUE_PARTICLE = new RegExp(`^(?:${VALUE_PARTICLES})$`);
/**
 * The rest of a line that may be a form's value: capitalised words, particles, numbers and commas, up to
 * eight words ("Joris van Leeuwen", "Kerkstraat 31, 2011 RK Haarlem").
 */
const FORM_VALUE_AFTER = new RegExp(`^:[ \\t]+(\\p{Lu}[\\p{L}'’.-]*(?:,? (?:\\p{Lu}[\\p{L}'’.-]*|\\d[\\d/-]*|(?:${VALUE_PARTICLES}))){0,7})[ \\t]*(?:\\n|$)`, 'u');

/**
 * The rest of the line after a label is a value (a name, a firm, a town), not speech: capitalised
 * words none of which is an everyday word ("Ulvhild: Hi Tobias" is speech).
 */
function isFormValue(after: string, g: Gazetteer): boolean {
  const m = FORM_VALUE_AFTER.exec(after);
  return m !== null && m[1]!.split(' ').every((w) => !g.common.has(w.replace(/,$/, '').toLowerCase()) || VALUE_PARTICLE.test(w));
}
/** A line's start and a chat time stamp before a speaker: "[10:02] ", "(09:15:33) ", "10:02 pm ". */
const CHAT_STAMP_BEFORE = /(?:^|\n)[ \t>]*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?[\])]?[ \t]+$/i;
/** Verbs that only people do, after an unknown word opening a sentence ("Ysolt lives on …", "Brannoc spent a year …"). */
const HUMAN_SUBJECT_AFTER = /^ (?:lives|lived|spent|grew up|was born|had given|has given|married|studied|replied|whispered|met (?:his|her)|is from|was from|comes from|came from|just has to|has to go)\b/;
/** Verbs and pauses after a person as subject, not after a town ("Paris is …" stays a town). */
const HUMAN_AFTER = /^(?:,\s|:\s| (?:lives|lived|works|worked|said|says|told|asked|wrote|called|spent|went|studied|grew up|met|wants|needs|loves|likes|thinks|knows|joined|moved|replied|answered|agreed)\b)/;
/** Roles only a person has, right before a name ("Customer Oyelaran", "patient Ferreira"). */
const PERSON_ROLE_BEFORE = /\b(?:customer|caller|patient|tenant|guest|visitor|requester|applicant|candidate|passenger|student|pupil|employee|mr|mrs|ms|dr)\.?\s+$/i;
/** A sign-off on a line of its own, right before the writer's name on the next line. */
const SIGN_OFF_BEFORE =
  /(?:^|\n)[ \t]*(?:thanks|thank you|many thanks|thanks again|best|all the best|best wishes|warm(?:est)? regards|kind regards|best regards|regards|cheers|sincerely|yours|love|ciao|saludos|groeten|grüße|gruß|bises)[,.!]?[ \t]*\r?\n$/i;
/** HUMAN_AFTER without the pauses: a verb only people do. */
const HUMAN_VERB_AFTER = /^ (?:lives|lived|works|worked|said|says|told|asked|wrote|called|phoned|rang|emailed|spent|went|studied|grew up|met|wants|needs|loves|likes|thinks|knows|joined|moved|replied|answered|agreed|complained|requested)\b/;
/** Reported speech with the speaker after the verb: "…, said Orla to Bastien" (both are people). */
const SPEECH_VERB_BEFORE = /\b(?:said|asked|replied|answered|shouted|whispered|cried|sighed|wrote)\s+$/i;
const SPEECH_TO_BEFORE = /\b(?:said|asked|replied|answered|shouted|whispered|cried|sighed|wrote)\s+[\p{Lu}][\p{L}'’-]*\s+to\s+$/u;
/** Someone addressed at the start of a line: "Wendeline, could you …", "Oskar, please …". */
const VOCATIVE_AFTER = /^, (?:(?:can|could|would|will|do|did|are|have) (?:you|I|we)\b|please\b)/;
/**
 * Surname endings of Slavic, Baltic and Nordic names ("Lebedeva", "Horvatić", "Kowalski", "Haraldsdóttir"),
 * rare in English words and product names; a town on the same pattern needs a place cue to win.
 */
const SURNAME_SHAPE = /^[\p{Lu}][\p{Ll}]{2,}(?:ova|eva|yeva|ov|ev|yev|ovich|evich|vić|vič|ić|ič|ski|ska|sky|skaya|enko|dóttir|dottir|sson)$/u;

/** Words after which a capitalised run is a place even when the gazetteer does not know it. */
const STRONG_PLACE_CONTEXT =
  /\b(?:i am in|i'm in|lives? in|living in|based in|born in|grew up in|moved (?:here )?(?:from|to)|originally from|returned to|arrived (?:at|in)|flew to|fly to|flight to|travel(?:l?ed|ling)? to|trip to|visit(?:ed|ing)?|home city(?: of)?|city of|town of|village of|university of|barrio(?: de)?|bairro(?: d[eoa])?|quartier(?: d[eu])?|lago d[ie]|lac d[eu]|isola d[ie]|valle d[ie]|golfo d[ie]|mar de|serra d[aoe]|sierra de|distrito(?: de)?|borough of|district of|neighbou?rhood of|province of|region of|county of|serving(?: (?:northern|southern|eastern|western|central))?|around the world to|back to|coming to|year in|near|outside|located in|headquartered in|reached|landed in|(?:drove|driving|heading|flying|flew) (?:to|from|into|through|up to|down to)|(?:city|town|country|state|region|province|location|place|birthplace|hometown|suburb|district|barangay|neighbou?rhood|municipality|county|pickup|dropoff|destination|origin)["']?\s*[:=]\s*["']?)\s*(?:the\s+)?$/i;
/** Makers whose name opens a product's name ("Apache Kafka", "Microsoft Teams"). */
const VENDOR = /^(?:apache|google|microsoft|amazon|aws|azure|oracle|ibm|adobe|apple|samsung|sony|intel|nvidia|cisco|salesforce|github|gitlab|atlassian|mozilla|android|windows|linux|ubuntu|debian|redhat|meta|facebook|zoom|slack|docker|hashicorp|elastic|mongo|jetbrains|visual)$/;
const VENDOR_WORDS = wordsOf(VENDOR);
/** Food words that open a dish's name in Romance languages ("Pão de Queijo", "Empanadas de Pino", "Bûche de Noël"). */
const FOOD_FIRST_WORDS: ReadonlySet<string> = new Set(
  'pão|pan|pain|empanada|empanadas|tortilla|arroz|pollo|bife|queso|queijo|sopa|soupe|tarta|tarte|torta|pastel|pastéis|bolo|frango|crema|crème|mousse|salade|ensalada|insalata|gâteau|bûche|patatas|papas|huevos|pasta|risotto|gnocchi|pizza|tiramisù|flan|churros|paella|feijoada|moules|steak|filet|boeuf|bœuf|coq|canard|poulet|magret'.split('|'),
);
/** "Line Cook", "Head Chef": an ordinary word, then a noun that closes a job's title. */
function isJobTitle(words: readonly string[], g: Gazetteer): boolean {
  const [first, last] = [plainWord(words[0]!), plainWord(words[words.length - 1]!)];
  return JOB_LAST_WORDS.has(last) && (g.english.has(first) || g.common.has(first) || g.everyday.has(first));
}
/** Nouns that close a job's title ("Line Cook", "Store Manager", "Head Chef"), after an ordinary word. */
const JOB_LAST_WORDS: ReadonlySet<string> = new Set(
  'cook|chef|manager|director|lead|engineer|developer|designer|analyst|officer|clerk|cashier|nurse|driver|assistant|supervisor|coordinator|specialist|consultant|architect|administrator|technician|owner|partner|president|secretary|treasurer|editor|writer|baker|butcher|porter|guard|steward|waiter|host'.split('|'),
);
/**
 * Brands that stand alone in text as often as names do ("Dyson, Nike and Lego deals"), and that are no
 * common first name: alone, without a title or a strong cue, they are the brand.
 */
export const BRAND_WORDS: ReadonlySet<string> = new Set(
  ('nike|adidas|puma|reebok|asics|lego|dyson|samsung|sony|nokia|huawei|xiaomi|lenovo|philips|siemens|bosch|canon|nikon|panasonic|nestlé|nestle|danone|heineken|' +
    'pepsi|starbucks|walmart|costco|tesco|aldi|lidl|carrefour|ikea|zara|gucci|prada|chanel|dior|hermès|rolex|uniqlo|sephora|nivea|colgate|gillette|' +
    'netflix|spotify|uber|lyft|airbnb|tesla|toyota|honda|nissan|hyundai|kia|volvo|renault|peugeot|citroën|fiat|audi|bmw|volkswagen|skoda|seat|' +
    'havaianas|efes|guinness|haribo|nutella|ferrero|cadbury|heinz|kellogg|lipton|nescafé|nespresso|whatsapp|instagram|facebook|tiktok|snapchat|' +
    'pinterest|reddit|linkedin|youtube|paypal|shopify|ebay|alibaba|tencent|okta|dropbox|salesforce|adobe|nvidia|intel|oracle|cisco|garmin|fitbit|gopro|' +
    'kubernetes|terraform|jenkins|grafana|kafka|redis|postgres|mongodb|docker|ansible|helm|jira|confluence|figma|notion|trello|asana|zendesk|hubspot|' +
    // Software, browsers and typefaces ("runs in Docker", "open it in Safari", "set in Helvetica").
    'safari|chrome|firefox|excel|powerpoint|photoshop|helvetica|arial|javascript|typescript|kotlin|linux|ubuntu|debian|android|macos|' +
    // Companies and makes named after their founders (blind batch AF): alone they are the brand.
    'dell|porsche|ferrari|lamborghini|maserati|bugatti|mclaren|boeing|michelin|bridgestone|barilla|lavazza|heijn|procter|disney|chrysler|daimler|suzuki|yamaha|kawasaki|mitsubishi|subaru|mazda|brastemp|miele|versace|armani|cartier')
    .split('|'),
);
/** A capital alone or with a full stop ("J", "J."); the length test spares the expression for longer words. */
const isInitial = (w: string) => w.length <= 3 && /^[\p{Lu}]\.?$/u.test(w);
/** `/:[ \t]*$/`: a label's colon, then spaces or tabs. */
function endsWithColon(before: string): boolean {
  let e = before.length;
  while (e > 0 && (before.charCodeAt(e - 1) === 32 || before.charCodeAt(e - 1) === 9)) e--;
  return e > 0 && before.charCodeAt(e - 1) === 58;
}
/** STATE_AFTER starts with a comma. */
const stateAfter = (after: string) => after.charCodeAt(0) === 44 && STATE_AFTER.test(after);
const STREET_PREP = /\b(?:on|at|in|to|via|from|into|onto|off|along|near|block of|parts of|corner of|end of)\s+$/i;
const STREET_PREP_ENDS: ReadonlySet<string> = new Set('on|at|in|to|via|from|into|onto|off|along|near|of'.split('|'));
/** The last words STREET_WORD_BEFORE can end with (a street word or a particle after it). */
const STREET_WORD_BEFORE_ENDS: ReadonlySet<string> = new Set(
  'via|viale|piazza|rua|avenida|avda|av|calle|carrer|rue|chemin|plaza|travessa|largo|strada|ul|ulica|boulevard|avenue|de|da|do|dos|das|del|dei|della|di|du|des|la|le|los|las'.split('|'),
);

/**
 * The words of an expression `^(?:a|b|c)$` of letters only, as a set: a lookup instead of running the
 * expression for every word of every run. Built from the expression itself (kept as the definition);
 * an expression of any other shape fails here, when the module loads.
 */
function wordsOf(re: RegExp): ReadonlySet<string> {
  const m = /^\^\(\?:(.*)\)\$$/u.exec(re.source);
  const words = m ? m[1]!.split('|') : [];
  if (!m || re.flags.replace('u', '') !== '' || !words.every((w) => /^\p{L}+$/u.test(w))) throw new Error(`not a list of words: ${re.source}`);
  return new Set(words);
}

/** Little words inside names: "Khalid bin Abdullah", "Ludwig von Hallberg", "María de la Cruz". */
const NAME_PARTICLE = /^(?:van|von|de|da|di|del|der|den|dos|das|le|la|bin|ibn|al|el|y)$/;
const NAME_PARTICLES = wordsOf(NAME_PARTICLE);
/** German articles, capitalised at a sentence's start, and in lower case right before a run. */
const GERMAN_ARTICLE = /^(?:Der|Die|Das|Dem|Den|Des)$/;
const GERMAN_ARTICLE_BEFORE = /\b(?:der|die|das|dem|den|des) $/;
/** Articles that open sentences in Dutch, Spanish, French and Italian (and open surnames only before a surname). */
const SENTENCE_ARTICLE = /^(?:De|Het|El|La|Los|Las|Le|Les|Il|Lo|Gli)$/;
/** Particles of Dutch and German surnames, which headings in Romance languages do not use. */
const GERMANIC_PARTICLE = /^(?:van|von|ten|ter|zu)$/;
/** The particles of a heading written in capitals ("PARTE DE SINIESTRO"). */
const CAPITAL_PARTICLE = /^(?:DE|DI|DEL|DELLA|DA|DO|DOS|DAS|VAN|VON|DER|DEN|LE|LA)$/;
/** A site named after its town: "the Wellington office", "the Reading plant". */
const PLACE_AFTER = /^ (?:office|offices|branch|airport|station|campus|plant|site|headquarters|HQ|store|factory|warehouse|clinic|hospital|area|region|team|event|launch|conference|summit|marathon|pilot|lease|shipment|market|trip)\b/;
/** A task given to someone in meeting notes: "… to book", "… to follow up". */
const ACTION_AFTER =
  /^ (?:to|will) (?:own|book|draft|send|follow up|check|review|update|prepare|schedule|share|write|fix|investigate|lead|organi[sz]e|contact|confirm|circulate|call|email|chase|arrange|set up|look into|present|support)\b/;
/** Words that close the name of a unit, not a person ("Billing Department", "Customer Success Team"). */
const UNIT_WORD = /^(?:department|dept|team|desk|office|services|service|support|group|division|unit|staff|helpdesk|committee|board|centre|center|operations|bot)$/;
const UNIT_WORD_WORDS = wordsOf(UNIT_WORD);
/** Words a speaker label of a form or a transcript has, never a name: "Requester:", "Attendees:", "Chatbot:". */
const ROLE_LABEL = /(?:ees|ants?|ents?|ers|ors|ists?|bot|ster|ment|tion)$/;
/** Chinese surnames (pinyin) and Korean surnames (romanized), for names in either order ("Zhang Wei", "Ji-woo Park"). */
const CHINESE_SURNAME: ReadonlySet<string> = new Set(
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fan fu zhong qian xue tan lei mao hao kong bai qiu qin gu hou shao meng long wan duan'.split(' '),
);
const KOREAN_SURNAME: ReadonlySet<string> = new Set(
  'kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo shin kwon hwang ahn song yoo ryu hong jeon moon mun yang son bae baek heo nam noh kwak sung cha joo woo'.split(' '),
);
/** A word made of pinyin syllables ("Xiaoming", "Jiahui"). */
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|ü))+$/;
/** A romanized Korean given name: two syllables joined by a hyphen ("Min-jun", "Soo-jin"). */
const KOREAN_GIVEN = /^[\p{Lu}][a-z]{1,4}-[a-z]{1,4}$/u;

/** Two words that are a Chinese or Korean surname and a given name, in either order. */
function eastAsianName(words: string[], g: Gazetteer): boolean {
  if (words.length !== 2 || !titleCased(words[0]!) || !titleCased(words[1]!)) return false;
  const a = plainWord(words[0]!);
  const b = plainWord(words[1]!);
  if (CHINESE_SURNAME.has(a) && (pinyinGiven(b, g) || CHINESE_SURNAME.has(b))) return true;
  if (CHINESE_SURNAME.has(b) && pinyinGiven(a, g)) return true;
  return (KOREAN_SURNAME.has(a) && KOREAN_GIVEN.test(words[1]!)) || (KOREAN_SURNAME.has(b) && KOREAN_GIVEN.test(words[0]!));
}
/** A Chinese given name: pinyin syllables that are no word and no place. */
function pinyinGiven(w: string, g: Gazetteer): boolean {
  return w.length >= 2 && w.length <= 9 && PINYIN.test(w) && !g.common.has(w) && !g.english.has(w) && !g.everyday.has(w) && !g.places.has(w);
}
/** A Japanese or Korean honorific after a name ("Tanaka-san", "Sato-sensei"): the name is the part before it. */
const HONORIFIC = /^([\p{Lu}][\p{Ll}]+)-(?:san|sama|sensei|kun|chan|senpai|ssi|nim)$/u;
/** Born in, living in, coming from, the office of … in Italian, Spanish and Portuguese: "residente a Foligno", "sede di Bologna". */
/**
 * French verbs of living, being born and going before "à" and a town ("habite à Orange", "née à Labé"): "à" alone
 * also comes before people ("écrire à Marie").
 */
const FRENCH_PLACE_VERB = String.raw`(?:habite|habites|habitent|habitait|vit|vivent|vivait|née?s?|install[ée]e?s?|arriv[ée]e?s?|séjourne|travaille|travaillent|déménag[ée]e?s?|rentr[ée]e?s?|domicili[ée]e?s?|résid[ée]|réside|part|partent|parti|partie)`;
const ROMANCE_PLACE_CUE = String.raw`(?:(?:nat[oa]|nacid[oa]|nascid[oa]|residente|abita|vive|trasferit[oa]|proveniente|originari[oa]|domiciliat[oa]|sede|ufficio|filiale|comune|provincia|città|regione|ciudad|región|cidade|região) (?:a|da|di|in|en|em|na|no|del|de|do)|${FRENCH_PLACE_VERB} à)`;
const ROMANCE_PLACE_BEFORE = new RegExp(String.raw`\b${ROMANCE_PLACE_CUE}\s+$`, 'i');
/**
 * Words before a place, also the same prepositions in Spanish, Portuguese, French, German, Dutch and
 * Italian ("en Juchitán", "nach München", "bij Vlissingen") and the Romance cues above.
 */
const PLACE_CONTEXT = new RegExp(
  String.raw`\b(?:in|from|to|at|near|visit(?:ed|ing)?|live[sd]? in|based in|born in|moved to|city of|town of|country|city|en|em|nach|aus|bei|im|bij|naar|uit|dans|desde|hacia|verso|nel|nella|para|hasta|entre|vers|til|fra|från|på|ke|dari|a|à|${ROMANCE_PLACE_CUE})\s+$`,
  'i',
);
const MONTHS_DAYS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|januar|februar|märz|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januari|februari|maart|augustus|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|enero|febrero|marzo|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira)$/i;
/**
 * Month names that are also first names ("Mai", "Juli", "Juni", "April"), read as months after a day
 * number or a preposition of time: "zum 1. Juli", "seit Mai", "im Juni", "en mai", "in April".
 */
const MONTH_FIRST_NAMES: ReadonlySet<string> = new Set('mai|juni|juli|april|august|june|may'.split('|'));
/** Words of time before a month ("seit", "im", "since", "in", "early", a day number); not "from" or "by", which come before people too. */
const TIME_BEFORE = /(?:\b(?:seit|im|ab|bis|zum|vom|ende|anfang|mitte|since|in|until|till|early|late|mid|en|depuis|desde|hasta|dal|fino a|a partire da|vanaf|sinds|tot)|\d{1,2}\.?)\s+$/i;
const MONTH_DAY_WORDS: ReadonlySet<string> = new Set(MONTHS_DAYS.source.slice(4, -2).split('|'));
const ASCII_WORD = /^[\x00-\x7f]*$/;
const DIRECTION = /^(?:north|south|east|west|northern|southern|eastern|western|central|greater|upper|lower|new)/i;
/** "Springfield, IL": a run followed by a US state or Canadian province code is a place. */
const STATE_AFTER =
  /^, (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\b(?![\p{L}])/u;

/**
 * Capitalised (or ALL-CAPS) word runs, joined by single spaces; initials like "J." allowed inside.
 * At most 24 words: a longer run is read in pieces. Unbounded, a text of 27,000 "Mr"
 * or "A." was one run, cut short and read again from each cut: 80 KB took seconds.
 */
export const CAP_RUN =
  /(?<![\p{L}\p{N}])(?:[\p{Lu}][\p{Ll}\p{Lu}'’-]*\.?|[\p{Lu}]\.)(?:[ ](?:[\p{Lu}][\p{Ll}\p{Lu}'’-]*\.?|[\p{Lu}]\.|(?:van|von|de|da|di|del|der|den|dos|das|le|la|bin|ibn|al|el|y|(?:van|von|de|da|di)[ ](?:der|den|de|la|le|los|las|du|des|ten|ter|het))(?=[ ][\p{Lu}])|(?:al|el|ad|ash|as|bin|ibn|abu)[-‐][\p{Lu}][\p{Ll}'’-]*)){0,23}(?![\p{L}\p{N}])/uy;

const TITLE_JOINT = /^(?:To|In|From|At|For|With|On|By)$/;
const TITLE_JOINT_WORDS = wordsOf(TITLE_JOINT);
/** Last words of things named after people (plans, prizes, laws, theorems, illnesses), not the people. */
const EPONYM_NOUN =
  /^(?:bayram|bayramı|festival|fest|holiday|plan|doctrine|prize|prizes|award|awards|medal|trophy|act|treaty|accord|accords|protocol|convention|amendment|theorem|lemma|conjecture|paradox|principle|hypothesis|equation|effect|syndrome|disease|lecture|lectures|scholarship|fellowship|memorial|boson|algorithm|cipher|scale|index|salad|sauce|soup|cake|pie|tart|sandwich|cocktail)$/;
const EPONYM_NOUN_WORDS = wordsOf(EPONYM_NOUN);
/** Bits of a word that is a first name and no surname or place ("Doris", not "Columbus"). */
const onlyFirstName = (bits: number): boolean => (bits & Word.FIRST) !== 0 && (bits & (Word.LAST | Word.PLACE)) === 0;
/** The last word of a holiday's name (lower-cased, as plainWord gives it). */
export const HOLIDAY_LAST = /^(?:day|eve|night)$/;
/** Words that open or close a club's name ("Real Betis", "Atlético Madrid", "Sevilla FC", "Leeds United"). */
const TEAM_FIRST = /^(?:Real|Atlético|Atletico|Athletic|Sporting|Olympique|Borussia|Dynamo|Dinamo|FC|AFC|RCD)$/;
const TEAM_LAST = /^(?:FC|CF|SC|AFC|FK|SK|United|Rovers|Wanderers|Hotspur|Albion)$/;
/**
 * A football score or a fixture's "vs" right after the run ("Real Madrid 2-1", "Ajax vs PSV") or right before it.
 * Not a time ("depart Calgary 07:40"), a date range ("Paris 3-5 June"), nor a bare "v", which is Czech and Slovak
 * for "in" ("Novotným v Olomouci").
 */
const SCORE_AFTER = /^ (?:\d[-–]\d(?![\d:])(?! (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|vs\.? \p{Lu})/u;
const SCORE_BEFORE = /(?:(?<![\d:])\d[-–]\d,?|\p{L} vs\.?) $/u;
/** Whether the run is a sports team's name, by its words or a score or fixture beside it. */
function sportsTeam(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length > 1 && (TEAM_FIRST.test(words[0]!) || TEAM_LAST.test(stripDot(words[words.length - 1]!)))) return true;
  // The expressions run only where a digit or a "v" stands next to the run's spaces: nearly every run leaves here.
  const a = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) === 32 && ((a >= 48 && a <= 57) || a === 118) && SCORE_AFTER.test(text.slice(end, end + 12))) return true;
  const b = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && ((b >= 48 && b <= 57) || b === 44 || b === 115 || b === 46) && SCORE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Right after a run: an eponym's noun in lower case ("'s disease", " scholarships"), a law or an effect
 * after a possessive only ("Ohm's law"; "Maria Lopez test results" stays a person), or a dish ("Caesar salad").
 */
const EPONYM_AFTER =
  /^(?:['’]s (?:Day|Eve|Night)\b|(?:['’]s)? (?:disease|syndrome|thyroiditis|palsy|sarcoma|lymphoma|theorem|lemma|conjecture|paradox|doctrine|hypothesis|equation|boson|prize|prizes|scholarship|scholarships|fellowship|fellowships)|['’]s (?:law|phenomenon|principle|razor|constant)| (?:salad|sauce|soup|cake|pie|tart|sandwich|cocktail))\b/;
/** First words of storms and ships, which carry people's names ("Hurricane Helene", "HMS Victory", "RMS Queen Mary"). */
const STORM_OR_SHIP_WORDS: ReadonlySet<string> = new Set('hurricane|storm|typhoon|cyclone|tropical|hms|uss|rms|mv|ss'.split('|'));
/** Personal pronouns of six languages, which open sentences (capitalised) before a verb. */
const PRONOUN = /^(?:Elle|Elles|Il|Ils|Nous|Vous|On|Er|Sie|Es|Wir|Ihr|Ella|Ellas|Él|Ellos|Nosotros|Lui|Lei|Loro|Noi|Hij|Zij|Ze|Wij|Ele|Ela|Eles|Elas|Nós)$/;
/** Verbs that follow "Elle" and "Ella" as pronouns; before other words those are English first names ("Ella said …"). */
const ROMANCE_VERB_AFTER =
  /^ (?:a|est|était|avait|va|vit|habite|sera|fait|dit|finit|part|peut|doit|veut|sait|prend|vient|reste|arrive|revient|travaille|aime|pense|passe|rentre|ne|se|y|lui|les|me|en|es|está|estaba|era|vive|tiene|tenía|dijo|fue|hace|dice|puede|quiere|sabe|trabaja|llega|sale|viene|no|nos|ha|è|aveva|abita|fa|dice|vuole|può|lavora|non|si|ci)(?![\p{L}])|^ (?:n|s|m|l|j)['’]/u;
/** A pronoun before a lower-case word, or for "Elle"/"Ella" (also names) before a French, Spanish or Italian verb. */
function pronounBeforeVerb(word: string, after: string): boolean {
  if (word === 'Elle' || word === 'Ella') return ROMANCE_VERB_AFTER.test(after);
  return /^ \p{Ll}/u.test(after);
}
/** Words for relatives used as names of address ("Nan", "Mama", "Oma", "Nonna"). */
const KIN_WORD = /^(?:Nan|Nana|Nanna|Gran|Granny|Grandma|Grandpa|Grandad|Granddad|Mum|Mom|Mummy|Mommy|Dad|Daddy|Mama|Mamma|Papa|Pappa|Oma|Opa|Omi|Opi|Nonna|Nonno|Abuela|Abuelo|Abuelita|Mamie|Papi|Papy|Mutti|Vati|Tante|Onkel|Auntie|Aunty|Uncle)$/;
/**
 * Dishes and drinks named after someone ("Peach Melba", "Earl Grey", "Eggs Benedict"): the whole run,
 * lower-cased. Only names that no person goes by ("Tom Collins" and "Rossini" do).
 */
export const NAMED_DISHES: ReadonlySet<string> = new Set(
  ('peach melba|earl grey|eggs benedict|beef wellington|bloody mary|margherita pizza|pizza margherita|waldorf salad|caesar salad|beef stroganoff|lobster thermidor|oysters rockefeller|eggs florentine|cobb salad|crêpes suzette|crepes suzette|' +
    // Classic dishes and drinks named after someone or somewhere, in their own languages (blind batch AF).
    'pêche melba|quiche lorraine|sole meunière|croque monsieur|croque madame|rob roy|shirley temple|arnold palmer|pavlova|' +
    'chicken marengo|veal orloff|nachos|salisbury steak|reuben sandwich|sachertorte|peking duck|kung pao chicken|general tso|' +
    'bellini|carpaccio|negroni|margarita|manhattan|cosmopolitan|wiener schnitzel|bœuf bourguignon|boeuf bourguignon')
    .split('|'),
);
/** What is named after a place: a food after its name ("Boston cream", "Brazil nut"), a colour as its second word ("Naples Yellow"). */
const FOOD_AFTER_PLACE = /^ (?:cream|nut|nuts|pie|cheese|cheesesteak|steak|sauce|salad|sausages?|eggs?|ham|buns?|cake|pasty|pizza|wings|sprouts|mustard|chowder|rolls?|fries|toast|waffles?|roast|fudge|brownies?)\b/;
const PIGMENTS = new Set(['yellow', 'green', 'blue', 'red', 'white', 'black', 'brown', 'ochre', 'umber', 'sienna', 'violet']);

function namedAfterPlace(text: string, end: number, words: readonly string[], g: Gazetteer): boolean {
  const first = words[0]!.toLowerCase();
  if (!g.places.has(first) || g.first.has(first)) return false;
  if (words.length === 2) return PIGMENTS.has(words[1]!.toLowerCase());
  const after = text.slice(end, end + 14);
  return FOOD_AFTER_PLACE.test(after) || PIGMENTS.has(/^ ([A-Z][a-z]+)\b/.exec(after)?.[1]?.toLowerCase() ?? '');
}

/** A count of items right before a run: "2x ", "3 x ", "10× ". */
const QUANTITY_BEFORE = /(?:^|[\s(])\d{1,4} ?[x×] ?$/;
/** QUANTITY_BEFORE, tried only where an "x" or "×" stands right before the run (or a space before it). */
function quantityBefore(text: string, start: number): boolean {
  let i = start - 1;
  if (text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return (c === 120 || c === 0xd7) && QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
const ABBREVIATION = /^(?:mr|mrs|ms|mx|dr|prof|cllr|det|insp|ptl|st|jr|sr|sra|srta|mme|mlle|sig|dott|dhr|mevr|mt|ft|gen|col|capt|lt|sgt|rev|hon|fr|avda|av|ave|blvd|rd|no)\.$/i;
const STREET_PREFIX = /^(?:via|viale|piazza|piazzale|rua|avenida|avda|av|calle|carrer|rue|chemin|plaza|praça|travessa|largo|strada|ulica|ul|bulevar|boulevard)$/;
const STREET_PREFIX_WORDS = wordsOf(STREET_PREFIX);
const STREET_WORD_BEFORE = /\b(?:via|viale|piazza|rua|avenida|avda\.?|av\.|calle|carrer|rue|chemin|plaza|praça|travessa|largo|strada|ul\.|ulica|boulevard|avenue)\s+(?:(?:de|da|do|dos|das|del|dei|della|di|du|des|la|le|los|las)\s+)*$/i;
/**
 * A town of the weak list. One that is also a surname ("Preston", "Hawkins") only after "in" and its
 * kin: after "from", "at" or "to" a surname is as often a firm's or a person's ("from Hawkins,
 * Richardson and Santana", "a year at Jones, Mitchell and Williams").
 */
function knownTown(lower: string, bits: number, tail: string, before: string, g: Gazetteer): boolean {
  if (!g.towns.has(lower)) return false;
  return ((bits & Word.LAST) === 0 && !g.nameParts.has(lower)) || IN_WORDS.has(tail) || ROMANCE_PLACE_BEFORE.test(before);
}
/** What joins the items of a list: a comma (and a conjunction after it), or a conjunction, in some languages. */
const LIST_JOINT = String.raw`(?:,[ \t]*(?:(?:and|or|y|e|et|und|en|i|och|og|ja|puis|then|ou|o|oder|of|eller|tai|sau|veya|ve|dan|atau|và|hoặc|a)[ \t]+)?|[ \t]+(?:and|or|&|y|e|et|und|en|i|och|og|ja|puis|then|ou|o|oder|of|eller|tai|sau|veya|ve|dan|atau|và|hoặc|a)[ \t]+)`;
const LISTED_BEFORE = new RegExp(String.raw`([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})${LIST_JOINT}$`, 'u');
const LISTED_AFTER = new RegExp(String.raw`^${LIST_JOINT}([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})`, 'u');
/**
 * Whether the run stands in a list beside a place ("Quimper, Crozon, puis Saint-Malo", "Olema and Bolinas"):
 * a known place that is no first name, or a town of the weak list that is no name part either. Words
 * before the neighbour that are no part of it ("Visit Paris, …") are tried off one by one.
 */
function listedWithPlace(text: string, start: number, end: number, g: Gazetteer): boolean {
  const placeLike = (name: string) => {
    const words = name.split(' ');
    for (let i = 0; i < words.length; i++) {
      const lower = words.slice(i).join(' ').toLowerCase();
      if (g.places.has(lower) && !g.first.has(lower) && !g.everyday.has(lower)) return true;
      if (g.towns.has(lower) && !g.first.has(lower) && !g.last.has(lower) && !g.nameParts.has(lower)) return true;
    }
    return false;
  };
  const before = LISTED_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  if (before && placeLike(before[1]!)) return true;
  const after = LISTED_AFTER.exec(text.slice(end, end + 48));
  return !!after && placeLike(after[1]!);
}
/**
 * A word shaped like an unknown town's name: four letters or more, capitalised, not a code in capitals,
 * no hyphen (compound first names, Japanese wards), and in no list at all.
 */
function unknownTownLike(word: string, lower: string, bits: number, g: Gazetteer): boolean {
  return bits === 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(word) && !g.towns.has(lower) && !g.nameParts.has(lower) && !g.english.has(lower) && !BRAND_WORDS.has(lower);
}
/**
 * "and" and "or" between two items, in some languages (a bare comma also separates an address's parts, and a
 * menu's). Not "i", "en" or "a", which are also "in" or "at" ("restaurang Sjöboden i Lysekil", "Casa Pepe en Madrid").
 */
const CONJUNCTION = String.raw`[ \t]+(?:and|or|y|e|et|und|och|og|ja|ou|o|oder|eller|sau|ve|dan|atau|và)[ \t]+`;
const JOINED_BEFORE = new RegExp(String.raw`([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})${CONJUNCTION}$`, 'u');
const JOINED_AFTER = new RegExp(String.raw`^${CONJUNCTION}([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})`, 'u');
/** Whether the run is joined by "and" or "or" to a known place that is no first name and no everyday word. */
const joinedWithPlace = (text: string, start: number, end: number, g: Gazetteer) => besideKnownPlace(text, start, end, g, JOINED_BEFORE, JOINED_AFTER, 48);
/** An arrow or a dash between two stops of a route (not a hyphen: "Sevilla-Madrid" is written so too, but so are names). */
const ROUTE_BEFORE = /([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})[ \t]*(?:→|->|⇒|⟶|–|—)[ \t]*$/u;
const ROUTE_AFTER = /^[ \t]*(?:→|->|⇒|⟶|–|—)[ \t]*([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})/u;
/** Whether the run is a stop of a route whose other end is a known place that is no first name. */
const onRouteWithPlace = (text: string, start: number, end: number, g: Gazetteer) => besideKnownPlace(text, start, end, g, ROUTE_BEFORE, ROUTE_AFTER, 40);
/**
 * Whether the words that `before` (ending at the run) or `after` (starting after it) capture, within `reach`
 * characters, are a known place that is no first name and no everyday word.
 */
function besideKnownPlace(text: string, start: number, end: number, g: Gazetteer, before: RegExp, after: RegExp, reach: number): boolean {
  const isPlace = (name: string) => {
    const lower = name.toLowerCase();
    return g.places.has(lower) && !g.first.has(lower) && !g.everyday.has(lower);
  };
  const left = before.exec(text.slice(Math.max(0, start - reach), start));
  if (left && isPlace(left[1]!)) return true;
  const right = after.exec(text.slice(end, end + reach));
  return !!right && isPlace(right[1]!);
}
/**
 * Finnish local cases glued to a town's name: inessive "Oulussa", elative "Oulusta", adessive "Saimaalla",
 * ablative "Tampereelta" (a final -e doubles before the ending), allative, essive, and the illative that
 * doubles the last vowel ("Helsinkiin", "Ouluun"). Only a stem that is a known place and no first name
 * counts; consonant gradation ("Turussa" ← "Turku") is not undone.
 */
const FINNISH_CASE_ENDING = /^(.{3,}?)(?:ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|n[aä])$/;
const FINNISH_ILLATIVE = /^(.{3,}([aeiouyäö]))\2n$/;
function finnishCaseOfPlace(lower: string, g: Gazetteer): boolean {
  if (lower.length < 6) return false;
  const isPlaceStem = (stem: string) => g.places.has(stem) && !g.first.has(stem);
  const illative = FINNISH_ILLATIVE.exec(lower);
  if (illative && isPlaceStem(illative[1]!)) return true;
  const local = FINNISH_CASE_ENDING.exec(lower);
  if (!local) return false;
  const stem = local[1]!;
  return isPlaceStem(stem) || (stem.endsWith('ee') && isPlaceStem(stem.slice(0, -1)));
}

/** Prepositions of Polish, Czech, Slovak and the South Slavic languages before a town in a case form. */
const SLAVIC_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set('w|we|z|ze|do|na|od|przy|pod|nad|spod|v|ve|u|k|ke|iz|kod|prema|blizu'.split('|'));
/**
 * Case endings of town names in those languages and the nominative endings they come from: locative
 * "Krakowie" ← "Kraków", "Lublinie" ← "Lublin", "Brně" ← "Brno", "Praze" ← "Praha"; genitive
 * "Zakopanego" ← "Zakopane", "Gliwic" ← "Gliwice", "Warszawy" ← "Warszawa"; South Slavic "Zagrebu" ←
 * "Zagreb", "Rijeci" ← "Rijeka"; consonant changes such as "Włocławku" ← "Włocławek", "Żywcu" ← "Żywiec".
 * Only a form whose nominative is a known place (or a town that is no surname) and no first name counts.
 */
const SLAVIC_CASE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['owie', ['ów', 'owo', 'owa']],
  ['owem', ['ów']],
  ['owa', ['ów', 'owo']],
  ['cia', ['ć']],
  ['ku', ['ek', 'k']],
  ['cu', ['iec', 'ec']],
  ['iach', ['e']],
  ['ach', ['e', 'y']],
  ['ego', ['e']],
  ['niu', ['ń']],
  ['nia', ['ń']],
  ['iu', ['', 'ia']],
  ['ie', ['', 'a', 'e']],
  ['em', ['e', '']],
  ['ą', ['a']],
  ['ni', ['eň', 'ń', 'na']],
  ['ci', ['ka', 'c', 'ec', 'ce']],
  ['ze', ['ha']],
  ['ně', ['ň']],
  ['ě', ['o', 'a', '']],
  ['u', ['', 'o', 'a']],
  ['a', ['', 'o']],
  ['y', ['a', 'e']],
  ['i', ['a', '', 'e']],
  ['e', ['a']],
  ['', ['e', 'y']],
];
/**
 * Case endings of adjectives in town names and the nominative endings they come from: "Nowego Targu"
 * ← "Nowy Targ", "Kazimierzu Dolnym" ← "Kazimierz Dolny", "Grodzisku Mazowieckim" ← "Grodzisk
 * Mazowiecki", "Kutné Hory" ← "Kutná Hora", "Dolného Kubína" ← "Dolný Kubín".
 */
const SLAVIC_ADJECTIVE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['skiego', ['ski']],
  ['ckiego', ['cki']],
  ['ego', ['y', 'i']],
  ['ého', ['ý']],
  ['ém', ['ý', 'á']],
  ['ej', ['a']],
  ['ym', ['y']],
  ['im', ['i']],
  ['om', ['ý', 'y', 'i']],
  ['ą', ['a']],
  ['é', ['á']],
  ['og', ['i', 'o']],
  ['ova', ['ův']],
  ['ovu', ['ův']],
];
/**
 * The nominatives of a word in a case form by one of the ending tables, in the table's order; a stem
 * left shorter than `minStem` letters is no word.
 */
function nominatives(word: string, table: ReadonlyArray<readonly [string, readonly string[]]>, minStem = 2): string[] {
  const out: string[] = [];
  for (const [ending, forms] of table) {
    if (!word.endsWith(ending) || word.length - ending.length < minStem) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const n of forms) out.push(stem + n);
  }
  return out;
}
/** Whether two words in case forms name a known place or town: adjective and noun in either order. */
function inflectedTwoWordPlace(a: string, b: string, g: Gazetteer): boolean {
  const isPlaceName = (x: string) => g.places.has(x) || g.towns.has(x);
  const nounsA = [a, ...nominatives(a, SLAVIC_CASE_ENDINGS)];
  const nounsB = [b, ...nominatives(b, SLAVIC_CASE_ENDINGS)];
  const adjectivesA = [a, ...nominatives(a, SLAVIC_ADJECTIVE_ENDINGS)];
  const adjectivesB = [b, ...nominatives(b, SLAVIC_ADJECTIVE_ENDINGS)];
  for (const x of adjectivesA) for (const y of nounsB) if (`${x} ${y}` !== `${a} ${b}` && isPlaceName(`${x} ${y}`)) return true;
  for (const x of nounsA) for (const y of adjectivesB) if (`${x} ${y}` !== `${a} ${b}` && isPlaceName(`${x} ${y}`)) return true;
  return false;
}
/** Whether `word` (lower case) is a case form of a known place or town that is no name. */
function inflectedPlace(word: string, g: Gazetteer): boolean {
  if (word.length < 4) return false;
  for (const candidate of nominatives(word, SLAVIC_CASE_ENDINGS, 3)) {
    if (candidate === word || g.first.has(candidate)) continue;
    // A known place may also be a surname (Kalisz); a town of the weak list may not.
    if (g.places.has(candidate) || (g.towns.has(candidate) && !g.last.has(candidate))) return true;
  }
  return false;
}

/** Letters of Polish, Czech and Slovak that no other language of the lists writes. */
const SLAVIC_LETTER = /[ąćęłńśźżčďěňřšťůľĺŕ]/i;
/**
 * A test of the whole text by `re`, answered once per text: the runs of one text ask it again and again.
 * Only the last text's answer is kept.
 */
function perText(re: RegExp): (text: string) => boolean {
  let last = '';
  let answer = false;
  return (text) => {
    if (text !== last) {
      last = text;
      answer = re.test(text);
    }
    return answer;
  };
}
/** Whether the text is Polish, Czech or Slovak, by its letters. */
const slavicText = perText(SLAVIC_LETTER);
/**
 * Case endings of first names and surnames in Polish, Czech and Slovak and the nominative endings they
 * come from: instrumental "Janem" ← "Jan", "Martą" ← "Marta", "Nowakiem" ← "Nowak", "Kowalskim" ←
 * "Kowalski"; dative "Jackowi" ← "Jacek", "Petrovi" ← "Petr"; genitive "Kasi" ← "Kasia", "Renaty" ←
 * "Renata", "Lukáše" ← "Lukáš"; vocative "Zofio" ← "Zofia", "Kasiu" ← "Kasia".
 */
const NAME_CASE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['skiego', ['ski']],
  ['skiej', ['ska']],
  ['skim', ['ski']],
  ['ckiej', ['cka']],
  ['ckim', ['cki']],
  ['kiem', ['k', 'ek']],
  ['kowi', ['k', 'ek']],
  ['ové', ['ová']],
  ['owi', ['']],
  ['ovi', ['']],
  ['em', ['']],
  ['ou', ['a']],
  ['ą', ['a']],
  ['ę', ['a']],
  ['iu', ['ia']],
  ['ka', ['ek']],
  ['i', ['ia', 'a']],
  ['y', ['a']],
  ['o', ['a']],
  ['ě', ['a']],
  ['e', ['']],
  ['a', ['']],
];
/** Word.FIRST or Word.LAST when `word` (lower case) is a case form of a first name or a surname, else 0. */
function nameInCaseForm(word: string, g: Gazetteer): number {
  if (word.length < 4) return 0;
  for (const candidate of nominatives(word, NAME_CASE_ENDINGS)) {
    if (candidate === word || g.places.has(candidate) || g.common.has(candidate)) continue;
    if (g.first.has(candidate)) return Word.FIRST;
    if (g.last.has(candidate)) return Word.LAST;
  }
  return 0;
}

/** Words for "in" and "near" (cueTail's last word before a run). */
const IN_WORDS: ReadonlySet<string> = new Set('in|near|nach|aus|bei|uit|naar|bij|dans|en|em|nel|nella|im'.split('|'));

/** `s.split(' ')`, without the runtime call that splitting a string that is no literal costs. */
function splitSpaces(s: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', from)) {
    parts.push(s.slice(from, at));
    from = at + 1;
  }
  parts.push(s.slice(from));
  return parts;
}

// These run for every word of every run: plain string operations, no expression.
/** Lower case, without trailing full stops and apostrophes (`/[.'’]+$/`). */
function plainWord(w: string): string {
  let e = w.length;
  for (let c = w.charCodeAt(e - 1); e > 0 && (c === 46 || c === 39 || c === 0x2019); c = w.charCodeAt(e - 1)) e--;
  return (e === w.length ? w : w.slice(0, e)).toLowerCase();
}

/** Last words of the strong cues above (a one-character sign such as ":" or "=" always gets the full test). */
/**
 * Split by the expression they end: a title (TITLE_BEFORE; "ra" and "ssa" end "Sig.ra" and "Dott.ssa"),
 * or a strong cue (STRONG_PERSON_CONTEXT; "to" also ends SPEECH_TO_BEFORE). A word cue runs only the
 * expressions it can end.
 */
const TITLE_CUE_ENDS: ReadonlySet<string> = new Set(
  'mr|mrs|ms|mx|miss|dr|prof|sir|madam|dame|lord|lady|rev|fr|herr|frau|mme|mlle|sra|srta|sr|sig|signa|ssa|ra|dott|meneer|mevrouw|dhr|mevr|monsieur|madame|mademoiselle|señor|señora|signor|signora|senhor|senhora'.split('|'),
);
const STRONG_CUE_ENDS: ReadonlySet<string> = new Set(
  'dear|is|named|called|am|i\'m|him|her|them|me|signed|sincerely|regards|yours|cheers|attn|by|with|to|for|name|of|patient|tenant|applicant|employee|assignee|reporter'.split('|'),
);
const PERSON_CUE_ENDS: ReadonlySet<string> = new Set([...TITLE_CUE_ENDS, ...STRONG_CUE_ENDS]);
const PLACE_CUE_ENDS: ReadonlySet<string> = new Set(
  'in|from|to|at|of|city|visit|visited|visiting|near|outside|serving|northern|southern|eastern|western|central|the|trip|flight|fly|flew|de|du|di|da|do|barrio|bairro|quartier'.split('|'),
);

/** The word before position `i`, lower-cased without a trailing full stop or comma; or the sign there (":", "="). */
/** `/[\p{L}'’]/u` on one UTF-16 unit, ASCII decided without the expression. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return c === 0x2019 || LETTER_UNIT.test(text[i]!);
}
const LETTER_UNIT = /\p{L}/u;

function wordBefore(text: string, i: number): string {
  let end = i;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\n' || text[end - 1] === '"' || text[end - 1] === "'")) end--;
  let start = end;
  while (start > 0 && end - start < 20 && isWordUnit(text, start - 1)) start--;
  if (start === end) return text.slice(Math.max(0, end - 1), end);
  return text.slice(start, end).toLowerCase();
}

/**
 * Before a run whose cue is a full stop or a comma: whether the word before that sign ("Dr." "Regards,")
 * can end a strong person cue (`…\.?,?\s*`). A word that is not plain ASCII letters is left to the expressions.
 */
function cueWordBeforeSign(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\n' || text[end - 1] === '"' || text[end - 1] === "'")) end--;
  // The sign, and a full stop before a comma ("Jr.,").
  end--;
  if (text[end] === ',' && text[end - 1] === '.') end--;
  let from = end;
  while (from > 0 && end - from < 20 && isWordUnit(text, from - 1)) from--;
  const word = text.slice(from, end).toLowerCase();
  if (!/^[a-z]*$/.test(word)) return true;
  return PERSON_CUE_ENDS.has(word) || word === 'm';
}

/** True where a capital letter is expected anyway: the start of a text, a sentence, a line or a field. */
export function sentenceStart(text: string, index: number): boolean {
  // `/(?:[.!?:;"“([{|\t]\s*|,|\n\s*|^\s*)$/` on the three units before `index`, read from the end:
  // spaces up to a tab or a line break, or to the start of the three; else the unit before the spaces.
  if (index === 0) return true;
  const from = Math.max(0, index - 3);
  let i = index;
  while (i > from && isSpaceUnit(text.charCodeAt(i - 1))) {
    const c = text.charCodeAt(i - 1);
    if (c === 9 || c === 10) return true;
    i--;
  }
  if (i === from) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 44) return i === index;
  return SENTENCE_SIGNS.has(c);
}
/** The signs after which (and spaces) a capital opens a sentence or a field: `.!?:;"“([{|`. */
const SENTENCE_SIGNS: ReadonlySet<number> = new Set([...'.!?:;"“([{|'].map((c) => c.charCodeAt(0)));

/** `/^[\p{Lu}][\p{Ll}]/u`: a capital, then a small letter; ASCII decided without the expression. */
function titleCased(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return TITLE_CASED.test(w);
}
const TITLE_CASED = /^[\p{Lu}][\p{Ll}]/u;

/**
 * Capitalised word runs judged as a person, a place or neither: gazetteer hits (first and last names,
 * places), the words before and after (titles, field labels, "lives in", "said"), and the shape of the
 * run (initials, sentence position). A word that is also everyday English needs context.
 */
export function findNamesAndPlaces(text: string, g: Gazetteer, out: PiiMatch[], person: boolean, location: boolean, index: TextIndex = indexText(text)): void {
  // Runs start at capitals: the expression is tried at the capitals only, not at every position.
  CAP_RUN.lastIndex = 0;
  const cursor = { k: 0 };
  let m: RegExpExecArray | null;
  while ((m = nextAt(CAP_RUN, text, index.upper, cursor)) !== null) {
    // One word that opens sentences ("The", "Please") and is no first name: nothing below can make it a name.
    if (m[0].indexOf(' ') < 0 && isSentenceWord(m[0], g) && (wordBits(g, plainWord(m[0])) & Word.FIRST) === 0) continue;
    // "seit Mai", "zum 1. Juli": a month that is also a first name, after a word of time.
    if (m[0].indexOf(' ') < 0 && MONTH_FIRST_NAMES.has(m[0].toLowerCase()) && TIME_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "Elle a fait", "Er wohnt", "Ella vive": a pronoun before a lower-case word opens a sentence.
    if (m[0].indexOf(' ') < 0 && PRONOUN.test(m[0]) && sentenceStart(text, m.index) && pronounBeforeVerb(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "Happy birthday, Nan!", "Hi Mama": a word for a relative, alone, names no one.
    if (m[0].indexOf(' ') < 0 && KIN_WORD.test(m[0]) && /^(?:[,.!?;:)]|\s*$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    let words = splitSpaces(m[0]);
    let start = m.index;
    // A full stop after a word (not an initial or a title) ends the sentence: "in Recife. It was".
    // A possessive after the second word ends the name: "Ilse Marwitz's Collected Letters".
    // So does the possessive of a known place ("Ethiopia's Tigist Assefa"), after the first word too.
    let stop = -1;
    for (let i = 0; i < words.length - 1; i++) {
      const w = words[i]!;
      if (
        (w.length > 2 && w.charCodeAt(w.length - 1) === 46 && !ABBREVIATION.test(w)) ||
        (w.charCodeAt(w.length - 1) === 115 && /['’]s$/.test(w) && (i >= 1 || g.places.has(plainWord(w.slice(0, -2)))))
      ) {
        stop = i;
        break;
      }
    }
    if (stop >= 0) {
      words = words.slice(0, stop + 1);
      CAP_RUN.lastIndex = m.index + words.join(' ').length + 1;
    }
    // A capitalised little word inside a title-case run ends the part before it: "Carry Me Back To Canada".
    let joint = -1;
    for (let i = 1; i < words.length - 1; i++) {
      if (TITLE_JOINT_WORDS.has(words[i]!)) {
        joint = i;
        break;
      }
    }
    if (joint > 0 && !g.places.has(stripDot(words.join(' ')).toLowerCase())) {
      words = words.slice(0, joint);
      CAP_RUN.lastIndex = m.index + words.join(' ').length + 1;
    }
    // "Herr Müller", "Mme Dubois": the title is a cue, not part of the name; "Herr Doktor" names no one.
    // "Team von Herrn Matthias Grünewald": a title later in the run opens the name too.
    let titleAt = -1;
    // After other words "Dr." is as often Drive ("45 Maple Dr. Springfield"): only the first word may be it.
    for (let i = 0; i < Math.min(3, words.length - 1) && titleAt < 0; i++) if (isTitleWord(words[i]!) && (i === 0 || !/^Dr\.?$/.test(words[i]!))) titleAt = i;
    if (titleAt >= 0) {
      start += words.slice(0, titleAt + 1).join(' ').length + 1;
      words = words.slice(titleAt + 1);
      // "Herr Professor Schmidt": the office after the title is no part of the name either.
      if (OFFICE_NOUN_WORDS.has(plainWord(words[0]!))) {
        if (words.length === 1) continue;
        start += words[0]!.length + 1;
        words = words.slice(1);
      }
      const w0 = plainWord(words[0]!);
      if (words.length === 1 && (g.common.has(w0) || g.english.has(w0)) && !g.first.has(w0) && !g.last.has(w0) && !g.nameParts.has(w0)) continue;
    }
    // "Finance Minister Oleksandr Hrytsenko", "Coach Bettina Sorensen": the office before the name is no part of it,
    // when what follows is no ordinary word or place ("General Electric", "Captain America").
    let roleBefore = false;
    if (words.length > 1) {
      let k = -1;
      for (let i = 0; i < words.length - 1; i++) if (ROLE_WORD_WORDS.has(plainWord(words[i]!))) k = i;
      // Looked up only after an office word: most runs have none.
      const rest = k >= 0 ? words.slice(k + 1).map(plainWord) : [];
      const named = k >= 0 && (rest.length >= 2 || rest.some((w) => g.first.has(w) || g.last.has(w) || g.nameParts.has(w)));
      if (k >= 0 && named && rest.every((w) => !g.common.has(w) && !g.english.has(w) && !g.everyday.has(w) && !g.places.has(w) && !NAME_PARTICLES.has(w))) {
        start += words.slice(0, k + 1).join(' ').length + 1;
        words = words.slice(k + 1);
        roleBefore = true;
      }
    }
    const wholePlace = words.length > 1 && g.places.has(stripDot(m[0]).toLowerCase());
    // A common word opening the run is not part of the name ("Please call John Smith"), unless the
    // whole run is a known place ("New Zealand").
    // "She named him Frank", "Dear Will,": a first name that is also a word stays after a strong cue.
    const cue0 = wordBefore(text, start);
    const named = (PERSON_CUE_ENDS.has(cue0) || cue0.length === 1) && (wordBits(g, plainWord(words[0]!)) & Word.FIRST) !== 0 && titleCased(words[0]!);
    const namedHere = named && (TITLE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || STRONG_PERSON_CONTEXT.test(text.slice(Math.max(0, start - 40), start)));
    // "Hurricane Helene", "Storm Ciarán", "HMS Victory": a storm or a ship named like a person.
    if (words.length > 1 && STORM_OR_SHIP_WORDS.has(plainWord(words[0]!))) continue;
    // "Memorial Day", "Christmas Eve", "Columbus Day": a day named after someone or something names no one
    // ("Doris Day" keeps her first name, one that is no surname or place; blind batch AF).
    if (words.length > 1 && HOLIDAY_LAST.test(plainWord(words[words.length - 1]!)) && !onlyFirstName(wordBits(g, plainWord(words[0]!)))) continue;
    // "Real Madrid 2-1", "Aston Villa v Chelsea", "Sevilla FC": a team, neither a person nor its city.
    if (sportsTeam(text, start, start + words.join(' ').length, words)) continue;
    const start0 = start;
    while (!wholePlace && !namedHere && words.length > 0 && isSentenceWord(words[0]!, g) && !eastAsianName(words, g)) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (words.length === 0) continue;
    // The cue regexes are long; the word (or sign) right before the run says whether one can match.
    // Where the run still starts at the same place, the cue word and the two tests of `namedHere` are known.
    const sameStart = start === start0;
    const cue = sameStart ? cue0 : wordBefore(text, start);
    const context = text.slice(Math.max(0, start - 40), start);
    // After a full stop or a comma (most sentence starts) only a title or a cue word right before it can
    // make a strong cue ("Dr. Okafor", "Regards, Petra"), and no place cue ends so.
    const afterStop = cue === '.' || cue === ',';
    const strongPerson =
      roleBefore ||
      ((PERSON_CUE_ENDS.has(cue) || (cue.length === 1 && (!afterStop || cueWordBeforeSign(text, start)))) &&
        ((sameStart && named
          ? namedHere
          : ((cue.length === 1 || STRONG_CUE_ENDS.has(cue)) && STRONG_PERSON_CONTEXT.test(context)) || ((cue.length === 1 || TITLE_CUE_ENDS.has(cue)) && TITLE_BEFORE.test(context))) ||
          ((cue.length === 1 || cue === 'to') && SPEECH_TO_BEFORE.test(context))));
    const strongPlace = (PLACE_CUE_ENDS.has(cue) || (cue.length === 1 && !afterStop)) && STRONG_PLACE_CONTEXT.test(context);
    // "El paciente", "La paziente", "Der Kunde": an article before a lower-case word opens a sentence.
    if (words.length === 1 && ARTICLE_WORDS.has(words[0]!) && sentenceStart(text, start) && /^ \p{Ll}/u.test(text.slice(start + words[0]!.length, start + words[0]!.length + 2))) continue;
    // A sentence's first word is capitalised anyway: keep it only when it is a known name or place.
    if (!wholePlace && words.length > 1 && !strongPerson && !strongPlace && sentenceStart(text, start)) {
      const w0 = plainWord(words[0]!);
      // "Seán O'Sullivan": a word no English list knows before a surname is the first name, not a sentence word.
      const w1 = plainWord(words[words.length - 1]!);
      const beforeSurname = !g.english.has(w0) && !g.everyday.has(w0) && (g.last.has(w1) || /^(?:O['’]|Mc|Mac)\p{Lu}\p{Ll}{2,}$/u.test(words[words.length - 1]!));
      const initial = /^[\p{Lu}]\.$/u.test(words[0]!);
      // "Maika van de Noort": a Dutch or German particle after the word makes it a first name.
      const beforeParticle = words.length > 2 && GERMANIC_PARTICLE.test(words[1]!);
      if (!g.first.has(w0) && !g.last.has(w0) && !g.places.has(w0) && !g.nameParts.has(w0) && !beforeSurname && !initial && !beforeParticle && !eastAsianName(words, g)) {
        start += words[0]!.length + 1;
        words = words.slice(1);
      }
    }
    // "Política de Privacidad", "PARTE DE SINIESTRO": with its first word gone, a run opened by a
    // particle is the tail of a title-case phrase; a surname keeps its particle after a title only.
    if (!strongPerson && !wholePlace && words.length > 1 && (NAME_PARTICLES.has(words[0]!) || CAPITAL_PARTICLE.test(words[0]!)) && !words.some(isTitleWord)) continue;
    if (words.length > 1 && UNIT_WORD_WORDS.has(plainWord(words[words.length - 1]!))) continue;
    // "the Marshall Plan", "the Nobel Prize", "Down Syndrome": a plan, a prize or a law named after someone names no one here.
    if (words.length > 1 && EPONYM_NOUN_WORDS.has(plainWord(words[words.length - 1]!))) continue;
    // "2x Jasmine Green Tea", "1 x Earl Grey": a quantity before the run makes it an article of an order.
    if (quantityBefore(text, start)) continue;
    // "Line Cook", "Store Manager", "Sous Chef": a job, an ordinary word before the job's noun (checked
    // before the noun, an ordinary word too, is cut off below).
    if (words.length === 2 && !strongPerson && isJobTitle(words, g)) continue;
    // (Not a natural place's kind word closing the run after a name: "Bass Strait", "Cradle Mountain" are
    // places, not words; "Green Valley Dental" is a firm's name, cut to words.)
    const closedByKindWord = words.length >= 2 && GEO_LAST_WORDS.has(plainWord(words[words.length - 1]!)) && !g.common.has(plainWord(words[0]!));
    while (!wholePlace && !closedByKindWord && words.length > 0 && (wordBits(g, plainWord(words[words.length - 1]!)) & (Word.COMMON | Word.FIRST)) === Word.COMMON) {
      words = words.slice(0, -1);
    }
    if (words.length === 0 || words.length > 5) continue;
    // "Maite Lemmens's killers": the possessive ending is not part of the name.
    const lastWord = words[words.length - 1]!;
    const q = lastWord.charCodeAt(lastWord.length - 2);
    if (lastWord.charCodeAt(lastWord.length - 1) === 115 && (q === 39 || q === 0x2019)) words[words.length - 1] = lastWord.slice(0, -2);
    // "nom = 'Dupuis'", "the Joneses' car": a closing quote or a plural possessive is no part of the name.
    else if (/['’]$/.test(lastWord) && lastWord.length > 2) words[words.length - 1] = lastWord.slice(0, -1);
    // "the Brisbane CBD": a business district's abbreviation after a town is no part of its name.
    if (words.length > 1 && /^(?:CBD|HQ)\.?$/.test(words[words.length - 1]!)) words.pop();
    const phrase = stripDot(words.join(' '));
    const end = start + phrase.length;
    // "Parkinson's disease", "the Rhodes scholarships": a disease or a prize named after someone names no one here.
    if (EPONYM_AFTER.test(text.slice(end, end + 24))) continue;
    judgeRun(text, g, out, { words, phrase, start, end, wholePlace, strongPerson, strongPlace, labelCue: cue.length === 1 }, person, location);
  }
}

/**
 * A word that opens sentences and is no name ("The", "Could", "He's", "March"), asked for most runs:
 * the answer is kept per word (per gazetteer), in a map emptied when full.
 */
function isSentenceWord(word: string, g: Gazetteer): boolean {
  return perWord(SENTENCE_WORDS, g, word, sentenceWordOf);
}
const sentenceWordOf = (g: Gazetteer, word: string): boolean => sentenceWord(word, g);
const SENTENCE_WORDS = new WeakMap<Gazetteer, Map<string, boolean>>();

function sentenceWord(word: string, g: Gazetteer): boolean {
  // "He's", "It's": a pronoun with a verb is no name.
  let w = stripDot(word);
  if (w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 2) === 0x2019)) w = w.slice(0, -2);
  if (g.common.has(w.toLowerCase())) return true;
  // "En Valencia, a 15 de noviembre", "Nach Hamburg …": a preposition of another language opening a sentence (blind batch AG).
  if (OPENING_PREPOSITIONS.has(w)) return true;
  // ASCII words by a set lookup; others (case folding outside ASCII) by the expression.
  return ASCII_WORD.test(w) ? MONTH_DAY_WORDS.has(w.toLowerCase()) : MONTHS_DAYS.test(w);
}

/** Whether the text is German, by its umlauts and ß or a few of its commonest words. */
const germanText = perText(/[äöüß]|\b(?:und|der|die|das|nicht|mit|für|ist)\b/);

/** Prepositions of place in Spanish, Portuguese, French, German and Dutch, as they open a sentence. */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['En', 'Em', 'Desde', 'Hacia', 'Dans', 'Nach', 'Aus', 'Bei', 'Naar', 'Uit']);

/** A person cue (PERSON_CONTEXT) ends `before`; `tail` is its `cueTail`. */
const personContextBefore = (tail: string, before: string) => mayEndWithCue(tail, PERSON_CONTEXT_ENDS) && PERSON_CONTEXT.test(before);
/** A place cue (PLACE_CONTEXT) ends `before`. */
const placeContextBefore = (tail: string, before: string) => mayEndWithCue(tail, PLACE_CONTEXT_ENDS) && PLACE_CONTEXT.test(before);
/** The run at `start` is alone on the line after a sign-off. */
const signOffBefore = (text: string, start: number, after: string) =>
  text.charCodeAt(start - 1) === 10 && /^[ \t]*(?:\r?\n|$)/.test(after) && SIGN_OFF_BEFORE.test(text.slice(Math.max(0, start - 32), start));
/** The street words that are common words (a run ends before them), right after the run, and no street word after them. */
const COMMON_STREET_WORD_AFTER = /^ (?:Street|Road|Avenue|Drive|Lane|Court|Boulevard)(?![\p{L}\p{N}])(?! (?:Street|Road|Avenue|St|Rd|Ave)\b)/u;
/** A street word right after the run: "Berg Hills Street", "Lake View Road" are streets. */
const STREET_WORD_AFTER = /^ (?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent)\b/;
/** Kind words that open a natural place's name ("Lake Placid", "Mount Marcy", "Lago Maggiore", "Monte Rosa"). */
const GEO_FIRST_WORDS: ReadonlySet<string> = new Set(
  'lake|mount|mt|river|county|lac|lago|monte|mont|río|rio|isla|isle|cape|cabo|gunung|danau|pulau|sungai|serra|sierra|cerro|gili|bukit|teluk|tanjung|selat|kepulauan|nusa|ilha|île|isola|insel|loch|lough|golfo|bahía|baía|praia|playa'.split('|'),
);
/** Kind words that open a place's name only before a particle ("Delta del Ebro", "Costa del Sol", "Valle d'Aosta"): alone they are firms and names. */
const GEO_FIRST_BEFORE_PARTICLE: ReadonlySet<string> = new Set('delta|costa|valle|val|puerto|porto|campo|villa|vila|sierra|serra|ciudad|cidade|isla|ilha'.split('|'));
/**
 * Kind words that close one, or a county's ("Tana River", "Okanagan Lake", "Garissa County", "Rift
 * Valley"), and a city's or a beach's ("Cebu City", "Nacpan Beach"), whoever it is named after.
 */
const GEO_LAST_WORDS: ReadonlySet<string> = new Set(
  (
    'lake|river|creek|county|valley|hills|mountains|mountain|alps|peninsula|island|islands|bay|gulf|sea|ocean|desert|glacier|canyon|falls|archipelago|highlands|lowlands|delta|fjord|strait|city|beach|airport|reef|forest|lagoon|cove|gorge|coast|' +
    // Sounds and passes, and the kinds of a region ("Milford Sound", "Harris Saddle", "the Texas Panhandle", "the
    // North York Moors"; blind batch AD). Not "Track", "Trail" or "Plains": generated addresses use them as street
    // words ("the corner of ul. Cicha 86 and Leokadia Trail").
    'sound|saddle|panhandle|plateau|moors|dales|wolds|steppe|' +
    // A region by its kind ("Plovdiv Province", "Kamchatka Krai"), German "Wald", and the compass words of Indonesian city districts ("Jakarta Barat").
    'province|prefecture|oblast|krai|voivodeship|governorate|wald|barat|timur|utara|selatan'
  ).split('|'),
);
/** Season's greetings in the languages of the lists, whose words are also names and places ("Noël", "Natal"). */
const SEASON_GREETING = /^(?:Joyeux Noël|Feliz Natal|Feliz Navidad|Buon Natale|Frohe Weihnachten|Fröhliche Weihnachten|Prettige Kerstdagen|Vrolijk Kerstfeest|Wesołych Świąt|God Jul|Merry Christmas|Happy Diwali|Eid Mubarak|Ramadan Kareem|Bonne Année|Feliz Año Nuevo|Feliz Ano Novo|Felice Anno Nuovo|Frohes Neues Jahr|Happy New Year)$/i;
/**
 * Kind words that close a landmark's name: forts, palaces, temples, mosques, castles ("Hawa Mahal", "City Palace",
 * "Meenakshi Amman Temple", "Edinburgh Castle"). Not churches, museums or schools: blind writers label those
 * organisations. ("Fort" is also a common word, which ends a run before it is asked here: "Amber Fort" stays
 * unread, blind batch AH.)
 */
const LANDMARK_LAST_WORDS: ReadonlySet<string> = new Set(
  // Grounds and roads by name ("Kinetic Stadium", "Don Valley Parkway", "Bloor Viaduct"; blind batch AI).
  'fort|fortress|palace|mahal|temple|mandir|masjid|mosque|pagoda|castle|citadel|ghat|ghats|stadium|arboretum|marae|jetty|viaduct|skyway|parkway|motorway|expressway|freeway'.split('|'),
);
/** LANDMARK_LAST_WORDS that are also common surnames ("Shirley Temple", "Roy Castle"). */
const SURNAME_LANDMARK_WORDS: ReadonlySet<string> = new Set(['temple', 'castle']);
/** An apostrophe and a Turkish case ending closing a word: locative, ablative, dative, genitive, accusative. */
const TURKISH_CASE_ENDING = /\p{L}(['’](?:d[ae]n?|t[ae]n?|y[ae]|n[ıiuü]n|[ıiuü]n|y?[ıiuü]|[ae]))$/u;
/** "the" right before the run. */
const afterTheBefore = (tail: string, before: string) => (tail === 'the' || tail === ANY_CUE) && /\bthe\s+$/i.test(before);

interface Run {
  words: string[];
  phrase: string;
  start: number;
  end: number;
  wholePlace: boolean;
  strongPerson: boolean;
  strongPlace: boolean;
  /** The word before is a sign (":", "="): the strong cue, if any, is a label such as "Customer:". */
  labelCue: boolean;
}

function judgeRun(text: string, g: Gazetteer, out: PiiMatch[], run: Run, person: boolean, location: boolean): void {
  const { words, phrase, start, end } = run;
  // "Peach Melba", "Earl Grey", "Eggs Benedict": a dish or a drink named after someone.
  if (words.length <= 3 && NAMED_DISHES.has(phrase.toLowerCase())) return;
  // "Joyeux Noël", "Feliz Natal": a season's greeting names no one and no place (blind batch AH).
  if (words.length <= 3 && SEASON_GREETING.test(phrase)) return;
  // "Boston cream pie", "Brazil nut brownie", "Naples Yellow", "Paris Green": a dish or a pigment named
  // after a place (blind batch AA's menu and paint chart), when the place's name is no one's.
  if (words.length <= 2 && namedAfterPlace(text, end, words, g)) return;
  // (HONORIFIC needs a hyphen.)
  const honorific = words.length === 1 && words[0]!.includes('-') ? HONORIFIC.exec(words[0]!) : null;
  if (honorific) {
    if (person && !g.common.has(honorific[1]!.toLowerCase())) out.push({ type: 'PERSON', format: 'PERSON', start, end: start + honorific[1]!.length, score: 0.75 });
    return;
  }
  // "Policyholder: Alejandro …", "DESTINATAIRE: M. …": a form's label before its value is no name.
  if (text.charCodeAt(end) === 58 && words.length <= 2 && isFieldLabel(phrase)) return;
  // "İzmir'de", "Ankara'dan", "Aydın'da": Turkish writes a place's case ending after an apostrophe; a
  // known place before it is the place.
  const caseEnding = words.length <= 3 ? TURKISH_CASE_ENDING.exec(stripDot(words[words.length - 1]!)) : null;
  if (caseEnding) {
    const placeEnd = end - caseEnding[1]!.length;
    if ((wordBits(g, text.slice(start, placeEnd).toLowerCase()) & Word.PLACE) !== 0) {
      if (location) out.push({ type: 'LOCATION', format: 'LOCATION', start, end: placeEnd, score: 0.8 });
      return;
    }
  }
  // "Children's Mercy", "St. Jude's Hospital": a possessive inside the run names a thing of someone, not a person
  // (a name's own possessive, "Rick Stein's place", closes the run instead; blind batch AH). After it, two words or
  // more are judged on their own: "Bridgewater's Parker Suknović" is a firm's person.
  for (let i = 0; i < words.length - 1; i++) {
    if (!/\p{L}['’]s$/u.test(words[i]!)) continue;
    const rest = words.slice(i + 1);
    if (rest.length >= 2) {
      const restPhrase = rest.join(' ');
      const restStart = end - restPhrase.length;
      if (text.slice(restStart, end) === restPhrase) judgeRun(text, g, out, { ...run, words: rest, phrase: restPhrase, start: restStart }, person, location);
    }
    return;
  }
  const lower = phrase.toLowerCase();
  // The sets holding the phrase and each plain word, looked up once (`Word` bits).
  const lowerBits = wordBits(g, lower);
  // "Paris-Bordeaux", "Lyon–Marseille": a route between two known places written as one word, when the
  // whole is no place itself ("Cluj-Napoca", "Baden-Baden" are) (blind batch AH).
  if (words.length === 1 && location && /^\p{Lu}\p{Ll}+[-–]\p{Lu}\p{Ll}+$/u.test(phrase) && (lowerBits & Word.PLACE) === 0) {
    const cut = phrase.search(/[-–]/);
    const halves = [lower.slice(0, cut), lower.slice(cut + 1)];
    // (A half may also be a name, "Paris", but not both: "Florence-Georgia" is a double first name.)
    const halfBits = halves.map((h) => wordBits(g, h));
    if (halfBits.every((b) => (b & Word.PLACE) !== 0) && halfBits.some((b) => (b & (Word.FIRST | Word.LAST)) === 0)) {
      out.push({ type: 'LOCATION', format: 'LOCATION', start, end: start + cut, score: 0.75 });
      out.push({ type: 'LOCATION', format: 'LOCATION', start: start + cut + 1, end, score: 0.75 });
      return;
    }
  }
  const plain = words.map(plainWord);
  const bits: number[] = [];
  for (const w of plain) bits.push(wordBits(g, w));
  // "z Janem Wieczorkiem", "Daj znać Jackowi": in a Slavic text a name in a case form is read by its nominative.
  if (slavicText(text)) {
    for (let i = 0; i < plain.length; i++) if ((bits[i]! & (Word.FIRST | Word.LAST | Word.PLACE)) === 0) bits[i]! |= nameInCaseForm(plain[i]!, g);
  }
  const lastBits = bits[bits.length - 1]!;
  // "en Córdoba y Montoro", "tra Belluno e Feltre": two places joined by "y" or "e", which also join a double
  // surname ("Ortega y Gasset"): a known place first, that is no name or comes after a place cue ("en"), and a
  // known place or an unknown town after.
  if (words.length === 3 && (words[1] === 'y' || words[1] === 'e') && !run.strongPerson && (bits[0]! & Word.PLACE) !== 0) {
    const onlyPlace = (b: number) => (b & Word.PLACE) !== 0 && (b & (Word.FIRST | Word.LAST)) === 0;
    const second = stripDot(words[2]!);
    const near = text.slice(Math.max(0, start - 24), start);
    const cue = placeContextBefore(cueTail(near), near);
    // After a cue the second may also be a surname ("en Córdoba y Montoro": Montoro is both), not a first name.
    const secondFits = (bits[2]! & Word.PLACE) !== 0 || unknownTownLike(second, plain[2]!, bits[2]!, g) || (cue && (bits[2]! & (Word.FIRST | Word.COMMON)) === 0 && /^\p{Lu}\p{Ll}{3,}$/u.test(second));
    if ((onlyPlace(bits[0]!) || cue) && secondFits) {
      if (location) {
        out.push({ type: 'LOCATION', format: 'LOCATION', start, end: start + words[0]!.length, score: 0.8 });
        out.push({ type: 'LOCATION', format: 'LOCATION', start: end - second.length, end, score: 0.75 });
      }
      return;
    }
  }
  // "Customer: Toronto, but …": a country or a big city after a label is still the place.
  const strongPerson = run.strongPerson && !(run.labelCue && (lowerBits & (Word.COUNTRY | Word.MAJOR_CITY)) !== 0 && (lowerBits & Word.LAST) === 0);
  const before = text.slice(Math.max(0, start - 24), start);
  // The two cue tests asked most often, each run at most once and only when the word before can end a cue.
  // (Asked through personContextBefore and its kin, not closures: judging a run creates no function.)
  let personContextHit: boolean | undefined;
  let placeContextHit: boolean | undefined;
  const tail = cueTail(before);
  const after = text.slice(end, end + 40);
  // The unit after the run: the expressions on `after` below are tried only where it can open a match.
  const c0 = after.charCodeAt(0);
  const firstHits = countBits(bits, Word.FIRST);
  let lastHits = 0;
  for (let i = 0; i < plain.length; i++) if (surnameShaped(plain[i]!, i, words, g, bits[i]!)) lastHits++;
  // Particles ("bin", "van", "de") are part of a name, whatever else they mean.
  const commonHits = countOrdinaryBits(plain, bits, Word.COMMON);
  const everydayHits = countOrdinaryBits(plain, bits, Word.EVERYDAY);
  let initials = 0;
  for (const w of words) if (isInitial(w)) initials++;
  const atStart = sentenceStart(text, start);
  // "Halldór: What a wife." — a speaker's name opening a line of a transcript.
  // "- Mei-Ling: out sick": a bullet of stand-up notes opens with its speaker too, whatever the case after it,
  // when the word is shaped like a name ("- Backups: done" is a checklist).
  const speaker =
    words.length <= 3 &&
    after.charCodeAt(0) === 58 &&
    ((SPEAKER_AFTER.test(after) && /(?:^|\n)[ \t>]*$/.test(before)) ||
      (/^:[ \t]+\p{L}/u.test(after) &&
        /(?:^|\n)[ \t]*[-*•][ \t]+$/u.test(before) &&
        (firstHits + lastHits > 0 || countIn(plain, g.nameParts) > 0 || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(phrase))) ||
      // "[10:02] Jaylen Brooks: are you still in Denver?": a chat log's line after its time stamp, in any case.
      (/^:[ \t]+\S/.test(after) && CHAT_STAMP_BEFORE.test(before)));
  // "Are you there, Maya?": a word closing a question or an exclamation is someone addressed only
  // after a comma; "What is the capital of France?" ends with a place.
  const addressed = closesQuestion(after) && /,\s*$/.test(before);
  const vocative = words.length <= 2 && after.charCodeAt(0) === 44 && VOCATIVE_AFTER.test(after) && /(?:^|\n)[ \t>]*$/.test(before);
  // "…, said Orla to Bastien": the speaker named after the verb of speech.
  const speaking = after.startsWith(' to ') && /^ to [\p{Lu}]/u.test(after) && SPEECH_VERB_BEFORE.test(before);
  const onlyPersonAfter = (c0 === 44 || c0 === 32) && ONLY_PERSON_AFTER.test(after);
  // "AI: Wiremu to book the venue", "Decision: Henrik to own …": the owner of an action item.
  const actionOwner = endsWithColon(before) && ACTION_AFTER.test(after);
  // "Ethiopia's Tigist Assefa": a country's or a big city's possessive is the place's, not a person's.
  // "Tasmania's west coast": so is any known place's that is no one's name.
  const placePossessive = (after.charCodeAt(0) === 39 || after.charCodeAt(0) === 0x2019) && (lowerBits & (Word.COUNTRY | Word.MAJOR_CITY | Word.PLACE)) !== 0 && (lowerBits & (Word.FIRST | Word.LAST)) === 0;
  const personAfter = (mayOpenPersonAfter(c0) && PERSON_AFTER.test(after) && !placePossessive) || onlyPersonAfter || speaker || addressed || vocative || speaking || actionOwner;

  // "Sofia Lima" is two places word by word, but a first and a last name as a whole.
  const nameShape = words.length > 1 && (bits[0]! & Word.FIRST) !== 0 && (lastBits & Word.LAST) !== 0;
  let isPlace = run.wholePlace || (lowerBits & Word.PLACE) !== 0 || (words.length > 1 && !nameShape && countBits(bits, Word.PLACE) === bits.length);
  // "w Krakowie", "v Brně", "do Zakopanego", "u Zagrebu": a town in a Slavic case after a preposition.
  if (!isPlace && words.length <= 2 && SLAVIC_PLACE_PREPOSITIONS.has(tail) && (words.length === 1 ? inflectedPlace(plain[0]!, g) : inflectedTwoWordPlace(plain[0]!, plain[1]!, g))) isPlace = true;
  if (isPlace && everydayHits === words.length && !(placeContextHit ??= placeContextBefore(tail, before)) && !(c0 === 32 && PLACE_AFTER.test(after)) && !run.strongPlace) isPlace = false;
  // "Southern Tunisia", "Greater London": a known place at the end of the run is the place.
  if (!isPlace && words.length > 1 && (lastBits & Word.PLACE) !== 0 && DIRECTION.test(plain[0]!)) {
    const last = stripDot(words[words.length - 1]!);
    if (location) out.push({ type: 'LOCATION', format: 'LOCATION', start: end - last.length, end, score: 0.75 });
    return;
  }
  const country = c0 === 44 ? /^, ([\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3})/u.exec(after) : null;
  const placeCue =
    run.strongPlace ||
    (placeContextHit ??= placeContextBefore(tail, before)) ||
    (c0 === 32 && PLACE_AFTER.test(after)) ||
    stateAfter(after) ||
    (!!country && g.places.has(country[1]!.toLowerCase())) ||
    // "Quimper, Crozon, puis Saint-Malo": a town listed with a place.
    (!isPlace && (lowerBits & Word.PLACE) === 0 && g.towns.has(lower) && listedWithPlace(text, start, end, g));
  // "to Monaco and Menton", "en Córdoba y Montoro": a word that no list knows at all (no name, no word of any
  // language's lists), listed beside a known place, is a place too (blind batch AD).
  if (!isPlace && !strongPerson && words.length === 1 && unknownTownLike(stripDot(words[0]!), lower, lowerBits, g) && !atStart && joinedWithPlace(text, start, end, g)) isPlace = true;
  // "Tampereelta", "Helsinkiin", "Oulussa": Finnish writes a known place with its case ending glued on.
  if (!isPlace && words.length === 1 && (lowerBits & (Word.FIRST | Word.LAST | Word.COMMON)) === 0 && finnishCaseOfPlace(lower, g)) isPlace = true;
  // "Auckland → Nadi", "Sevilla – Las Palmas de Gran Canaria": a town on a route from or to a place, whatever else its name is.
  if (!isPlace && location && !strongPerson && !nameShape && (g.towns.has(lower) || (lowerBits & Word.PLACE) !== 0 || (words.length > 1 && countBits(bits, Word.PLACE) > 0)) && onRouteWithPlace(text, start, end, g)) {
    out.push({ type: 'LOCATION', format: 'LOCATION', start, end, score: 0.75 });
    return;
  }
  if (!isPlace && commonHits === 0 && words.length <= 3 && !nameShape && (bits[0]! & Word.FIRST) === 0) {
    if (run.strongPlace || stateAfter(after) || (placeCue && (townShape(words, plain, g) || knownTown(lower, lowerBits, tail, before, g)))) isPlace = true;
  } else if (!isPlace && commonHits === 0 && words.length === 1 && IN_WORDS.has(tail) && g.towns.has(lower) && !run.strongPerson) {
    // "the raffle is in Preston": a town that is also a first name, right after "in".
    isPlace = true;
  }
  // "a crash near Penhill", "the shops in Elmwood": a word no list knows at all, right after "in" or "near".
  // Only after the English words: German, Dutch and Romance prepositions come before capitalised nouns too ("im Angebot").
  if (!isPlace && !strongPerson && words.length === 1 && (tail === 'in' || tail === 'near') && unknownTownLike(stripDot(words[0]!), lower, lowerBits, g) && !germanText(text)) isPlace = true;

  // "Zachary Cliffs", "Talga Court": a street named after someone is a street.
  // Without a house number it needs a preposition before it: "lives on Talga Court", not "played Hyde Park".
  // "Linnea Berg": a first name and a surname that is also a street word is the person, unless the street is visited.
  const streetPrep = mayEndWithCue(tail, STREET_PREP_ENDS) && STREET_PREP.test(before);
  // "on Greams Road", "at Allen Avenue": "Street", "Road" and "Avenue" are common words, which end a run, so the
  // street's name stands alone before them. After a preposition and with no house number it is a street, a
  // LOCATION as the bare streets below (blind batch AH). Not a name that already ends in a street word before
  // another ("on Berg Hills Street": presidio's template labels "Berg Hills" an ADDRESS; the branch below reads it).
  // A house number right before the street opens an address, which the address layer reads.
  const houseNumberBefore = /\d[ \t]*$/.test(before);
  if (location && streetPrep && c0 === 32 && words.length <= 3 && !nameShape && (lastBits & Word.STREET_SUFFIX) === 0 && !houseNumberBefore) {
    const streetWord = COMMON_STREET_WORD_AFTER.exec(after);
    if (streetWord) {
      out.push({ type: 'LOCATION', format: 'STREET', start, end: end + streetWord[0].length, score: 0.6 });
      return;
    }
  }
  let innerParticle = false;
  for (let i = 1; i < words.length - 1 && !innerParticle; i++) innerParticle = NAME_PARTICLES.has(words[i]!);
  const personLike = (nameShape || (innerParticle && ((bits[0]! & Word.FIRST) !== 0 || g.nameParts.has(plain[0]!)))) && (lastBits & Word.LAST) !== 0 && !streetPrep;
  // "Lake Placid", "Mount Marcy", "Tana River", "El Paso County", "Río Sella": a natural place or a county
  // by its own kind word, before a street word ("Rift Valley") can make it a street.
  const kindBeforeParticle = words.length >= 3 && GEO_FIRST_BEFORE_PARTICLE.has(plain[0]!) && NAME_PARTICLES.has(words[1]!.toLowerCase());
  // "Yosemite National Park", "Parque Nacional Torres del Paine": a park named as a national one, not a street's "Park".
  const nationalPark = words.length >= 3 && ((plain[plain.length - 2] === 'national' && plain[plain.length - 1] === 'park') || (plain[0] === 'parque' && plain[1] === 'nacional'));
  // "Hawa Mahal", "City Palace", "Kapaleeshwarar Temple": a landmark by its kind word, unless a first
  // name comes before a kind word that is also a common surname ("Shirley Temple"; blind batch AH).
  const landmark = words.length >= 2 && LANDMARK_LAST_WORDS.has(plain[plain.length - 1]!) && !(nameShape && SURNAME_LANDMARK_WORDS.has(plain[plain.length - 1]!));
  if (words.length >= 2 && !strongPerson && (GEO_FIRST_WORDS.has(plain[0]!) || GEO_LAST_WORDS.has(plain[plain.length - 1]!) || kindBeforeParticle || nationalPark || landmark) && !STREET_WORD_AFTER.test(after)) {
    if (location) out.push({ type: 'LOCATION', format: 'LOCATION', start, end, score: 0.75 });
    return;
  }
  if (words.length >= 2 && (lastBits & Word.STREET_SUFFIX) !== 0 && !strongPerson && !personLike && !speaker) {
    // After a preposition and with no house number before it ("on Allen Avenue", "near Greams Road") a street
    // is where something is, which blind writers label a LOCATION (batches AA, AG, AH; none labels it an
    // ADDRESS). A first and a last name ending in a street word ("to Jamie Ford") stays as it was.
    // (Not a street's name before its street word, "on Berg Hills Street", nor the "European Union".)
    const bareStreet = streetPrep && !nameShape && !houseNumberBefore && !STREET_WORD_AFTER.test(after) && plain[plain.length - 1] !== 'union';
    out.push({ type: bareStreet ? 'LOCATION' : 'ADDRESS', format: 'STREET', start, end, score: streetPrep ? 0.6 : 0.45 });
    return;
  }
  // "Frederick lives two streets away": a name that is also a town, as the subject of a human verb.
  if (isPlace && !run.wholePlace && words.length === 1 && (bits[0]! & Word.FIRST) !== 0 && (c0 === 44 || c0 === 58 || c0 === 32) && HUMAN_AFTER.test(after) && !placeCue) isPlace = false;
  // "Hi Charlotte,", "Ask Lamar about …": a name that is also a town, where people are addressed.
  if (isPlace && !run.wholePlace && words.length === 1 && (bits[0]! & (Word.FIRST | Word.LAST)) !== 0 && (personContextHit ??= personContextBefore(tail, before)) && !placeCue) isPlace = false;
  // "Caller Mohammed Rafiq from Hyderabad says …", "the team in Hyderabad says …": a place no list
  // knows as a name, after a place cue, is the place even before a verb of speech.
  const placeNotName = placeCue && firstHits + lastHits === 0;
  if (isPlace && !strongPerson && (!personAfter || placeNotName)) {
    const nameToo = firstHits + lastHits > 0 && !afterTheBefore(tail, before);
    // "David is …": one word that is a first name and a small town, with nothing pointing at a place,
    // is more often the person (people are mentioned far more often than such towns).
    if (nameToo && !placeCue && !run.wholePlace && words.length === 1 && (bits[0]! & Word.FIRST) !== 0 && everydayHits === 0 && (lowerBits & (Word.COUNTRY | Word.MAJOR_CITY)) === 0) {
      if (person) out.push({ type: 'PERSON', format: 'PERSON', start, end, score: 0.55 });
      if (location) out.push({ type: 'LOCATION', format: 'LOCATION', start, end, score: 0.45 });
      return;
    }
    if (location) out.push({ type: 'LOCATION', format: 'LOCATION', start, end, score: nameToo && !placeCue ? 0.55 : 0.8 });
    return;
  }
  if (!person) return;
  // "LYON (AFP) - De violents orages", "El Director General de la empresa": a particle alone, or an article opening a
  // sentence before ordinary words and no word that is only a name, names no one (blind batch AD). An unknown word
  // after the article may be a surname ("De Vries belde"), so one ordinary word at least is asked for.
  if (words.length === 1 && NAME_PARTICLES.has(plain[0]!)) return;
  // "Der Koch empfiehlt", "der Bäcker im Erdgeschoss": a German article before a noun, which German capitalises;
  // a name has none (a colloquial "der Thomas" keeps a first name; blind batch AF).
  if ((bits[0]! & Word.FIRST) === 0 && (GERMAN_ARTICLE.test(words[0]!) ? words.length === 2 : words.length === 1 && GERMAN_ARTICLE_BEFORE.test(before))) return;
  if (atStart && words.length > 1 && commonHits > 0 && SENTENCE_ARTICLE.test(words[0]!) && !strongPerson && !bits.slice(1).some((b) => (b & (Word.FIRST | Word.LAST)) !== 0 && (b & Word.COMMON) === 0)) return;
  // "Rua Mina 50", "Via dei Fiorentini": a street name, whoever it was named after.
  if ((mayEndWithCue(tail, STREET_WORD_BEFORE_ENDS) && STREET_WORD_BEFORE.test(before)) || STREET_PREFIX_WORDS.has(plain[0]!)) return;
  // "Marie Langrová, the Packager, said": a job title after an article is not a name.
  if (after.startsWith(',') && (tail === 'the' || tail === 'a' || tail === 'an' || tail === ANY_CUE) && /\b(?:the|a|an)\s+$/i.test(before) && firstHits + lastHits === 0) return;
  // "Apache Kafka", "Google Sheets": a product under its maker's name.
  if (words.length >= 2 && VENDOR_WORDS.has(plain[0]!)) return;
  // "Pão de Queijo", "Empanadas de Pino", "Bûche de Noël": a dish, a food word and a particle ("Pan Krzysztof" is Mr Krzysztof).
  if (words.length >= 3 && FOOD_FIRST_WORDS.has(plain[0]!) && NAME_PARTICLES.has(words[1]!.toLowerCase())) return;
  // "Dyson, Nike and Lego deals": a brand alone is no one, without a title or a strong cue.
  if (words.length === 1 && BRAND_WORDS.has(plain[0]!) && !strongPerson) return;
  // Acronyms (IBAN, NASA) and nationalities (German, Czech) are not names unless someone is addressed by them.
  if (words.length === 1 && isAcronym(words[0]!) && !strongPerson && !(speaker && (bits[0]! & Word.FIRST) !== 0 && otherSpeakers(text, start))) return;
  // "Requester: Okoro", "Attendees: …": a speaker label shaped like a role is no speaker's name.
  if (speaker && words.length === 1 && firstHits + lastHits === 0 && !g.nameParts.has(plain[0]!) && ROLE_LABEL.test(plain[0]!)) return;
  // "Asegurado: Francisco …", "Reparto: Medicina Interna", "Verzekerde: Koen …": a form's label in a
  // language whose labels no list holds. A transcript's speaker with a name no list knows speaks
  // again, or talks with someone whose name a list knows ("Ulvhild: …\nTobias: …").
  if (speaker && words.length === 1 && firstHits + lastHits === 0 && !g.nameParts.has(plain[0]!) && !speaksAgain(text, phrase, start) && !namedSpeakerElsewhere(text, start, g)) return;
  // "Arbetsgivare: Malmfältens Gruvservice AB", "Kontaktperson: Ingrid Holm": a word no list knows
  // before a value of a few capitalised words is a form's label, even where other lines hold names.
  if (speaker && words.length === 1 && firstHits + lastHits === 0 && !g.nameParts.has(plain[0]!) && isFormValue(after, g)) return;
  // "Emergency contact: None on file": an English word after a label, that no list knows as a name.
  if (run.labelCue && words.length === 1 && g.english.has(plain[0]!) && firstHits + lastHits === 0 && !g.nameParts.has(plain[0]!)) return;
  // "signed Norwegian defender …": a nationality stays one after a cue, unless a label or a title puts it in a name's place.
  if (words.length === 1 && (bits[0]! & Word.LANGUAGE) !== 0 && (!strongPerson || !(run.labelCue || TITLE_BEFORE.test(before)))) return;
  const score = personScore(text, g, {
    run,
    plain,
    bits,
    strongPerson,
    commonHits,
    everydayHits,
    firstHits,
    lastHits,
    initials,
    before,
    after,
    tail,
    personContextHit,
    atStart,
    personAfter,
    speaker,
    vocative,
    speaking,
    actionOwner,
    onlyPersonAfter,
  });
  // Rounded: 0.7 - 0.2 must be 0.5, not 0.49999999999999994 (which a 0.5 threshold would drop).
  if (score > 0) out.push({ type: 'PERSON', format: 'PERSON', start, end, score: Math.min(0.95, Math.round(score * 100) / 100) });

}

/** What judgeRun knows of a run when it scores it as a person. */
interface PersonFacts {
  run: Run;
  plain: string[];
  /** The `Word` bits of each plain word. */
  bits: number[];
  strongPerson: boolean;
  commonHits: number;
  everydayHits: number;
  firstHits: number;
  lastHits: number;
  initials: number;
  before: string;
  after: string;
  tail: string;
  personContextHit: boolean | undefined;
  atStart: boolean;
  personAfter: boolean;
  speaker: boolean;
  vocative: boolean;
  speaking: boolean;
  actionOwner: boolean;
  onlyPersonAfter: boolean;
}

/** The score of a run as a person's name (0: none). */
function personScore(text: string, g: Gazetteer, facts: PersonFacts): number {
  const { run, plain, bits, strongPerson, commonHits, everydayHits, firstHits, lastHits, initials, before, after, tail, atStart, personAfter } = facts;
  const { speaker, vocative, speaking, actionOwner, onlyPersonAfter } = facts;
  const { words, phrase, start } = run;
  let { personContextHit } = facts;
  let placeContextHit: boolean | undefined;
  // Looked up here, not for every run: most runs are decided as places or skipped before.
  const partHits = countIn(plain, g.nameParts);
  // For a person, an English word that is no name ("Margin") or a word no list knows with an English word
  // ending ("Operating") is an ordinary word too.
  let ordinaryHits = commonHits;
  for (let i = 0; i < plain.length; i++) {
    const w = plain[i]!;
    const b = bits[i]!;
    if ((b & Word.COMMON) === 0 && !NAME_PARTICLES.has(w) && (g.english.has(w) || (ENGLISH_ENDING.test(w) && (b & (Word.FIRST | Word.LAST)) === 0 && !g.nameParts.has(w) && (b & Word.PLACE) === 0))) ordinaryHits++;
  }
  // After a strong cue only the short list of common words vetoes ("What's your name? Jildau S Bouts").
  if (strongPerson && commonHits === 0 && words.length <= 4) return 0.8;
  // "Thanks,\nLiesel": the line after a sign-off, alone on its line, is the writer.
  if (words.length <= 3 && ordinaryHits === 0 && everydayHits === 0 && signOffBefore(text, start, after)) return 0.75;
  if (words.length >= 2) {
    let s = 0;
    const lastBits = bits[bits.length - 1]!;
    if ((bits[0]! & Word.FIRST) !== 0 && (surnameShaped(plain[plain.length - 1]!, plain.length - 1, words, g, lastBits) || (lastBits & Word.FIRST) !== 0)) s = 0.85;
    else if ((bits[0]! & Word.FIRST) !== 0 || initials > 0) s = 0.65;
    else if ((lastBits & Word.LAST) !== 0) s = 0.6;
    else if (firstHits + lastHits > 0) s = 0.5;
    // "Olusegun Adeyemi", "Haruka Sato": every word a name part of the larger lists (or an initial).
    if (partHits > 0 && s < 0.7 && ordinaryHits === 0 && everydayHits === 0 && everyNamePartOrInitial(words, plain, bits, g)) s = 0.7;
    // "Osama bin Mahfouz", "Annelies van der Berg": name parts around particles.
    let particles = 0;
    for (const w of words) if (NAME_PARTICLES.has(w)) particles++;
    if (particles > 0 && words.length - particles >= 2 && s < 0.7 && everyNamePartOrParticle(words, plain, bits, g)) s = 0.7;
    if (s < 0.75 && eastAsianName(words, g)) s = 0.75;
    if (s === 0 && personAfter && words.length <= 3) s = 0.6;
    // Two or three unknown title-case words where people are mentioned ("it's under Chihiro Fukunaga").
    if (s === 0 && words.length <= 3 && !atStart && ADDRESSEE_CONTEXT.test(before) && everyTitleCase(words)) s = 0.5;
    if (ordinaryHits > 0 && s < 0.85) s -= 0.2;
    if (everydayHits === words.length) s -= 0.3;
    if (personAfter || (personContextHit ??= personContextBefore(tail, before))) s += 0.1;
    // "the Main Hall", "the Princess Royal": an article before a run is rare before a person's name.
    if (afterTheBefore(tail, before)) s -= 0.2;
    // "I work for Wolters Kluwer": where an employer is named, a weak name reading gives way.
    if (mayEndWithCue(tail, EMPLOYER_BEFORE_ENDS) && EMPLOYER_BEFORE.test(before) && s < 0.85) s -= 0.2;
    return s;
  }
  if (firstHits + lastHits === 0 || phrase.length < 2) {
    if (ordinaryHits > 0 || everydayHits > 0 || (placeContextHit ??= placeContextBefore(tail, before))) return 0;
    // A name part of the larger lists alone ("ask Deepak whether …"): only where people are mentioned.
    // "with React and Vite": a preposition is not enough for a word that only the larger lists know.
    if (partHits > 0 && phrase.length >= 3 && (ADDRESSEE_CONTEXT.test(before) || RELATION_BEFORE.test(before) || personAfter)) return 0.65;
    // "Hi Siobhán,", "Dear Oluwaseyi,": a letter's or a message's greeting opens with whom it greets,
    // whatever the name (everyday words, "Hi Team,", left above).
    if (words.length <= 2 && phrase.length >= 3 && titleCased(words[0]!) && GREETING_BEFORE.test(before) && /^[ \t]*[,!]/.test(after)) return 0.6;
    // "my cousin Anjali", "her partner Tāne": a word no list knows, named as someone's kin or friend.
    if (phrase.length >= 3 && titleCased(words[0]!) && KIN_BEFORE.test(before)) return 0.6;
    // "Customer Oyelaran called twice": a role only a person has before the word and a verb only people do after it
    // (not "partner" or "client", which firms are too).
    if (!atStart && titleCased(words[0]!) && after.charCodeAt(0) === 32 && HUMAN_VERB_AFTER.test(after) && (PERSON_ROLE_BEFORE.test(before) || KIN_BEFORE.test(before))) return 0.55;
    // A speaker of a transcript, someone addressed or quoted: the position says person, whatever the word.
    if ((speaker && otherSpeakers(text, start)) || vocative || speaking || (actionOwner && titleCased(words[0]!))) return 0.6;
    if (personAfter && !atStart) return 0.55;
    if (atStart && ((after.charCodeAt(0) === 32 && HUMAN_SUBJECT_AFTER.test(after)) || onlyPersonAfter) && titleCased(words[0]!)) return 0.55;
    return !atStart && SURNAME_SHAPE.test(words[0]!) && !run.strongPlace ? 0.55 : 0;
  }
  const contextual = strongPerson || (personContextHit ??= personContextBefore(tail, before)) || personAfter;
  if (ordinaryHits > 0 || everydayHits > 0) return contextual ? 0.6 : 0.2;
  if (contextual) return 0.75;
  if (!atStart) return 0.6;
  // The first word of a sentence: a name when the sentence goes on like one about a person.
  // A first name that is no English word opens the sentence: more often the person than not ("Aurelio went home").
  const first = (bits[0]! & Word.FIRST) !== 0;
  const a0 = after.charCodeAt(0);
  return first && (a0 === 44 || a0 === 58 || a0 === 39 || a0 === 0x2019 || a0 === 32) && SUBJECT_AFTER.test(after) ? 0.55 : first ? 0.5 : 0.45;
}

/** How many of `words` the list holds. */
function countIn(words: readonly string[], list: WordLookup): number {
  let n = 0;
  for (const w of words) if (list.has(w)) n++;
  return n;
}

/** How many of the words (`Word` bits `bits`) are in `list` (a `Word` bit). */
function countBits(bits: readonly number[], list: number): number {
  let n = 0;
  for (const b of bits) if ((b & list) !== 0) n++;
  return n;
}

/** How many of the plain words (`Word` bits `bits`) are in `list` and no name particle. */
function countOrdinaryBits(plain: readonly string[], bits: readonly number[], list: number): number {
  let n = 0;
  for (let i = 0; i < plain.length; i++) if ((bits[i]! & list) !== 0 && !NAME_PARTICLES.has(plain[i]!)) n++;
  return n;
}

/** A word some list knows as (part of) a name (`b` its `Word` bits). */
const namePart = (w: string, b: number, g: Gazetteer) => (b & (Word.FIRST | Word.LAST)) !== 0 || g.nameParts.has(w);

/**
 * "O'Sullivan", "McCarthy", "Ben-David", "al-Rashid": surnames by their shape or their parts (`w` is
 * `words[i]` plain, `b` its `Word` bits).
 */
function surnameShaped(w: string, i: number, words: readonly string[], g: Gazetteer, b: number): boolean {
  return (
    (b & Word.LAST) !== 0 ||
    (i > 0 && /^(?:o['’]|mc|mac)\p{Ll}{3,}$/u.test(w) && /^(?:O['’]|Mc|Mac)\p{Lu}/u.test(words[i]!)) ||
    (i > 0 && w.includes('-') && w.split('-').every((p) => p.length >= 2 && (g.first.has(p) || g.last.has(p) || g.nameParts.has(p) || /^(?:al|el|ad|ash|as|bin|ibn|abu)$/.test(p))))
  );
}

/** Every word a name part of some list, or an initial. */
function everyNamePartOrInitial(words: readonly string[], plain: readonly string[], bits: readonly number[], g: Gazetteer): boolean {
  for (let i = 0; i < words.length; i++) if (!(namePart(plain[i]!, bits[i]!, g) || isInitial(words[i]!))) return false;
  return true;
}

/** Every word a name particle or a name part of some list. */
function everyNamePartOrParticle(words: readonly string[], plain: readonly string[], bits: readonly number[], g: Gazetteer): boolean {
  for (let i = 0; i < words.length; i++) if (!(NAME_PARTICLES.has(words[i]!) || namePart(plain[i]!, bits[i]!, g))) return false;
  return true;
}

/** Every word a capital and then a small letter. */
function everyTitleCase(words: readonly string[]): boolean {
  for (const w of words) if (!titleCased(w)) return false;
  return true;
}

/** `phrase` + ":" opens another line of the text than the one at `start`: the same speaker speaks again. */
function speaksAgain(text: string, phrase: string, start: number): boolean {
  const turn = `${phrase}:`;
  for (let at = text.indexOf(turn); at >= 0; at = text.indexOf(turn, at + 1)) {
    if (at === start) continue;
    let i = at - 1;
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 62)) i--;
    if (i < 0 || text.charCodeAt(i) === 10) return true;
  }
  return false;
}

/**
 * Another speaker line of the text opens with a name some list knows (a first or last name, a name
 * part). The named speaker lines are found once per text: asked per run, a transcript of thousands of
 * turns with invented names was read whole for each.
 */
function namedSpeakerElsewhere(text: string, start: number, g: Gazetteer): boolean {
  if (namedSpeakers?.text !== text || namedSpeakers.g !== g) {
    const named: Array<{ start: number; end: number }> = [];
    for (const span of speakerSpans(text)) {
      // The speaker's first word, after any indentation, quote mark or bullet.
      const m = /[\p{Lu}][\p{L}'’-]+/u.exec(text.slice(span.start, span.end));
      if (!m) continue;
      const w = m[0].toLowerCase();
      const parts = w.split('-');
      if (g.first.has(w) || g.last.has(w) || g.nameParts.has(w) || (parts.length > 1 && parts.every((p) => g.first.has(p) || g.nameParts.has(p)))) named.push(span);
      // Two named lines answer every question: one of them is not the one asked about.
      if (named.length >= 2) break;
    }
    namedSpeakers = { text, g, named };
  }
  return namedSpeakers.named.some((span) => !(span.start <= start && start < span.end));
}
/** The named speaker lines (at most two) of the text last asked about. */
let namedSpeakers: { text: string; g: Gazetteer; named: Array<{ start: number; end: number }> } | undefined;

/** Another line of the text opens with a speaker too ("Halldór: …\nMarit: …"): the text is a transcript. */
function otherSpeakers(text: string, start: number): boolean {
  const spans = speakerSpans(text);
  // The lines do not overlap and `start` (a capital) is no line break: at most one holds it.
  if (spans.length >= 2) return true;
  return spans.length === 1 && (spans[0]!.end < start || spans[0]!.start > start);
}

/** The speaker lines of `text`: found once per text, not once per run asked about (a transcript of thousands of turns read whole for each was quadratic). */
function speakerSpans(text: string): ReadonlyArray<{ start: number; end: number }> {
  if (speakerLines?.text !== text) {
    const spans: Array<{ start: number; end: number }> = [];
    SPEAKER_LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPEAKER_LINE.exec(text)) !== null) spans.push({ start: m.index, end: m.index + m[0].length });
    speakerLines = { text, spans };
  }
  return speakerLines.spans;
}

const SPEAKER_LINE = /(?:^|\n)(?:[ \t>]*[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?:[ \t]+["“]?[\p{Lu}]|[ \t]*[-*•][ \t]+[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?:[ \t]+\p{L})/gu;
/** The speaker lines of the text last asked about (scans are synchronous). */
let speakerLines: { text: string; spans: Array<{ start: number; end: number }> } | undefined;

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}\p{Lu}'’-]*(?![\p{L}\p{N}])/uy;

/**
 * A part of a name found once is the same person when it stands alone elsewhere in the text
 * ("… directed by Joakim Westgård and starring Westgård").
 */
export function findRepeatedNames(text: string, g: Gazetteer, out: PiiMatch[], index: TextIndex = indexText(text)): void {
  const parts = new Set<string>();
  for (const m of out) {
    if (m.type !== 'PERSON' || m.score < 0.6) continue;
    for (const w of text.slice(m.start, m.end).split(' ')) {
      if (w.length >= 3 && titleCased(w) && (wordBits(g, w.toLowerCase()) & (Word.COMMON | Word.EVERYDAY)) === 0) parts.add(w);
    }
  }
  if (parts.size === 0) return;
  const taken = overlapTest(out.filter((m) => m.type === 'PERSON'));
  // Capitalised words start at capitals: tried there only.
  const word = CAPITALISED_WORD;
  word.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Only a word that starts where a part does can be one: where each part occurs (a few native
  // searches). A capital after a unit that no word of the expression holds (a space, a full stop)
  // starts a word of its own, as the scan below would read it; after a letter or a digit no word
  // starts. After an apostrophe, a hyphen or a unit outside ASCII the capital may lie inside a word
  // the scan reads from an earlier capital ("Smith-Jones"): then the scan below decides.
  const at = partStarts(text, parts);
  if (at) {
    for (const start of at) {
      word.lastIndex = start;
      m = word.exec(text);
      if (!m) continue;
      const w = m[0].replace(/['’]s$/, '');
      if (!parts.has(w)) continue;
      const end = start + w.length;
      if (taken(start, end)) continue;
      out.push({ type: 'PERSON', format: 'PERSON', start, end, score: 0.6 });
    }
    word.lastIndex = 0;
    return;
  }
  const cursor = { k: 0 };
  // Every capital is tried, as a global scan would: a word like "Smith-Jones" must be consumed from
  // its first capital, or its inner "Jones" would be read as the repeated name on its own.
  while ((m = nextAt(word, text, index.upper, cursor)) !== null) {
    const w = m[0].replace(/['’]s$/, '');
    if (!parts.has(w)) continue;
    const start = m.index;
    const end = start + w.length;
    if (taken(start, end)) continue;
    out.push({ type: 'PERSON', format: 'PERSON', start, end, score: 0.6 });
  }
}

/**
 * The positions where a part starts after the start of the text or an ASCII unit that is no letter,
 * digit, apostrophe or hyphen (in order, each once); undefined when a part starts after an apostrophe,
 * a hyphen or a unit outside ASCII somewhere. Starts after a letter or a digit are left out: no
 * capitalised word starts there.
 */
function partStarts(text: string, parts: ReadonlySet<string>): number[] | undefined {
  const at: number[] = [];
  for (const part of parts) {
    for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      const c = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (c >= 128 || c === 39 || c === 45) return undefined;
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
      at.push(i);
    }
  }
  return parts.size > 1 ? [...new Set(at)].sort((a, b) => a - b) : at;
}

/**
 * Whether [start, end) overlaps any of `spans` (which may overlap one another), in log time: by
 * start, with the largest end so far. A scan of every name for every capitalised word was
 * quadratic (400 KB of "John Smith, " took seconds in findRepeatedNames).
 */
export function overlapTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  for (let i = 0, m = -Infinity; i < sorted.length; i++) maxEnd.push((m = Math.max(m, sorted[i]!.end)));
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > start;
  };
}

/** A line of two to four title-case words (name particles allowed): the shape of a name heading a block. */
const NAME_LINE = /^[\p{Lu}][\p{Ll}'’-]+(?: (?:van|von|de|da|di|del|der|den|dos|das|le|la|bin|al|y|[\p{Lu}]\.?|[\p{Lu}][\p{Ll}'’-]+)){1,3}$/u;

/**
 * A name on a line of its own heading a block of lines: a signature, a business card, a shipping label
 * ("Julcsa Kárpáthy\nHealth coach\n…"). The line must open the text or follow a blank line, be followed
 * by more text, hold no ordinary word or place, and have a word that is a known name part or not English-shaped
 * (a letter outside ASCII): "Release Notes" and "Known Issues" are headings, not people.
 */
export function findBlockHeadNames(text: string, g: Gazetteer, out: PiiMatch[]): void {
  if (!text.includes('\n')) return;
  const lines = text.split('\n');
  let lastFilled = lines.length - 1;
  while (lastFilled >= 0 && lines[lastFilled]!.trim() === '') lastFilled--;
  let offset = 0;
  let previousBlank = true;
  // The findings a heading line may not overlap, indexed once: the lines are disjoint, so one pushed
  // below never overlaps a later line. Scanning `out` per line took seconds on a text of many
  // one-name blocks (0.5 MB of "Name Surname\n\n": 4 s, quadratic).
  let taken: ((start: number, end: number) => boolean) | undefined;
  for (let i = 0; i < lastFilled; i++) {
    const raw = lines[i]!;
    // Leading marks of a list or a form ("??? ", "- ", "> ") are not part of the line's words.
    const line = raw.trim().replace(/^[^\p{L}]{1,4}\s+/u, '');
    const lineStart = offset + raw.lastIndexOf(line);
    offset += raw.length + 1;
    const headsBlock = previousBlank;
    previousBlank = line === '';
    if (!headsBlock || line.length > 60 || !NAME_LINE.test(line)) continue;
    const words = line.split(' ').filter((w) => titleCased(w));
    const plain = words.map(plainWord);
    if (plain.some((w) => g.common.has(w) || g.english.has(w) || g.everyday.has(w) || g.places.has(w) || g.languages.has(w) || g.streetSuffixes.has(w))) continue;
    if (!plain.some((w) => g.first.has(w) || g.last.has(w) || g.nameParts.has(w)) && !/[^\x00-\x7f]/.test(line)) continue;
    taken ??= overlapTest(out.filter((o) => o.score >= 0.6));
    if (taken(lineStart, lineStart + line.length)) continue;
    out.push({ type: 'PERSON', format: 'PERSON', start: lineStart, end: lineStart + line.length, score: 0.6 });
  }
}

/** The cue expressions with their gates, for the test that a gate never hides a match. */
export const CUE_GATES: ReadonlyArray<{ re: RegExp; ends: ReadonlySet<string> }> = [
  { re: PERSON_CONTEXT, ends: PERSON_CONTEXT_ENDS },
  { re: PLACE_CONTEXT, ends: PLACE_CONTEXT_ENDS },
  { re: STREET_PREP, ends: STREET_PREP_ENDS },
  { re: STREET_WORD_BEFORE, ends: STREET_WORD_BEFORE_ENDS },
  { re: /\b(?:the|a|an)\s+$/i, ends: new Set(['the', 'a', 'an']) },
  { re: EMPLOYER_BEFORE, ends: EMPLOYER_BEFORE_ENDS },
];

/** The strong cues and their gate after a full stop or a comma, for the test that the gate never hides a match. */
export const STOP_GATE = {
  wordBefore: (text: string, start: number) => wordBefore(text, start),
  cueWordBeforeSign,
  person: [STRONG_PERSON_CONTEXT, TITLE_BEFORE, SPEECH_TO_BEFORE],
  place: STRONG_PLACE_CONTEXT,
};
