import type { PiiMatch } from '../detect.js';

/**
 * People, places and addresses written in Japanese script, which the Latin-script readers of this
 * layer never see (no capitals, no spaces): blind batch AA (session 22) had a form, a news line and a
 * sentence in Japanese, and every name, town and address in them was missed.
 *
 * - PERSON: a name of one to four kanji (or a kana given name) before an honorific (`山田太郎さん`,
 *   `佐藤様`, `鈴木先生`), or the value of a name label (`氏名：佐藤 美咲`).
 * - ADDRESS: a postal block from the postcode mark or a prefecture through the block and house numbers
 *   (`〒530-0001 大阪府大阪市北区梅田2丁目4番9号 グランドビル501号室`).
 * - LOCATION: the prefectures and the larger cities by name (`名古屋`, `横浜`, `京都`, `福岡県`),
 *   from a list written here.
 * Only texts holding kana or kanji are read: one test of the text for them.
 */

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The 47 prefectures as written without their suffix, then the suffix each takes. */
const PREFECTURES: readonly [string, string][] = [
  ['北海', '道'], ['青森', '県'], ['岩手', '県'], ['宮城', '県'], ['秋田', '県'], ['山形', '県'], ['福島', '県'], ['茨城', '県'], ['栃木', '県'], ['群馬', '県'],
  ['埼玉', '県'], ['千葉', '県'], ['東京', '都'], ['神奈川', '県'], ['新潟', '県'], ['富山', '県'], ['石川', '県'], ['福井', '県'], ['山梨', '県'], ['長野', '県'],
  ['岐阜', '県'], ['静岡', '県'], ['愛知', '県'], ['三重', '県'], ['滋賀', '県'], ['京都', '府'], ['大阪', '府'], ['兵庫', '県'], ['奈良', '県'], ['和歌山', '県'],
  ['鳥取', '県'], ['島根', '県'], ['岡山', '県'], ['広島', '県'], ['山口', '県'], ['徳島', '県'], ['香川', '県'], ['愛媛', '県'], ['高知', '県'], ['福岡', '県'],
  ['佐賀', '県'], ['長崎', '県'], ['熊本', '県'], ['大分', '県'], ['宮崎', '県'], ['鹿児島', '県'], ['沖縄', '県'],
];

/** Cities and well-known places that are no prefecture's name. */
const CITIES = [
  '札幌', '函館', '旭川', '仙台', '盛岡', '郡山', 'いわき', '水戸', 'つくば', '宇都宮', '前橋', '高崎', 'さいたま', '川越', '船橋', '柏', '横浜', '川崎', '相模原',
  '横須賀', '鎌倉', '藤沢', '八王子', '町田', '立川', '甲府', '松本', '金沢', '浜松', '名古屋', '豊田', '岡崎', '四日市', '大津', '堺', '東大阪', '神戸', '姫路', '西宮',
  '尼崎', '倉敷', '福山', '下関', '松山', '高松', '北九州', '久留米', '熊本', '那覇', '新宿', '渋谷', '池袋', '品川', '銀座', '浅草', '秋葉原', '梅田', '難波', '心斎橋',
  '博多', '天神', '日光', '箱根', '軽井沢', '富士山', '沖縄本島',
];

/** Honorifics after a name; the name is the run of kanji or kana before one. */
const HONORIFIC = '(?:さん|さま|様|氏|くん|君|ちゃん|先生|殿)';

/** A name before an honorific: one to four kanji, or a kana given name of two to four. */
const NAME_BEFORE_HONORIFIC = new RegExp(`(?<![\\u4e00-\\u9fff])([\\u4e00-\\u9fff]{1,4}|[\\u3041-\\u3096\\u30a1-\\u30fa]{2,4})(?=${HONORIFIC})`, 'g');

/** The value of a name label: `氏名：佐藤 美咲`, `お名前: 山田太郎`. */
const NAME_LABEL = /(?:氏名|お名前|名前|担当者|申請者|契約者)[ \u3000]*[：:][ \u3000]*([\u4e00-\u9fff]{1,4}(?:[ \u3000][\u4e00-\u9fff\u3041-\u3096]{1,4})?)/g;

