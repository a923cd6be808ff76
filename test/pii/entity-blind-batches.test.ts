import { describe, expect, it } from 'vitest';
import type { ShapeFixture } from './entity-shapes.fixtures.js';
import { expectShapeFloors, expectedSpans, type ShapeFloors } from './entity-shapes.js';
import { BATCH_I } from './entity-batch-i.fixtures.js';
import { BATCH_J } from './entity-batch-j.fixtures.js';
import { BATCH_K } from './entity-batch-k.fixtures.js';
import { BATCH_L } from './entity-batch-l.fixtures.js';
import { BATCH_M } from './entity-batch-m.fixtures.js';
import { BATCH_N } from './entity-batch-n.fixtures.js';
import { BATCH_O } from './entity-batch-o.fixtures.js';
import { BATCH_P } from './entity-batch-p.fixtures.js';
import { BATCH_Q2 } from './entity-batch-q2.fixtures.js';
import { BATCH_Q3 } from './entity-batch-q3.fixtures.js';
import { BATCH_S } from './entity-batch-s.fixtures.js';
import { BATCH_T } from './entity-batch-t.fixtures.js';
import { BATCH_U } from './entity-batch-u.fixtures.js';
import { BATCH_W } from './entity-batch-w.fixtures.js';
import { BATCH_GV } from './entity-batch-gv.fixtures.js';
import { BATCH_Z } from './entity-batch-z.fixtures.js';
import { BATCH_AA } from './entity-batch-aa.fixtures.js';
import { BATCH_AB } from './entity-batch-ab.fixtures.js';
import { BATCH_AC } from './entity-batch-ac.fixtures.js';
import { BATCH_AD } from './entity-batch-ad.fixtures.js';
import { BATCH_AE } from './entity-batch-ae.fixtures.js';
import { BATCH_AF } from './entity-batch-af.fixtures.js';
import { BATCH_AG } from './entity-batch-ag.fixtures.js';
import { BATCH_AH } from './entity-batch-ah.fixtures.js';
import { BATCH_AI } from './entity-batch-ai.fixtures.js';
import { BATCH_AJ } from './entity-batch-aj.fixtures.js';

