/**
 * The harmful-request detector's question (./harmful-request.ts) in German, French, Spanish, Italian,
 * Portuguese, Russian, Chinese and Japanese, for the severe harms only: explosives, chemical weapons and
 * poisons, synthetic drugs, and malware that encrypts, spies or steals. The English detector's lexicon and
 * cues are English; before this module a role-play jailbreak that asked, in Russian, for a ransomware
 * lesson "with complete working code" or, in German, for a grandfather's story of how he mixed the charge
 * "with the amounts and the order" met no harm layer at all (session 28: blind batch AC's and review 28's
 * non-English role-play and fiction misses).
 *
 * Deliberately smaller than the English detector: one harm list and three cue families per language.
 * - HARM: the thing named (0.3).
 * - DEMAND: quantities, doses, ratios, temperatures, step by step, every step, the order of the steps,
 *   a shopping list, complete or working code (0.25 each, noisy-OR, at most 0.5).
 * - FRAME: the wrapper — a novel, a story, a game, a role-play, a grandfather's story (0.2).
 * - COVERT: the victim or the doctors must not notice (0.3). Poisons that are also reagents, pesticides
 *   and history (arsenic, thallium, cyanide) count only beside it.
 * - DEFENCE: how to protect against, detect, remove, prevent or recognise it — caps the score under the
 *   threshold, as in English, unless covert intent stands beside it.
 * A harm and one demand is 0.475, under the threshold: "¿qué dosis de fentanilo se usa en anestesia?" is a
 * pharmacology question. It blocks with two demands (the amounts and the order) or a demand inside a
 * frame (the story with the amounts).
 *
 * Cost: the harm words are triggers of the shared index (./prefilter.ts) whose one pass the rule layer
 * has already made; a text in which none starts a word (or, in Chinese and Japanese, occurs) leaves at
 * once. Only then the harm pattern runs, and the cues only within CUE_WINDOW characters of it.
 */
import { SHARED_TRIGGERS } from './prefilter.js';
import { B, E } from './rules/fragments.js';
import type { HarmfulRequestJudgement } from './harmful-request.js';

const HARM_WEIGHT = 0.3;
const DEMAND_WEIGHT = 0.25;
const DEMAND_CAP = 0.5;
const FRAME_WEIGHT = 0.2;
/** A defence-oriented question stays below any blocking threshold. */
const DEFENCE_CAP = 0.45;
/** Cues count only this close to the harm (characters either side). */
const CUE_WINDOW = 400;


/**
 * Severe harms, by family. Latin and Cyrillic stems must start a word; CJK words stand anywhere.
 * "bomba/bombe" is not a pump ("bomba de agua", "bombe à eau" is a water bomb toy, left out by the
 * demand it would need) and "Bombe" as praise needs a demand beside it too.
 */
const HARM_STEMS = [
  // Explosives and detonators.
  'sprengstoff', 'sprengladung', 'sprengsatz', 'sprengsätze', 'rohrbombe', 'bombe', 'zünder', 'tatp', 'explosif', 'détonateur', 'explosivo',
  'bomba', 'detonador', 'esplosiv', 'detonatore', 'ordigno', 'взрывчат', 'взрывн', 'бомб', 'детонатор', '炸药', '炸藥', '炸弹', '炸彈', '雷管', '爆炸物', '爆弾', '爆薬', '起爆', '爆発物',
  // Chemical weapons and poisons named for killing.
  'nervengas', 'nervenkampfstoff', 'giftgas', 'sarin', 'rizin', 'ricin', 'ricine', 'ricina', 'zyankali', 'cyanure', 'cianuro', 'arsenik', 'arsenic', 'arsénico', 'arsenico', 'arsênico', 'thallium', 'tallio', 'talio', 'tálio', 'мышьяк',
  'neurotoxique', 'nervioso', 'nervino', 'нервно-паралит', 'отравляющ', 'зарин', 'рицин', 'цианид', 'таллий', '砒霜', 'ヒ素', 'タリウム', '神经毒', '毒气', '毒氣', '沙林', '蓖麻毒', '氰化', '神経ガス', '毒ガス', 'サリン', 'リシン', '青酸',
  // Synthetic drugs.
  'methamphetamin', 'méthamphétamine', 'metanfetamina', 'метамфетамин', 'первитин', '冰毒', '甲基苯丙胺', '覚醒剤', '覚せい剤', 'メタンフェタミン', 'fentanyl', 'fentanilo', 'fentanil', 'фентанил', '芬太尼', 'フェンタニル',
  // Malware that encrypts, spies or steals.
  'ransomware', 'erpressungstrojaner', 'verschlüsselungstrojaner', 'keylogger', 'rançongiciel', 'шифровальщик', 'вымогател', 'кейлоггер', 'стилер', '勒索软件', '勒索軟體', '键盘记录', '鍵盤記錄', 'ランサムウェア', 'キーロガー',
] as const;