const DIGITS = '[0-9０-９]';
/**
 * A postal block: the postcode mark and code or a prefecture first, then up to three municipal
 * parts (市, 区, 町, 村, 郡), the district, and the block numbers (`2丁目4番9号`, `3-14-7`), then an
 * optional building with its room (`グランドビル501号室`).
 */
const ADDRESS = new RegExp(
  `(?:〒[ \\u3000]?\\d{3}-?\\d{4}[ \\u3000]?(?:[\\u4e00-\\u9fff]{2,3}[都道府県])?|[\\u4e00-\\u9fff]{2,3}[都道府県])` +
    `(?:[\\u4e00-\\u9fff\\u3041-\\u3096\\u30a1-\\u30fa]{1,8}?[市区町村郡]){0,3}[\\u4e00-\\u9fff\\u3041-\\u3096\\u30a1-\\u30fa]{0,8}?` +
    `(?:${DIGITS}{1,4}丁目${DIGITS}{1,4}(?:番地?|-)${DIGITS}{0,4}号?|${DIGITS}{1,4}-${DIGITS}{1,4}(?:-${DIGITS}{1,4})?|${DIGITS}{1,4}番地?(?:${DIGITS}{1,4}号?)?)` +
    `(?:[ \\u3000]?[\\u30a1-\\u30fa\\u4e00-\\u9fffA-Za-z]{1,20}${DIGITS}{1,5}号室)?`,
  'g',
);

/** Place names, longest first so `東大阪` is read before `大阪`, each with the suffix it may carry. */
const PLACE_NAMES = [...PREFECTURES.map(([name, suffix]) => `${name}(?:${suffix})?`), ...CITIES.map((c) => `${c}(?:市|区)?`)].sort((a, b) => b.length - a.length);
const PLACE = new RegExp(`(?:${PLACE_NAMES.join('|')})`, 'g');

/** Adds the Japanese-script people, places and addresses of `text` to `out`. */
export function findJapaneseEntities(text: string, out: PiiMatch[], person: boolean, location: boolean, address: boolean): void {
  if (!JAPANESE.test(text)) return;
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && s < end);
  if (address) {
    for (const m of text.matchAll(ADDRESS)) {
      const start = m.index;
      const end = start + m[0].length;
      taken.push([start, end]);
      out.push({ type: 'ADDRESS', format: 'ADDRESS', start, end, score: 0.85 });
    }
  }
  if (person) {
    for (const m of text.matchAll(NAME_LABEL)) {
      const start = m.index + m[0].length - m[1]!.length;
      taken.push([start, start + m[1]!.length]);
      out.push({ type: 'PERSON', format: 'PERSON', start, end: start + m[1]!.length, score: 0.85 });
    }
    for (const m of text.matchAll(NAME_BEFORE_HONORIFIC)) {
      const start = m.index;
      const end = start + m[1]!.length;
      if (!free(start, end) || PLACE_ONLY.test(m[1]!) || NOT_A_NAME.test(m[1]!)) continue;
      taken.push([start, end]);
      out.push({ type: 'PERSON', format: 'PERSON', start, end, score: 0.75 });
    }
  }
  if (location) {
    for (const m of text.matchAll(PLACE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      out.push({ type: 'LOCATION', format: 'LOCATION', start, end, score: 0.75 });
    }
  }
}

/**
 * Words before an honorific that are no one's name: everyone and the customer (`皆さん`, `お客様`), kin
 * and roles (`奥さん`, `運転手さん`, `部長`), shops and firms (`八百屋さん`, `なにわ物産様`), and a single
 * kanji on its own, which is more often a word than a surname.
 */
const NOT_A_NAME = /^(?:.|皆|客|奥|旦那|子供|息子|娘|兄|姉|弟|妹|父|母|祖父|祖母|孫|隣|大家|店員|運転手|医者|看護師|先輩|後輩|担当|業者|警察|職人|皆様|各位|お客)$|(?:屋|長|員|者|師|手|会社|物産|商事|工業|銀行|病院|学校|大学|事務所|店|社|局|所|部|課|係|様)$/;

/** A run before an honorific that is a place's name, not a person's (`大阪様` is a shop's address form). */
const PLACE_ONLY = new RegExp(`^(?:${PLACE_NAMES.join('|')})$`);
