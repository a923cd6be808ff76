/**
 * Greek names for the gazetteer: a lookup set that ignores the accent and the final sigma of Greek
 * words, and common Greek first names with the case forms a name takes in a sentence.
 *
 * Why: faker's Greek lists write some names with the accent ("Αντώνης") and some without ("Ελενη"),
 * and text writes all of them with it; and a Greek name changes with its case ("ο Γιώργος", "του
 * Γιώργου", "τον Γιώργο"). Without these, Greek names were found by shape alone: recall 0.17 on blind
 * batch GV at the session's start.
 */

/** A lower-cased Greek word without its accents and with σ for ς; other words unchanged. */
export function foldGreek(word: string): string {
  if (!hasGreek(word)) return word;
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ς/g, 'σ');
}

const GREEK_LETTER = /[\u0370-\u03ff]/;

/** Whether a word or a text holds a Greek letter. */
export function hasGreek(text: string): boolean {
  return GREEK_LETTER.test(text);
}

/** A word set that finds a Greek word however its accents and final sigma are written. */
export class GreekFoldingSet extends Set<string> {
  constructor(words: Iterable<string>) {
    super();
    for (const w of words) {
      super.add(w);
      if (hasGreek(w)) super.add(foldGreek(w));
    }
  }

  override has(word: string): boolean {
    return super.has(word) || (hasGreek(word) && super.has(foldGreek(word)));
  }
}

/** Common Greek first names by how they decline: nominative → the forms of the other cases. */
const MALE_OS = ['γιώργος', 'νίκος', 'χρήστος', 'σταύρος', 'πέτρος', 'άγγελος', 'αλέξανδρος', 'μάρκος', 'στέλιος', 'χαράλαμπος', 'απόστολος', 'κυριάκος', 'στράτος', 'τάσος', 'παύλος', 'φίλιππος', 'στέφανος', 'σπύρος', 'μάνος', 'αλέκος'];
const MALE_IS = ['γιάννης', 'δημήτρης', 'παναγιώτης', 'βασίλης', 'μιχάλης', 'θανάσης', 'αντώνης', 'μανώλης', 'λευτέρης', 'θοδωρής', 'σωτήρης', 'γρηγόρης', 'άρης', 'μάκης', 'τάκης', 'λάκης', 'σάκης', 'γιώργης'];
const MALE_AS = ['κώστας', 'ηλίας', 'λουκάς', 'ανδρέας', 'νικόλας', 'θωμάς', 'λεωνίδας', 'μηνάς'];
/** Not Αθηνά: folded, it is Αθήνα, the city. */
const FEMALE_A = ['μαρία', 'κατερίνα', 'σοφία', 'γεωργία', 'δήμητρα', 'χριστίνα', 'αναστασία', 'ιωάννα', 'κωνσταντίνα', 'θεοδώρα', 'στέλλα', 'μαργαρίτα', 'δέσποινα', 'ευαγγελία', 'παναγιώτα', 'ευτυχία', 'ελπίδα', 'χαρά', 'ρένα', 'άννα', 'αλεξάνδρα', 'βαρβάρα', 'ευγενία'];
const FEMALE_I = ['ελένη', 'ειρήνη', 'νίκη', 'φωτεινή', 'βασιλική', 'αγγελική', 'ζωή', 'κυριακή', 'αικατερίνη', 'χρυσή'];

/** Every form of the names above, lower case. */
export function greekFirstNames(): string[] {
  const out: string[] = [];
  for (const n of MALE_OS) out.push(n, `${n.slice(0, -2)}ου`, `${n.slice(0, -2)}ο`);
  for (const n of MALE_IS) out.push(n, n.slice(0, -1));
  for (const n of MALE_AS) out.push(n, n.slice(0, -1));
  for (const n of FEMALE_A) out.push(n, `${n}ς`);
  for (const n of FEMALE_I) out.push(n, `${n}ς`);
  return out;
}

/**
 * Greek islands and regions, which the place lists lack in Greek script, with the genitive a
 * sentence puts them in ("της Νάξου", "στην Κρήτη").
 */
const ISLANDS_OS = ['νάξος', 'πάρος', 'ρόδος', 'σάμος', 'λέσβος', 'χίος', 'άνδρος', 'τήνος', 'σύρος', 'μήλος', 'κως', 'θάσος', 'λήμνος', 'κύθνος', 'σίφνος', 'αμοργός', 'πάτμος', 'λέρος', 'κάλυμνος', 'σκόπελος', 'σκιάθος', 'αλόννησος', 'κεφαλονιά', 'ζάκυνθος', 'κέρκυρα', 'λευκάδα', 'ιθάκη', 'κρήτη', 'εύβοια', 'σαντορίνη', 'θήρα', 'μύκονος', 'αίγινα', 'ύδρα', 'σπέτσες', 'πόρος'];
const REGIONS = ['αττική', 'πελοπόννησος', 'μακεδονία', 'θεσσαλία', 'ήπειρος', 'θράκη', 'χαλκιδική', 'κυκλάδες', 'δωδεκάνησα', 'επτάνησα', 'μάνη', 'αρκαδία', 'λακωνία', 'μεσσηνία', 'αχαΐα', 'ηλεία', 'βοιωτία', 'φωκίδα', 'αιτωλοακαρνανία', 'κορινθία', 'αργολίδα'];

/** Every form of the places above, lower case. */
export function greekPlaces(): string[] {
  const out: string[] = [];
  for (const p of [...ISLANDS_OS, ...REGIONS]) {
    out.push(p);
    if (p.endsWith('ος')) out.push(`${p.slice(0, -2)}ου`, `${p.slice(0, -2)}ο`);
    else if (p.endsWith('ς')) out.push(p.slice(0, -1));
    else if (/[αη]$/.test(p)) out.push(`${p}ς`);
  }
  return out;
}