/**
 * Names, places and addresses in batches written by helpers who saw no code, each
 * scored once at first sight and then used to fix what it showed (so the floors are in-sample).
 *
 * - I (110 records, 13 containers, mostly English). First sight PERSON .873/.873, LOCATION .758/.893,
 *   ADDRESS .907/.817 (precision/recall). Most false locations were the towns of addresses whose block
 *   stopped early. Now PERSON .903/.919, LOCATION .833/.893, ADDRESS .944/.850.
 * - J (110 records, a third in eight other languages, long-form English, machine containers), scored
 *   after I's fixes. First sight PERSON .827/.896, LOCATION .740/.729, ADDRESS .935/.768. Now PERSON
 *   .839/.896, LOCATION .840/.814, ADDRESS 1.0/.821.
 * - K (120 records, more than half in 13 other languages), scored after J's fixes. First sight PERSON
 *   .758/.888, LOCATION .725/.648, ADDRESS .957/.703 (the session's starting code: .752/.863, .690/.639,
 *   .917/.688). Now PERSON .841/.888, LOCATION .792/.689, ADDRESS .959/.734. Inflected towns (Polish,
 *   Czech) and Greek, Filipino and Indonesian place cues stay unread: the 0.8 is not reached here.
 *
 * Session 15 (after its fixes, I .924/.919, .864/.911, .965/.900; J .874/.896, .846/.853, 1.0/.821;
 * K .854/.888, .838/.721, 1.0/.859), two more batches written to imitate outside evaluators'
 * data (generated-dataset sentences and documents in seven languages, containers, chat):
 * - L (120 records), first sight PERSON .878/.921, LOCATION .919/.791, ADDRESS .972/.944 (the
 *   session's starting code: .867/.921, .875/.791, .969/.845). Fixed: towns no list had, form labels
 *   of other languages, heading particles, articles, natural places. Now .950/.925, .935/.870, .986/.986.
 * - M (120 records), scored once after L's fixes: PERSON .906/.869, LOCATION .911/.773, ADDRESS
 *   .969/.912 (the session's starting code: .841/.869, .853/.659, .966/.824). Fixed: lower-case
 *   transcripts, SQL inserts, nom/prénom columns.
 * - N (120 records, three quarters English, a sixth of them prompts to an assistant), scored once
 *   after M's fixes: PERSON .925/.925, LOCATION .897/.829, ADDRESS .986/.919 (the session's starting
 *   code: .910/.920, .862/.714, .984/.851). Fixed: towns that are also surnames or first names, after "in".
 * - O (120 records, 70% English, the same brief as N), scored once after N's fixes: PERSON .905/.939,
 *   LOCATION .849/.811, ADDRESS .987/.960 (the session's starting code: .858/.907, .807/.789,
 *   .986/.880). Fixed: titles in lists, transcript roles, eponyms, Indian and Malay streets.
 * - P (120 records, 65% English, nine languages), scored once after O's fixes: PERSON .966/.925,
 *   LOCATION .926/.853, ADDRESS .984/.909 (the session's starting code: .901/.920, .900/.794,
 *   .983/.879). Not used to fix anything.
 * - Q2 (60 records in Polish, Czech, Slovak and South Slavic languages, towns and names in case
 *   forms), scored once after the Slavic case rule: PERSON .830/.664, LOCATION .893/.563, ADDRESS
 *   1.0/.611 (without the rule LOCATION .800/.235; the session's starting code .755/.673, .718/.235,
 *   1.0/.389). More case endings from its misses: LOCATION .906/.647. Names in case forms ("z Janem",
 *   "Jackowi") stay unread: far below the 0.8. Then a rule for names in case forms: PERSON
 *   .823/.845 (in-sample).
 * - Q3 (40 records in Polish, Czech and Slovak, names and towns in case forms), scored once after both
 *   Slavic rules: PERSON .831/.766, LOCATION .889/.545, ADDRESS 1.0/.625; without the two rules
 *   .756/.484, .625/.114, 1.0/.625. Not used to fix anything. A later rule for towns of two words
 *   (written from Q2's misses) moved it to LOCATION .897/.591; Q2 to PERSON .853/.845, LOCATION .917/.739.
 *
 * Session 17, after no PII change since session 15:
 * - S (60 records: logs, JSON, CSV, e-mails, tickets, chats, prose and forms; two thirds English from
 *   five countries, a third in seven other languages; 8 hard negatives; organisations labelled too),
 *   scored once at first sight: PERSON .875/.897, LOCATION .902/.860, ADDRESS .944/1.0; ORGANIZATION
 *   (scored apart, scripts not in the suite) .846/.268. Half the false names are organisations read as
 *   people ("Ospedale San Gerardo", "Trattoria da Nives", "Coral Drift Charters"). Then read and used:
 *   organisations headed by their kind, a date after "moved to", a place before "says", time-stamped
 *   chat speakers: PERSON .922/.910, LOCATION .905/.884, ADDRESS 1.0/1.0, ORGANIZATION .882/.366.
 * - T (60 records, the same containers; English from Canada, Ireland, South Africa, Kenya, the
 *   Philippines, Singapore, New Zealand and Scotland, a third in Polish, Swedish, Greek, Indonesian,
 *   Vietnamese, Romanian and Hungarian), written after S's fixes and scored once: PERSON .841/.877,
 *   LOCATION .778/.651, ADDRESS .929/.813, ORGANIZATION .714/.200 — the same as with the session's
 *   starting code, so S's fixes did not reach it. LOCATION is under the 0.8 on both counts:
 *   Filipino and Kenyan places, Greek and Vietnamese script, places inside organisation names. Then
 *   read and used (organisations on one line and whenever names are wanted, foreign form labels,
 *   places by their kind, kin titles): PERSON .894/.892, LOCATION .821/.744 (in-sample).
 * - U (60 records, the same containers; English from six countries, a third in eight European
 *   languages; a third built to mix people, firms and towns: firms named after people, towns that are
 *   surnames, streets named after people, "X from <town> says"), written after T's fixes and scored
 *   once: PERSON .758/.973, LOCATION .941/.727, ADDRESS 1.0/1.0, ORGANIZATION .913/.447. The session's
 *   starting code: .740/.959, .935/.659, 1.0/1.0, .950/.404. So the session's fixes carried a little
 *   (LOCATION recall +.07); PERSON precision, at .758, is the weakest figure: firms and places read
 *   as people. Then read and used (firms with "&" and foreign legal forms, more trade heads, form values
 *   with particles): PERSON .878/.973, ORGANIZATION .943/.702 (in-sample).
 * - W (60 records, half of them template sentences as a synthetic PII set would hold, half in
 *   containers; two thirds English from six countries, a third in eight other languages), written
 *   after U's fixes and scored once: PERSON .896/.984, LOCATION .891/.953, ADDRESS 1.0/.909,
 *   ORGANIZATION .900/.281. The session's starting code: .868/.967, .889/.930, 1.0/.909, .857/.188.
 * - GV (session 18; 30 Greek and 30 Vietnamese records), written while Greek and Vietnamese labels,
 *   street addresses, institutions and honorifics were added from batch T's records, and scored once
 *   after: PERSON .736/.565, LOCATION .969/.689, ADDRESS 1.0/.905 (the session's starting code:
 *   .592/.420, .652/.667, 1.0/.095). Greek names were weak (recall .371): few Greek first names in the
 *   gazetteer, and none found without its exact accents. Then greek-names.ts (accent folding, common
 *   first names in their case forms, written from general knowledge): PERSON .761/.783 (the batch's
 *   totals looked at a second time; its records never read). Then Greek islands and regions with their
 *   genitives: LOCATION .972/.778 (a third look at the totals).
 */