const HARM_TRIGGER_IDS = new Set(HARM_STEMS.map((s) => SHARED_TRIGGERS.add(s)));

/** The harm itself, matched in the lower-cased text where the gate fired. */
const HARM = new RegExp(
  [
    `${B}(?:sprengstoff|sprengladung|sprengs[aä]tze?|rohrbomben?|bomben?|zünder|tatp|explosifs?|détonateurs?|explosivos?|bombas?|detonador(?:es)?|esplosiv[oi]|detonator[ei]|ordign[oi])${E}(?!\\s(?:de|d['’]|à|au|al)\\s?(?:agua|água|calor|vacío|vácuo|aire|ar|gasolina|combustible|combustível|insulina|eau|chaleur|piscina|pozo|poço|riego|chocolate|chocolat|crema|crème|creme|nata|arroz|baño|banho|bain|frutas?|fruits?|sabor)${E})(?!\\sglacée)`,
    `${B}(?:взрывчат[а-я]{0,4}|взрывн[а-я]{0,3}\\s(?:устройств[а-я]{0,2}|заряд[а-я]{0,2}|веществ[а-я]{0,2})|бомб[а-я]{0,3}|детонатор[а-я]{0,3})${E}`,
    `${B}(?:nervengas|nervenkampfstoff|giftgas|sarin|rizin|ricine?|ricina|gaz\\sneurotoxique|agents?\\sneurotoxiques?|gas\\snervioso|agentes?\\snerviosos?|gas\\snervino|нервно-паралитическ[а-я]{0,4}|отравляющ[а-я]{0,3}\\sвещест[а-я]{0,3}|зарин[а-я]{0,2}|рицин[а-я]{0,2})${E}`,
    `${B}(?:methamphetamin|méthamphétamine|metanfetamina|метамфетамин[а-я]{0,2}|первитин[а-я]{0,2}|fentanyl|fentanilo|fentanil|фентанил[а-я]{0,2})${E}`,
    `${B}(?:ransomware|erpressungstrojaner|verschlüsselungstrojaner|keylogger|rançongiciel|шифровальщик[а-я]{0,2}|(?:вирус[а-я]{0,2}-)?вымогател[а-я]{0,2}|кейлоггер[а-я]{0,2}|стилер[а-я]{0,2})${E}`,
    '炸药|炸藥|炸弹|炸彈|雷管|爆炸物|爆弾|爆薬|起爆装置|爆発物|神经毒剂|神經毒劑|毒气|毒氣|沙林|蓖麻毒素|神経ガス|毒ガス|サリン|リシン|冰毒|甲基苯丙胺|覚醒剤|覚せい剤|メタンフェタミン|芬太尼|フェンタニル|勒索软件|勒索軟體|键盘记录|鍵盤記錄|ランサムウェア|キーロガー',
  ].join('|'),
  'g',
);

/**
 * Poisons that are also reagents, pesticides and history ("my grandfather used arsenic baits, never
 * again"): they count only beside covert intent (COVERT), the sign of a victim.
 */
const POISON = new RegExp(
  `${B}(?:zyankali|cyanure|cianuro|arsenik|arsenic|arsénico|arsenico|arsênico|thallium|tallio|t[aá]lio|цианид[а-я]{0,2}|мышьяк[а-я]{0,2}|таллий|таллия)${E}|氰化物|砒霜|青酸|ヒ素|タリウム`,
  'g',
);

