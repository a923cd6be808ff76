/**
 * The words the stray-task detector (stray-task.ts) reads a request by, per language: English, German,
 * French and Spanish. Every pattern runs on lower-cased text. Only English has topic vectors (GloVe is
 * English); in the other languages a stray request is judged by shared words and position alone.
 */

export interface StrayLanguage {
  id: 'en' | 'de' | 'fr' | 'es';
  /** A politeness word before the verb ("please write …", "bitte schreibe …"). */
  polite: RegExp;
  /** Imperatives of the work an assistant is asked to do. */
  verbs: ReadonlySet<string>;
  /** Question openers, tested on a line that ends in a question mark (opening ¿ removed). */
  question: RegExp;
  /** The assistant's own output named as the object: a line steering it is a request whatever its first word. */
  outputTarget: RegExp;
  /** First words of a sentence that is no order even when it names "your answer". */
  notAVerb: ReadonlySet<string>;
  /** The request points at the text it stands in. */
  deictic: RegExp;
  /** "the article", "das Dokument": the request names the text it is about. */
  namesText: RegExp;
  /** The document talking to its human reader, its sender, or the user talking of themselves. */
  humanReader: RegExp;
  /** The user presenting what they pasted, on the line next to their question. */
  framing: RegExp;
  /** Words that carry no topic (function words, task words, generic nouns of requests). */
  generic: ReadonlySet<string>;
  /** Whether topic.ts's word vectors can judge the request's topic. */
  vectors: boolean;
}

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const ENGLISH: StrayLanguage = {
  id: 'en',
  polite: /^please,? /,
  verbs: words(`
    write compose draft generate create produce provide give list name explain describe summarize summarise translate
    analyze analyse suggest recommend tell calculate compute convert rewrite paraphrase outline identify compare classify
    design develop plan compile show teach discuss evaluate assess predict determine brainstorm elaborate propose craft
    prepare construct build implement code debug insert include add append replace encode decode spell reverse offer
    share find recite detail define illustrate demonstrate solve estimate break`),
  question:
    /^(?:(?:how|what|which|why|who|where|when)(?:'s|\s+(?:can|do|does|did|should|would|could|is|are|was|were|to|many|much|might|will))\b|what\s+(?:causes|caused|makes|made|happens|happened|determines)\b|(?:can|could|would|will)\s+you\b|is\s+(?:it|there|this|that)\b|are\s+there\b|should\s+i\b|do\s+you\b)/,
  outputTarget:
    /\byour (?:answers?|responses?|replies|reply|output|solution|implementation|codebase|completion)\b|\b(?:every|each|all) (?:answers?|responses?|replies)\b|^from now on,? (?:answer|respond|reply|write|speak|talk|use)\b/,
  notAVerb: words('now then so and but or if when after before once while the a an this that these those there here it its i you we they he she my our their his her as at by for from on to with just also still'),
  deictic:
    /\b(?:this(?! (?:weekend|week|month|year|morning|afternoon|evening|summer|winter|spring|autumn|fall|season|time))|these|those|here|above|below|following|attached|enclosed|aforementioned|given|provided|previous|preceding|such(?! as))\b/,
  namesText:
    /\b(?:the|each|every) (?:[a-z]+ )?(?:article|text|passage|paragraph|dialogue|conversation|review|reviews|paper|abstract|e-?mail|message|messages|table|code|function|snippet|script|list|data|dataset|information|description|sentences?|document|prompt|question|input|facts|statement|news|tweet|post|chart|report|excerpt|transcript|context|content|author|speaker|writer|customer|situation|scenario|case)\b|\b(?:the|each|every) (?:[a-z]+ )?(?:process|story|example)\b(?! of)/,
  humanReader:
    /\b(?:(?<!your )reply|you (?:can|may|might|could|should|will|are)|you'(?:ll|re)|if you (?:want|would like|wish|need|prefer|are interested)|your (?:name|e-?mail|details|phone|number|signature|availability|address)|i (?:have|am|had|was|also)|i'(?:m|ve)|click|tap|call us|contact|visit|unsubscribe|log ?in|sign (?:up|in)|register|subscribe|download|rsvp|let (?:me|us) know|feel free|hesitate|we|us|our|ours)\b/,
  framing:
    /^(?:here(?:'s| is| are)|below is|for (?:context|reference)|this is (?:my|our|the)|these are (?:my|our|the)|i(?:'ve| have)? (?:pasted|attached|copied|included)|attached is|pasting|we're|we are|my [a-z]+(?: [a-z]+)?(?: is| are|:)|the [a-z]+ (?:sent|gave) me)/,
  generic: words(`
    about above after again against also among another answer anything around away based because been before being below between both
    bring could does doing down during each either else enough even every example examples explain few first from further give given good
    have having help here into just keep know least less like list little long made make many might more most much must need needs never
    next only other over please point points provide quick quickly really response reply right same should show simple since some something
    such sure take tell than that their them then there these they thing things this those through under until upon very want ways well
    were what when where which while whom whose will with within without would write your yours brief briefly short detailed step steps
    describe create list including include make using used ideas idea tips way best main key important some three five four
    probably true false working properly likely correct wrong possible happen happened happens mean means going think
    summarize summarise summary translate proofread rewrite rephrase paraphrase shorten simplify extract classify correct fix format reformat
    respond review check edit improve tldr`),
  vectors: true,
};

export const GERMAN: StrayLanguage = {
  id: 'de',
  polite: /^bitte,? /,
  verbs: words(`
    schreib schreibe schreiben erkläre erklär erklären nenne nennen gib geben beschreibe beschreiben übersetze übersetzen
    erstelle erstellen generiere generieren entwirf entwerfen verfasse verfassen schlag schlage empfiehl empfehlen berechne berechnen
    vergleiche vergleichen analysiere analysieren zeige zeig zeigen erzähle erzähl erzählen formuliere formulieren füge ersetze ersetzen
    dichte dichten definiere definieren programmiere programmieren bewerte bewerten löse lösen sammle sammeln`),
  question:
    /^(?:wie (?:kann|können|mache|macht|funktioniert|viele|lange|hoch|alt|heißt|schreibt|berechnet|bereite|koche)|was (?:ist|sind|bedeutet|war|waren|heißt|macht)|warum|wieso|weshalb|wer (?:ist|war|hat|hatte|schrieb|erfand|malte)|welche[rsnm]? |wo (?:ist|liegt|befindet)|wann (?:wurde|war|ist|fand)|kannst du|können sie|könntest du|gibt es)\b/,
  outputTarget: /\b(?:deine[rnm]?|ihre[rnm]?) (?:antwort|ausgabe|lösung|zusammenfassung)\b/,
  notAVerb: words('jetzt dann und aber oder wenn als nach vor der die das ein eine dies diese es ich du wir sie er mein unser auch noch'),
  deictic: /\b(?:dies(?:e[rnms]?)?|obige[nmrs]?|oben|unten|folgende[nmrs]?|hier|angehängte[nmrs]?|beigefügte[nmrs]?|vorliegende[nmrs]?|genannte[nmrs]?|davon|darüber|dazu|daraus)\b/,
  namesText: /\b(?:de[rnms]|die|das|jede[nmrs]?) (?:\p{L}+ )?(?:text|artikel|e-?mail|nachricht|tabelle|code|dokument|absatz|abschnitt|bericht|liste|daten|gespräch|dialog|beitrag|inhalt)\b/u,
  humanReader: /\b(?:wir|uns|unser\p{L}*|antworten sie|klicken|besuchen sie|kontaktieren|melden sie|abmelden|registrieren|abonnieren|herunterladen|sie können|du kannst|ich habe|ich bin|ich hatte)\b/u,
  framing: /^(?:hier (?:ist|sind)|anbei|unten|zur info|zum kontext|das ist mein|mein\p{L}* \p{L}+(?: ist| sind|:)|ich habe)/u,
  generic: words(`
    eine einen einem einer eines dass wenn aber oder nicht auch noch sehr mehr alle alles bitte kurz kurze kurzen kurzes ausführlich beispiel
    beispiele schritt schritte liste drei fünf vier über unter durch gegen ohne einfach einfache einfachen gibt wird werden kann können
    soll sollte machen mache welche welcher ihre deine deiner seine diese dieser einige paar ideen tipps wichtig wichtigsten beste besten
    erkläre erklären schreibe schreiben nenne gib beschreibe`),
  vectors: false,
};

export const FRENCH: StrayLanguage = {
  id: 'fr',
  polite: /^(?:s'il (?:te|vous) plaît|merci de),? /,
  verbs: words(`
    écris écrivez rédige rédigez explique expliquez liste listez énumère énumérez donne donnez décris décrivez résume résumez traduis
    traduisez crée créez génère générez propose proposez suggère suggérez recommande recommandez calcule calculez compare comparez
    analyse analysez montre montrez raconte racontez compose composez ajoute ajoutez remplace remplacez trouve trouvez définis définissez
    fournis fournissez indique indiquez cite citez nomme nommez invente inventez imagine imaginez`),
  question: /^(?:comment|pourquoi|qu'est-ce|quel(?:le)?s? |qui (?:a|est|était|écrit|peint|invente)|où |quand |combien|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous|est-ce qu)/,
  outputTarget: /\b(?:ta|votre) (?:réponse|sortie|solution)\b/,
  notAVerb: words('maintenant puis et mais ou si quand après avant le la les un une ce cette je tu nous vous il elle mon notre aussi encore'),
  deictic: /\b(?:(?:ce|cet|cette|ces)\b(?! qu)|ceci\b|cela\b|ci-dessus\b|ci-dessous\b|suivante?s?\b|ci-jointe?s?\b|précédente?s?\b|présente?s?\b)/,
  namesText: /\b(?:le|la|l'|chaque) ?(?:\p{L}+ )?(?:texte|article|e-?mail|courriel|message|tableau|code|document|paragraphe|rapport|liste|données|conversation|dialogue|contenu)\b/u,
  humanReader: /\b(?:nous|notre|nos|répondez|cliquez|visitez|contactez|connectez-vous|désabonner|inscrivez|téléchargez|vous pouvez|tu peux|j'ai|je suis|j'avais)\b/,
  framing: /^(?:voici|ci-dessous|pour info|pour le contexte|c'est mon|c'est ma|mon \p{L}+|ma \p{L}+|j'ai (?:collé|copié|joint))/u,
  generic: words(`
    dans pour avec sans sous plus très tout tous toutes toute une des est sont être avoir cette votre notre leur leurs quelques trois cinq
    quatre exemple exemples étapes étape liste simple simples bref brève courte court manière façon faire comment pourquoi quels quelles
    quel quelle idées conseils important principaux meilleur meilleurs explique expliquez écris écrivez donne donnez décris décrivez`),
  vectors: false,
};

export const SPANISH: StrayLanguage = {
  id: 'es',
  polite: /^por favor,? /,
  verbs: words(`
    escribe escriba redacta redacte explica explique enumera enumere lista dame deme describe describa resume resuma traduce traduzca
    crea cree genera genere propón proponga sugiere sugiera recomienda recomiende calcula calcule compara compare analiza analice muestra
    muestre cuenta cuéntame cuente compón componga añade añada agrega agregue reemplaza reemplace encuentra encuentre define defina diseña
    diseñe proporciona proporcione indica indique nombra menciona mencione inventa invente`),
  question: /^(?:cómo|por qué|qué (?:es|son|significa|era|fue)|cuál(?:es)?|quién|dónde|cuándo|cuánto|cuántos|cuántas|puedes|podrías|puede usted|podría)\b/,
  outputTarget: /\b(?:tu|su) (?:respuesta|salida|solución)\b/,
  notAVerb: words('ahora luego y pero o si cuando después antes el la los las un una este esta yo tú nosotros usted mi nuestro también todavía'),
  deictic: /\b(?:este|esta|estos|estas|esto|ese|esa|esos|esas|eso|anterior(?:es)?|siguiente(?:s)?|adjunt[oa]s?|arriba|abajo|aquí|presente)\b/,
  namesText: /\b(?:el|la|cada) (?:\p{L}+ )?(?:texto|artículo|correo|mensaje|tabla|código|documento|párrafo|informe|lista|datos|conversación|diálogo|contenido)\b/u,
  humanReader: /\b(?:nosotros|nuestr[oa]s?|responda|haga clic|visite|contacte|inicie sesión|darse de baja|regístrese|descargue|puede usted|usted puede|tengo|soy|tenía)\b/,
  framing: /^(?:aquí (?:está|están|tienes)|a continuación|para contexto|este es mi|esta es mi|mi \p{L}+|he (?:pegado|copiado|adjuntado))/u,
  generic: words(`
    para como cómo sobre entre desde hasta con sin una unos unas este esta estos estas todo todos toda todas muy más menos tres cinco
    cuatro ejemplo ejemplos pasos paso lista breve corta corto simple sencillo manera forma hacer puede pueden qué ideas consejos importante
    principales mejor mejores explica explique escribe escriba dame describe`),
  vectors: false,
};

/** The languages in the order a line's first word is looked up. */
export const STRAY_LANGUAGES: readonly StrayLanguage[] = [ENGLISH, GERMAN, FRENCH, SPANISH];