const BATCHES: Array<[name: string, fixtures: ShapeFixture[], floors: ShapeFloors]> = [
  ['I', BATCH_I, { PERSON: [0.9, 0.9], LOCATION: [0.84, 0.88], ADDRESS: [0.94, 0.88] }],
  ['J', BATCH_J, { PERSON: [0.88, 0.88], LOCATION: [0.82, 0.85], ADDRESS: [0.95, 0.82] }],
  // K's writer left Brazilian state codes under a `uf` column unlabelled; AA's and AB's label such codes, which
  // the scanner reads since session 23 (two false locations here by K's convention).
  ['K', BATCH_K, { PERSON: [0.85, 0.87], LOCATION: [0.84, 0.75], ADDRESS: [0.95, 0.9] }],
  ['L', BATCH_L, { PERSON: [0.92, 0.9], LOCATION: [0.9, 0.85], ADDRESS: [0.95, 0.95] }],
  ['M', BATCH_M, { PERSON: [0.92, 0.93], LOCATION: [0.92, 0.8], ADDRESS: [0.95, 0.92] }],
  ['N', BATCH_N, { PERSON: [0.92, 0.92], LOCATION: [0.88, 0.88], ADDRESS: [0.95, 0.9] }],
  ['O', BATCH_O, { PERSON: [0.93, 0.93], LOCATION: [0.85, 0.8], ADDRESS: [0.95, 0.97] }],
  ['P', BATCH_P, { PERSON: [0.94, 0.9], LOCATION: [0.9, 0.85], ADDRESS: [0.95, 0.88] }],
  ['Q2', BATCH_Q2, { PERSON: [0.83, 0.82], LOCATION: [0.9, 0.72], ADDRESS: [0.95, 0.6] }],
  ['Q3', BATCH_Q3, { PERSON: [0.8, 0.74], LOCATION: [0.87, 0.57], ADDRESS: [0.95, 0.6] }],
  ['S', BATCH_S, { PERSON: [0.92, 0.91], LOCATION: [0.9, 0.88], ADDRESS: [0.95, 1.0] }],
  ['T', BATCH_T, { PERSON: [0.89, 0.89], LOCATION: [0.82, 0.74], ADDRESS: [0.92, 0.81] }],
  ['U', BATCH_U, { PERSON: [0.87, 0.97], LOCATION: [0.94, 0.72], ADDRESS: [0.95, 1.0] }],
  ['W', BATCH_W, { PERSON: [0.89, 0.98], LOCATION: [0.89, 0.95], ADDRESS: [0.95, 0.9] }],
  ['GV', BATCH_GV, { PERSON: [0.75, 0.77], LOCATION: [0.96, 0.77], ADDRESS: [0.95, 0.9] }],
  // Session 19, other generators' records: first sight .902/.945, .800/.939, .989/.885; now .926/.945, .878/.939, .989/.948.
  ['Z', BATCH_Z, { PERSON: [0.91, 0.93], LOCATION: [0.86, 0.92], ADDRESS: [0.97, 0.93] }],
  // Session 22, after no entity change since session 19 (100 records: half English-speaking locales, half
  // fifteen others, Japanese script among them; chats in lower case, forms in capitals, split address
  // fields; 16 hard negatives of brands, teams, dishes and pigments). First sight .832/.901, .797/.729,
  // .984/.896. Its Japanese records (read half) were missed whole: japanese.ts, then .834/.916, .803/.757,
  // .984/.910. The unread half (43 records by scripts/read-half.ts on "aa:" + text) is unchanged at
  // .824/.926, .818/.750, .967/.933: LOCATION recall is under the 0.8 there. Then dishes and
  // pigments named after places (read half: "Boston cream pie", "Naples Yellow"): LOCATION .828/.757.
  ['AA', BATCH_AA, { PERSON: [0.82, 0.9], LOCATION: [0.79, 0.74], ADDRESS: [0.97, 0.9] }],
  // Session 23, after no entity change since AA (100 records leaning on LOCATION: small towns, districts,
  // regions and their codes, natural places, 16 languages, shipment scans, itineraries, lower-case chat; 20
  // hard negatives). First sight PERSON .750/.964, LOCATION .927/.559, ADDRESS .857/.960. What its read half
  // (59 records, "ab:" + text) showed unread led to general rules: state and country codes after a town and
  // under state/region/uf fields, towns listed with a place or on a route from one, kind words of natural
  // places and regions (also ordinary words: "Bass Strait"), a known place's possessive, French and Spanish
  // pronouns before a verb or clitic, neighbourhood words, lower-case towns after a strong cue in chat. Now
  // .857/.964, .942/.717, .857/.960; read half LOCATION .570 -> .770. The unread half (41 records) went from
  // PERSON .700/1.0, LOCATION .967/.542 to .724/1.0, .971/.636: LOCATION recall stays far under 0.8 there
  // (unknown regions, islands and natural areas, Finnish and Turkish case forms, Vietnamese without capitals).
  ['AB', BATCH_AB, { PERSON: [0.84, 0.95], LOCATION: [0.93, 0.7], ADDRESS: [0.85, 0.95] }],
  // Session 23, written after AB's rules to imitate generated test sets (templated sentences, support
  // transcripts, HR and medical notes, logistics, news, containers; 60% outside English-speaking
  // countries; 15 hard negatives of brands, dishes, holidays, jobs). First sight PERSON .765/.870,
  // LOCATION .946/.837, ADDRESS 1.0/1.0; on a38be02, before the session's entity rules, LOCATION was
  // .939/.735, so those rules carried to this unseen batch. Its read half (53 records, "ac:" + text) then
  // led to brands alone or in a list, job titles, dishes opened by a food word, holidays and a Turkish case
  // ending before a full stop: .815/.870, .947/.844. The unread half (47) is unchanged at .821/.882, 1.0/.838.
  ['AC', BATCH_AC, { PERSON: [0.8, 0.86], LOCATION: [0.93, 0.83], ADDRESS: [0.95, 0.95] }],
  // Session 24, LOCATION-heavy everyday text in registers AC did not stress (itineraries, weather and traffic,
  // listings, parcel scans, datelines, genealogy, match reports, natural places and regions; 40 records in
  // seventeen other languages; 12 hard negatives, 10 records where a place is also a name or a word). First
  // sight PERSON .650/.944, LOCATION .954/.633, ADDRESS .720/.900. Its read half (42 records, "ad:" + text)
  // led to: a word no list knows joined by "and"/"y"/"et"… to a known place, Finnish local cases of a known
  // place, national parks and kind words of sounds, passes and regions, French verbs of living before "à",
  // articles opening a sentence, two places joined by "y" or "e" (not a double surname): read half LOCATION
  // .673 -> .714, PERSON precision .632 -> .686. The unread
  // half (58) went from PERSON .662/1.0, LOCATION .926/.604 to .662/1.0, .927/.617: LOCATION recall far under 0.8
  // (regions, natural places and small towns no list holds) and PERSON precision under 0.8 (places, dishes and
  // headings read as names).
  ['AD', BATCH_AD, { PERSON: [0.65, 0.94], LOCATION: [0.95, 0.65], ADDRESS: [0.75, 0.9] }],
  // Session 24, after AD's rules: records in the style of generated PII data sets (Faker-style templates in
  // nineteen locales, Synthea CSV, masking-corpus sentences, LLM-written messages, HR, medical and legal
  // text, invented towns and surname streets; 12 hard negatives). First sight PERSON .882/.902, LOCATION
  // .863/.829, ADDRESS .988/.888 (the same on the session's starting code): above the 0.8 on all
  // three. Its read half (46 records, "ae:" + text) led to unit/house numbers with a slash ("4/19 Sturt St",
  // which also read eight Australian, NZ and Indian addresses of older batches), Indian street words and a
  // PIN glued to its town, Brazilian, Mexican and Italian street kinds and floors: read half .904/.904,
  // .941/.800, .974/.927. The unread half (54) went from .918/.900, .862/.845, 1.0/.938 to .928/.900,
  // .862/.845, 1.0/.958.
  ['AE', BATCH_AE, { PERSON: [0.9, 0.88], LOCATION: [0.87, 0.82], ADDRESS: [0.97, 0.92] }],
  // Session 24, written to test precision: capitalised words that are no names beside real ones in 70 records
  // (brands named after founders, car models named after places, teams, eponymous dishes, diseases, laws and
  // holidays, ships and buildings, headings and UI strings in nine languages) and 30 hard negatives. First sight
  // PERSON .550/.821, LOCATION .845/.788, ADDRESS .900/.947: PERSON precision far under the 0.8. Its read
  // half (51 records, "af:" + text) led to: holidays (a last word Day, Eve or Night, "St. Patrick's Day"), sports
  // teams by their words or a score or "vs" beside them, German articles before a noun, classic dishes and drinks,
  // brands named after founders. Read half PERSON precision .531 -> .657; the unread half (49) .571 -> .598.
  // (Session 25: a street without a house number after a preposition is now a LOCATION, as batches AA, AG and AH label
  // it; AF labels it neither, so two of its false ADDRESS findings became false LOCATION ones: LOCATION .853 -> .835,
  // ADDRESS .900 -> 1.0.)
  ['AF', BATCH_AF, { PERSON: [0.62, 0.8], LOCATION: [0.83, 0.77], ADDRESS: [0.94, 0.94] }],
  // Session 24, after AF's rules: 80 long synthetic documents (400 to 1,500 characters: discharge summaries, claims,
  // contracts and court filings, bank statements, HR files, police reports, visa letters, e-mail threads; 20 in six
  // other languages; 8 hard negatives), with many people, places and addresses each. Its writer labelled street
  // names without a house number LOCATION (unlike AC's convention), which counts against LOCATION recall here.
  // First sight PERSON .852/.944, LOCATION .869/.717, ADDRESS .863/.885 (the session's starting code: .845/.944,
  // .862/.717, .861/.872). Its read half (39, "ag:" + text) led to prepositions of other languages opening a
  // sentence ("En Valencia, a 15 de noviembre") and station or destination labels: read half LOCATION .906/.747 ->
  // .892/.753. The unread half (41) is unchanged at .828/.933, .831/.685, .866/.875.
  ['AG', BATCH_AG, { PERSON: [0.84, 0.93], LOCATION: [0.85, 0.71], ADDRESS: [0.85, 0.87] }],
  // Session 25: what an LLM assistant is sent (113 prompts and pasted material: cover letters, complaints, eulogies,
  // itineraries, CVs, tickets, chat logs, JSON and CSV rows; 60% English from seven countries, the rest in sixteen
  // other languages; sloppy lower case; 16 hard negatives). First sight PERSON .833/.836, LOCATION .894/.698, ADDRESS
  // .837/.837. Its read half (47 records, "AH:" + text) led to: a street without a house number after a preposition
  // as a LOCATION (also before a street word that ends runs: "on Greams Road"), landmarks by their kind word (Palace,
  // Mahal, Temple, Castle), a route of two known places in one word ("Paris-Bordeaux"), no person across a possessive
  // ("Children's Mercy"), season's greetings, traders' and studios' kinds and Indonesian `PT` firms, Romanian street
  // kinds, a lower-case "calle", Philippine barangays. Read half PERSON .874/.887 -> .919/.887, LOCATION .846/.698 ->
  // .897/.762, ADDRESS .808/.840 -> .857/.960 (whole batch .854/.836, .916/.730, .898/.898). The unread half (66)
  // went from .801/.797, .930/.698, .870/.833 to .801/.797, .931/.709, .952/.833: PERSON and LOCATION recall stay
  // under 0.8 (first names alone in other languages, small places no list holds).
  ['AH', BATCH_AH, { PERSON: [0.84, 0.83], LOCATION: [0.9, 0.7], ADDRESS: [0.88, 0.88] }],
  // AI (113 records, session 26): local news, weather and traffic, listings, obituaries and announcements, blotters and
  // dockets, sports reports, reviews, shipping logs and CRM rows in ten English-speaking countries and sixteen other
  // languages; 582 LOCATION labels (streets without numbers, suburbs, grounds, roads, rivers, landmarks). First sight:
  // PERSON .739/.864, LOCATION .873/.460, ADDRESS .878/.923 — place recall far under the bar, and PERSON
  // precision under it (capitalised words read as names). Its read half ("AI:" + text) led to: a street after "parts
  // of", "block of", "off", "along", before Drive, Lane, Court or Boulevard too; grounds and roads by their kind word
  // (Stadium, Parkway, Motorway, Viaduct, Marae …); datelines ("HYDERABAD:", "Umeå: …", "SPRINGFIELD, Mo. -", which
  // also fixed four in AB–AH); places after their kind word in other languages ("rue Servient", "cầu Long Biên",
  // "na ulicy Konopnickiej", "Fatih Sultan Mehmet Köprüsü"); a known town after "a", "para", "på", "ke", "från" ("a
  // Milano", which was read as a person). Read half PERSON .741/.845 -> .785/.845, LOCATION .856/.433 -> .890/.594;
  // unread half (51) PERSON .735/.892 unchanged, LOCATION .893/.496 -> .892/.524: the rules barely carry to the
  // other half. The floors hold the figures as they are, far below the bars.
  ['AI', BATCH_AI, { PERSON: [0.74, 0.84], LOCATION: [0.87, 0.54], ADDRESS: [0.86, 0.9] }],
  // AJ (120 records, session 26): the mainstream data an outside benchmark would write — forms, e-mails, JSON and CSV
  // records, chats, logs and template sentences, 70% English (US, UK, Canada, Australia, India), 30% in twelve other
  // languages; addresses on one line, in blocks and split over fields. Scored once, untouched, after AI's rules:
  // PERSON .922/.954, LOCATION .917/.877, ADDRESS .933/.932 (the session's starting code: LOCATION .916/.868, the
  // rest the same). Nothing was written from it; the floors hold its first sight.
  ['AJ', BATCH_AJ, { PERSON: [0.9, 0.93], LOCATION: [0.9, 0.86], ADDRESS: [0.91, 0.91] }],
];

describe('blind entity batches I to W, GV, Z and AA to AJ (sessions 14 to 26)', () => {
  for (const [name, fixtures, floors] of BATCHES) {
    it(`batch ${name} is well formed and has hard negatives`, () => {
      for (const f of fixtures) expect(() => expectedSpans(f), f.text).not.toThrow();
      // Hard negatives: ten, or a tenth of a smaller batch (AG's 80 long documents hold 8).
      expect(fixtures.filter((f) => f.expect.length === 0).length).toBeGreaterThanOrEqual(Math.min(10, Math.ceil(fixtures.length / 10)));
    });

    it(`batch ${name} holds its floors`, () => {
      expectShapeFloors(`batch ${name}`, fixtures, floors);
    });
  }
});