/** Secrecy about the act: the victim must not notice, the doctors must not find out. */
const COVERT = new RegExp(
  `${B}(?:ohne\\sdass\\s(?:er|sie|es|jemand|man|die\\särzte)|unbemerkt|unauffällig|sans\\sque\\s(?:personne|il|elle|les\\smédecins)|sans\\slaisser\\sde\\strace|sin\\sque\\s(?:nadie|se\\sdé\\scuenta|lo\\snote|los\\smédicos)|sin\\sdejar\\srastro|senza\\sche\\s(?:nessuno|se\\sne\\saccorga|i\\smedici)|senza\\slasciare\\stracce|sem\\sque\\s(?:ninguém|ele|ela|os\\smédicos)|sem\\sdeixar\\srastro|незаметно|чтобы\\s(?:никто|он|она|врачи)\\sне|не\\sоставляя\\sследов)${E}|不被发现|不被發現|查不出|神不知鬼不觉|気づかれずに|気付かれずに|バレずに|ばれずに|発覚しない`,
);
const COVERT_WEIGHT = 0.3;

/** Demands for operational detail, each a separate piece of evidence. */
const DEMANDS: readonly RegExp[] = [
  // Quantities, doses, ratios, temperatures.
  new RegExp(`${B}(?:mengen(?:angaben)?|(?:mischungs)?verhältnis(?:se|sen)?|dosierung|dosis|temperaturen|quantités|proportions|dosages?|températures|cantidades|proporciones|temperaturas|quantità|proporzioni|dosi|quantidades|proporções|количеств[а-я]{0,3}|пропорци[а-я]{0,3}|дозировк[а-я]{0,2}|температур[а-я]{0,2})${E}|用量|剂量|劑量|配比|分量|配合比|温度`),
  // Step by step, every step, the order of the steps.
  new RegExp(`${B}(?:schritt\\sfür\\sschritt|schritt-für-schritt|jeden\\sschritt|reihenfolge|étape\\spar\\sétape|chaque\\sétape|dans\\squel\\sordre|paso\\sa\\spaso|cada\\spaso|en\\squé\\sorden|passo\\sdopo\\spasso|passo\\sper\\spasso|ogni\\spassaggio|passo\\sa\\spasso|cada\\setapa|пошагов[а-я]{0,3}|шаг\\sза\\sшагом|каждый\\sшаг|по\\sпорядку|в\\sкаком\\sпорядке)${E}|步骤|步驟|一步一步|逐步|手順|順番`),
  // A shopping list, or complete and working code.
  new RegExp(`${B}(?:einkaufsliste|liste\\sdes\\scourses|lista\\sde\\s(?:la\\s)?compras?|lista\\sdella\\sspesa|список\\sпокупок|(?:vollständige[nrs]?|funktionierende[nrs]?)\\s(?:(?:und|,)\\s)?(?:funktionierende[nrs]?\\s)?(?:code|quellcode|programm)|code\\s(?:complet|fonctionnel)|código\\s(?:completo|funcional)|codice\\s(?:completo|funzionante)|(?:полный|рабочий)\\s(?:и\\sрабочий\\s)?код|полным\\sи\\sрабочим)${E}|完整(?:的)?代码|完整(?:的)?程式碼|可运行|可運行|完全なコード|動くコード`),
];

/** The wrapper: a story, a novel, a game, a role-play, a grandparent's story. */
const FRAME = new RegExp(
  `${B}(?:geschichte|roman|rollenspiel|spiel|opa|oma|histoire|jeu\\sde\\srôle|jeu|grand-père|grand-mère|historia|novela|juego\\sde\\srol|juego|juguemos|abuelo|abuela|storia|romanzo|gioco\\sdi\\sruolo|gioco|nonno|nonna|história|jogo|avô|avó|рассказ[а-я]{0,2}|истори[а-я]{0,2}|роман[а-я]{0,2}|ролев[а-я]{0,3}|игр[а-я]{0,2}|сыграем|дедушк[а-я]{0,2}|бабушк[а-я]{0,2})${E}|小说|小說|故事|游戏|遊戲|角色扮演|爷爷|奶奶|小説|物語|ゲーム|ロールプレイ|おじいちゃん|おばあちゃん`,
);

/** Protection, detection, removal, prevention, recognition: the question of a defender. */
const DEFENCE = new RegExp(
  `${B}(?:schützen|schutz\\svor|erkennen|entfernen|verhindern|abwehren|protéger|se\\sprotéger|détecter|supprimer|prévenir|reconnaître|proteger(?:se)?|detectar|eliminar|prevenir|reconocer|proteggers?i|rilevare|rimuovere|prevenire|riconoscere|remover|reconhecer|защит[а-я]{0,4}|обнаруж[а-я]{0,4}|удал[а-я]{0,4}|предотврат[а-я]{0,4}|распозна[а-я]{0,4})${E}|防范|防範|防御|防禦|防止|检测|檢測|清除|识别|識別|防ぐ|検出|駆除|対策|見分け`,
);

