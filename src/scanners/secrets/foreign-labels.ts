import { isDateShaped, isFiller, isPlaceholder, isPasswordHash } from './placeholders.js';

/**
 * Passwords after a label with no ASCII stem: `hasło do VPN: X`, `rootパスワードは「X」です`, `密码：X`,
 * `пароль: X`, `비밀번호: X`. The keyword scan of rules.ts must stay ASCII (a non-ASCII keyword makes
 * it lower-case every text: −55% of throughput), so these labels are found here with `indexOf` on the
 * text as it is, in the few cases each is written, and read with one pattern only where one occurs.
 * Blind batch G's Polish, Japanese and Chinese chat messages were its only misses after its fixes.
 */
const LABELS = [
  'hasło', 'Hasło', 'HASŁO', 'hasła', 'パスワード', '密码', '密碼', '口令', '비밀번호', '암호',
  'пароль', 'Пароль', 'ПАРОЛЬ', 'пароля', 'şifre', 'Şifre', 'şifresi', 'parolă', 'Parolă', 'mật khẩu', 'Mật khẩu', 'รหัสผ่าน', 'סיסמה', 'كلمة المرور',
  // Greek and Hindi (blind batch I).
  'κωδικός', 'Κωδικός', 'κωδικό', 'Κωδικό', 'पासवर्ड',
  // Persian (blind batch M).
  'رمز عبور',
  // Bengali, Tamil, Thai ("the Wi-Fi code"), Korean slang, Georgian, Armenian, Amharic, another Hebrew spelling, Arabic
  // "secret word" and "secret number" (blind batch S).
  'পাসওয়ার্ড', 'கடவுச்சொல்', 'รหัส Wi-Fi', 'รหัสไวไฟ', 'รหัส wifi', 'รหัส WiFi', '비번', '비밀 번호', 'პაროლი', 'գաղտնաբառ', 'Գաղտնաբառ', 'የይለፍ ቃል', 'סיסמא', 'كلمة السر', 'الرقم السري',
  // An ASCII label before the full-width colon of Chinese and Japanese text ("PW：…", "AccessKey Secret：…"): the ASCII
  // rules read `:` and `=` only.
  'PW：', 'pw：', 'Password：', 'password：', 'PASSWORD：', 'Secret：', 'secret：', 'Token：', 'token：', 'Key：', 'key：',
];

/**
 * The label, at most 48 characters of the same line (`do VPN`, `の`), an optional separator (`:`, `：`,
 * `は`, `是`, `为`, `은`, `-`), an optional opening quote, then the value: printable ASCII (passwords in
 * these chats are typed in Latin letters), 6 to 64 characters, with a digit or a symbol (a word is prose,
 * as in rules.ts's sentence rules). CJK punctuation and closing quotes end it.
 */
const VALUE_AFTER_LABEL = new RegExp(
  `(?:${LABELS.join('|')})[^\\n:=：「"'“]{0,48}?(?:[:=：]|は|是|为|為|은|는|—|-)?[ \\t]{0,4}[「『"'“]?((?=[\\x21-\\x7e]{0,63}[\\d!#$%&*?@^])[\\x21\\x23-\\x26\\x28-\\x7e]{6,64})(?![\\x21\\x23-\\x26\\x28-\\x7e])`,
  'g',
);

/** A product or booking code in capitals with a dash ("PQ-220739"): no password, nor is a date. */
const NUMBERED_CODE = /^[A-Z]{1,4}-\d{3,10}$/;
const GREEK_OTHER_CODE = /κωδικ\S*\s+(?:προϊόντος|κράτησης|παραγγελίας|προσφοράς|επιβεβαίωσης|αποστολής|ταχυδρομικ)/i;

export interface ForeignLabelMatch {
  start: number;
  end: number;
}

/** Whether the text holds a non-ASCII password label (a few `indexOf`s, which fail at once on an ASCII text). */
export function hasForeignPasswordLabel(text: string): boolean {
  return LABELS.some((label) => text.includes(label));
}

/** Values after a non-ASCII password label; empty (after a few `indexOf`s) for nearly every text. */
export function findForeignLabelPasswords(text: string): ForeignLabelMatch[] {
  return hasForeignPasswordLabel(text) ? readForeignLabelPasswords(text) : [];
}

/** The same, for a caller that has seen a label (hasForeignPasswordLabel) already. */
export function readForeignLabelPasswords(text: string): ForeignLabelMatch[] {
  const out: ForeignLabelMatch[] = [];
  VALUE_AFTER_LABEL.lastIndex = 0;
  for (let m = VALUE_AFTER_LABEL.exec(text); m !== null; m = VALUE_AFTER_LABEL.exec(text)) {
    // Trailing sentence punctuation is not part of the value ("… X." / "… X,").
    const value = m[1]!.replace(/[.,;:!?)]+$/, '');
    if (value.length < 6 || isPlaceholder(value) || isFiller(value) || isPasswordHash(value) || isDateShaped(value) || NUMBERED_CODE.test(value)) continue;
    // Greek "κωδικός" is any code: of a product, a booking, an order, a postcode (blind batch S).
    if (GREEK_OTHER_CODE.test(m[0])) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + value.length });
  }
  return out;
}