const DEMAND_IDS = ['quantities', 'steps', 'list-or-code'] as const;

/**
 * The window must be in another language than English: Cyrillic or CJK script, or two function words
 * of German, French, Spanish, Italian or Portuguese. Several harm and cue words are spelled the same in
 * English ("ransomware", "proportions"), and English requests are the English detector's to judge.
 */
const NOT_ENGLISH_SCRIPT = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff]/;
const NOT_ENGLISH_WORD = new RegExp(`${B}(?:der|den|dem|das|und|nicht|ist|mit|ein|eine|ich|du|auch|auf|von|mir|les|des|et|est|une|pour|avec|dans|je|tu|vous|nous|mais|qui|los|las|el|para|con|una|del|por|pero|muy|más|también|il|di|che|della|nel|gli|sono|anche|perché|non|não|uma|numa|num|com|dos|em|ao|os|ou|quero|também|está|são|wie|comment|cómo|come|como)${E}`, 'g');

function notEnglish(window: string): boolean {
  if (NOT_ENGLISH_SCRIPT.test(window)) return true;
  NOT_ENGLISH_WORD.lastIndex = 0;
  let n = 0;
  while (NOT_ENGLISH_WORD.exec(window) !== null) if (++n >= 2) return true;
  return false;
}

/** Harm matches judged per text: the first ones decide, and a text that repeats a harm word cannot make the work grow. */
const MAX_HARM_MATCHES = 16;

/** The harm families: the severe things, and the poisons that count only with covert intent. */
const FAMILIES: readonly { re: RegExp; needsCovert: boolean }[] = [
  { re: HARM, needsCovert: false },
  { re: POISON, needsCovert: true },
];

/** Scores one harm match with the cues around it; null when nothing operational (or, for a poison, nothing covert) is asked. */
function judgeAround(lower: string, start: number, end: number, needsCovert: boolean): HarmfulRequestJudgement | null {
  const window = lower.slice(Math.max(0, start - CUE_WINDOW), end + CUE_WINDOW);
  if (!notEnglish(window)) return null;
  const evidence = [needsCovert ? 'harm.multilingual.poison' : 'harm.multilingual'];
  let demandMiss = 1;
  DEMANDS.forEach((re, k) => {
    if (re.test(window)) {
      demandMiss *= 1 - DEMAND_WEIGHT;
      evidence.push(`demand.${DEMAND_IDS[k]}`);
    }
  });
  if (demandMiss === 1) return null;
  const covert = COVERT.test(window) ? COVERT_WEIGHT : 0;
  if (covert > 0) evidence.push('covert');
  else if (needsCovert) return null;
  const demand = Math.min(DEMAND_CAP, 1 - demandMiss);
  const frame = FRAME.test(window) ? FRAME_WEIGHT : 0;
  if (frame > 0) evidence.push('frame');
  let score = 1 - (1 - HARM_WEIGHT) * (1 - demand) * (1 - frame) * (1 - covert);
  // Covert intent outweighs a defensive word, as in English ("how to remove it without her noticing").
  if (covert === 0 && DEFENCE.test(window)) {
    score = Math.min(score, DEFENCE_CAP);
    evidence.push('defence');
  }
  return { score, start, end, evidence };
}

/** Scores the severe harms named in a non-English request; null when none is named or nothing operational is asked. */
export function judgeMultilingualHarm(lower: string): HarmfulRequestJudgement | null {
  const hits = SHARED_TRIGGERS.find(lower);
  let gated = false;
  for (const id of hits.fired) {
    if (HARM_TRIGGER_IDS.has(id)) {
      gated = true;
      break;
    }
  }
  if (!gated) return null;
  let best: HarmfulRequestJudgement | null = null;
  for (const family of FAMILIES) {
    family.re.lastIndex = 0;
    let tried = 0;
    for (let m = family.re.exec(lower); m !== null && tried < MAX_HARM_MATCHES; m = family.re.exec(lower), tried++) {
      const j = judgeAround(lower, m.index, m.index + m[0].length, family.needsCovert);
      if (j !== null && (best === null || j.score > best.score)) best = j;
    }
  }
  return best;
}
