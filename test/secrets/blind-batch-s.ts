/**
 * Blind evaluation batch S for the secret/credential detector (2026-11-28).
 *
 * Written by a helper, blind: without reading the detector, its patterns, its tests, the other batches
 * (beyond the file layout of batch P and the shared helpers of fixtures.ts) or any notes, and without
 * running it. Batch S aims at CREDENTIALS IN HUMAN LANGUAGE, WORLDWIDE: passwords, PINs, Wi-Fi keys, API
 * keys and tokens shared in chat messages, e-mails, support tickets, meeting notes, handover documents and
 * prompts to an AI assistant, written in the writer's own language and script.
 *
 * Languages (28): Arabic, Hebrew, Persian, Hindi (Devanagari and Hinglish), Bengali, Tamil, Thai, Chinese
 * (simplified and traditional), Japanese, Korean, Russian, Ukrainian, Greek, Georgian, Armenian, Amharic,
 * Vietnamese, Indonesian, Malay, Tagalog (and Taglish), Swahili, Turkish, Polish, Czech, Romanian,
 * Hungarian, Finnish. The `format` of every case starts with the language code.
 *
 * Layouts: label and colon (ASCII, full-width `：`, Armenian `՝`, Ethiopic `፦`/`፡`), a sentence ("the
 * password is …", "use … to log in"), a value alone on a line after an introduction, `user / password`
 * pairs, bullet lists of accounts, a markdown table, markdown code spans and fenced code, quoted strings
 * (`«»`, `„”`, `「」`, `""`), values glued to CJK text and full-width punctuation, and mixed-language text.
 *
 * Values: human-chosen passwords built from words of the language (transliterated, as people type them),
 * years, dates, digits and symbols; password-manager strings; Wi-Fi keys (ISP/router defaults, digits,
 * words); PINs; and machine-made keys of well-known vendors (OpenAI, Anthropic, DeepSeek, Gemini, GitHub,
 * GitLab, npm, Hugging Face, Slack bot token and webhook, Telegram, Discord, LINE, SendGrid, Twilio,
 * Stripe, Shopify, DigitalOcean, AWS, Alibaba Cloud, Yandex Cloud, Razorpay, Midtrans, M-Pesa Daraja,
 * Kakao, Supabase service_role JWT, Google OAuth client secret, OpenSSH private key). Every key-like value
 * is generated at run time from the seeded random source in the vendor's shape as I remember it; the file
 * holds no literal key. The AWS documentation example pair (a negative) is assembled from parts.
 *
 * Judgment calls:
 * - Wi-Fi keys of private networks (home, office) are POSITIVES: they grant network access. A network named
 *   without a key, or an open network ("no password"), is a NEGATIVE.
 * - Temporary / initial passwords issued by IT ("change it at first login") are POSITIVES: they work until used.
 * - Static PINs chosen by a person (a Korean door-lock code given to a courier, a bank-card PIN sent to a
 *   family member) are POSITIVES. One-time codes issued by a system (SMS OTP / verification codes, Malaysian
 *   TAC, parcel-locker pickup codes), whether still valid or expired, are NEGATIVES: single use, short-lived,
 *   and the normal content of notifications. Payment transaction ids (M-Pesa, bKash) are NEGATIVES.
 * - A Wi-Fi key written in Persian (Extended Arabic-Indic) digits is a POSITIVE: the writer means the digits
 *   typed on the keyboard; it is still the key.
 * - A user handing their own password to a support agent (Hinglish, Taglish) is a POSITIVE.
 * - The words for "password" that also mean slogan, motto or crossword answer (Polish hasło, Czech heslo,
 *   Hungarian jelszó, Hebrew סיסמה, Greek σύνθημα) followed by a slogan are NEGATIVES, and so is Greek
 *   κωδικός ("code", also "password") in front of a booking reference or product code.
 * - Messages that say where a password is or how it is formed without giving it (router sticker, KeePass,
 *   1Password, "sent separately", "same as before", "your date of birth", "first four letters of your name
 *   and year of birth") are NEGATIVES.
 * - Masked values (********, ••••••••, sk-…abcd) and placeholders (<your password>, XXXX, [put it here]) are
 *   NEGATIVES. So are one-way hashes (bcrypt, SHA-256, MD5), git commit ids and UUIDs.
 * - The AWS documentation example key pair (…EXAMPLE / …EXAMPLEKEY) is a NEGATIVE: published, not a key.
 * - A Stripe publishable key (pk_live_) is a NEGATIVE: it is meant to ship in front-end code. An SSH public key
 *   is a NEGATIVE; an OpenSSH private key is a POSITIVE.
 * - Where a user name and a password sit together, `secret` is the password. Where an id and a secret sit
 *   together (AWS, Alibaba Cloud, Razorpay, Twilio, Daraja, Yandex), `secret` is the secret half. A Slack
 *   incoming webhook's `secret` is the whole URL. In a list or table of several accounts, `secret` is the
 *   first password; the others are secrets too, and finding them is not an error.
 * - The Korean door-lock code's `secret` is the digits only, without the `#` key press after them.
 */
import { createHmac } from 'node:crypto';
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  B64,
  B64URL,
  BCRYPT,
  DIGITS,
  HEXL,
  LOWER,
  UPPER,
  b64,
  base62,
  positiveBatch,
  randomChars,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** Symbols people add to passwords to satisfy a policy. */
const SYM = '!@#$%&*?';
/** The middle marker of OpenAI keys (base64 of "OpenAI"), assembled from parts. */
const OAI_MARK = ['T3Bl', 'bkFJ'].join('');

/** Extended Arabic-Indic (Persian) digits for ASCII digits. */
function persianDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/** An SSH wire-format string: a 4-byte length and the bytes. */
function sshString(b: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

function randomBytes(r: R, n: number): Buffer {
  return Buffer.from(r(HEXL, 2 * n), 'hex');
}

/** The base64 blob of an ssh-ed25519 public key (what follows `ssh-ed25519 ` in authorized_keys). */
function ed25519PublicBlob(pk: Buffer): string {
  return Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(pk)]).toString('base64');
}

/** An unencrypted OpenSSH ed25519 private key file, with random key bytes, wrapped at 70 columns. */
function opensshPrivateKey(r: R, comment: string): string {
  const pk = randomBytes(r, 32);
  const seed = randomBytes(r, 32);
  const pub = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(pk)]);
  const check = randomBytes(r, 4);
  let priv = Buffer.concat([
    check,
    check,
    sshString(Buffer.from('ssh-ed25519')),
    sshString(pk),
    sshString(Buffer.concat([seed, pk])),
    sshString(Buffer.from(comment)),
  ]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'binary'),
    sshString(Buffer.from('none')),
    sshString(Buffer.from('none')),
    sshString(Buffer.alloc(0)),
    Buffer.from([0, 0, 0, 1]),
    sshString(pub),
    sshString(priv),
  ]).toString('base64');
  const lines = body.match(/.{1,70}/g) ?? [];
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
}

// Words people build passwords from, as they type them on a Latin keyboard.
const AR = ['Ahmed', 'Yasmin', 'Qamar', 'Sahara', 'Nour', 'Layla', 'Cairo', 'Riyadh', 'Amman', 'Falcon'] as const;
const HE = ['Shalom', 'Tapuz', 'Golan', 'Yarden', 'Keshet', 'Barak', 'Noa', 'Eilat'] as const;
const FA = ['Khorshid', 'Setareh', 'Tehran', 'Parisa', 'Baran', 'Shiraz', 'Dariush', 'Golnaz'] as const;
const HI = ['Ganesh', 'Mumbai', 'Pooja', 'Rahul', 'Cricket', 'Sachin', 'Diwali', 'Lakshmi'] as const;
const BN = ['Dhaka', 'Padma', 'Ilish', 'Rahim', 'Shapla', 'Tagore', 'Sundarban', 'Bristi'] as const;
const TA = ['Murugan', 'Chennai', 'Kaveri', 'Thalaiva', 'Pongal', 'Meena', 'Kannan', 'Madurai'] as const;
const TH = ['Somchai', 'Siam', 'Chang', 'Mali', 'Krungthep', 'Naga', 'Phuket', 'Malee'] as const;
const ZH = ['woaini', 'zhang', 'wang', 'qingdao', 'huahua', 'xiaoming', 'beijing', 'longlong'] as const;
const ZHT = ['Taipei', 'chen', 'lin', 'yushan', 'boba', 'Kaohsiung', 'xiaolong'] as const;
const JA = ['sakura', 'tanaka', 'tokyo', 'neko', 'fujisan', 'hikari', 'yamato', 'doraemon'] as const;
const KO = ['haneul', 'minji', 'seoul', 'sarang', 'kimchi', 'busan', 'hana', 'jiwoo'] as const;
const RU = ['Sobaka', 'Moskva', 'Natasha', 'Medved', 'Zvezda', 'Spartak', 'Kotik', 'Solnce'] as const;
const UK = ['Kyiv', 'Kalyna', 'Sonechko', 'Dnipro', 'Oksana', 'Lviv', 'Vyshnia'] as const;
const EL = ['Athina', 'Olympos', 'Thalassa', 'Eleni', 'Zeus', 'Kriti', 'Nikos'] as const;
const KA = ['Tbilisi', 'Nino', 'Mtsvane', 'Kartli', 'Giorgi', 'Tamar', 'Batumi'] as const;
const HY = ['Ararat', 'Yerevan', 'Armen', 'Sevan', 'Nare', 'Lusine', 'Gyumri'] as const;
const AM = ['Abebe', 'Addis', 'Selam', 'Tsehay', 'Lalibela', 'Habesha', 'Meron'] as const;
const VI = ['Hanoi', 'Saigon', 'Phuong', 'Minh', 'Hoalan', 'Trang', 'Mekong', 'Linh'] as const;
const ID = ['Garuda', 'Jakarta', 'Sayang', 'Rendang', 'Bali', 'Merdeka', 'Putri'] as const;
const MS = ['Melaka', 'Siti', 'Harimau', 'Nasilemak', 'Kuala', 'Bunga', 'Aminah'] as const;
const TL = ['Mahal', 'Manila', 'Juan', 'Ganda', 'Bayani', 'Maria', 'Lola'] as const;
const SW = ['Simba', 'Jambo', 'Kilimanjaro', 'Mombasa', 'Amani', 'Baraka', 'Zawadi'] as const;
const TR = ['Galatasaray', 'Ankara', 'Ayse', 'Fenerbahce', 'Bogaz', 'Istanbul', 'Karadeniz', 'Zeynep'] as const;
const PL = ['Kasia', 'Zubr', 'Krakow', 'Pierogi', 'Wisla', 'Bursztyn', 'Tomek'] as const;
const CS = ['Praha', 'Vltava', 'Pivo', 'Krtek', 'Jitka', 'Brno', 'Pepik'] as const;
const RO = ['Bucuresti', 'Dacia', 'Ioana', 'Carpati', 'Sarmale', 'Mihai'] as const;
const HU = ['Budapest', 'Tisza', 'Paprika', 'Zsofi', 'Balaton', 'Kacsa'] as const;
const FI = ['Sisu', 'Muumi', 'Revontuli', 'Kaisa', 'Sauna', 'Helsinki', 'Karhu'] as const;

export function batchSPositives(seed = 'blind-s-positives'): SecretCase[] {
  const { r, add, out, cap } = positiveBatch(seed, []);
  const pick = <T>(xs: readonly T[]): T => xs[Number.parseInt(r(HEXL, 4), 16) % xs.length]!;
  const low = (w: string): string => w.toLowerCase();
  const year = (): string => `${pick(['19', '20'])}${r(DIGITS, 2)}`;
  const ddmmyy = (): string => `${r('012', 1)}${r('123456789', 1)}0${r('123456789', 1)}${r(DIGITS, 2)}`;

  // Human-chosen password shapes.
  /** Ankara1987! */
  const wordYear = (ws: readonly string[]): string => `${cap(pick(ws))}${year()}${r(SYM, 1)}`;
  /** sakura482 */
  const wordDigits = (ws: readonly string[]): string => `${low(pick(ws))}${r(DIGITS, 3)}`;
  /** NinoTbilisi27 (letters and digits only: safe in URLs and tables) */
  const twoWords = (ws: readonly string[]): string => `${cap(pick(ws))}${cap(pick(ws))}${r(DIGITS, 2)}`;
  /** M@rg@r1t@58# */
  const leet = (ws: readonly string[]): string =>
    `${cap(pick(ws)).replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/i/g, '1')}${r(DIGITS, 2)}${r(SYM, 1)}`;
  /** kasia140892 (a name and a birth date) */
  const dated = (ws: readonly string[]): string => `${low(pick(ws))}${ddmmyy()}`;
  /** sisu-sauna-karhu-42 */
  const phrase = (ws: readonly string[]): string => `${low(pick(ws))}-${low(pick(ws))}-${low(pick(ws))}-${r(DIGITS, 2)}`;
  /** Praha.2024! */
  const dotted = (ws: readonly string[]): string => `${cap(pick(ws))}.${r(DIGITS, 4)}${r(SYM, 1)}`;
  /** A password-manager string. */
  const generated = (n: number): string => `${r(ALNUM, n - 2)}${r('!#%&*+-=?@^_', 1)}${r(DIGITS, 1)}`;
  /** An ISP / router default Wi-Fi key. */
  const wifiIsp = (n: number): string => r(`${UPPER}${DIGITS}`, n);
  /** A Wi-Fi key made of words and digits. */
  const wifiWords = (ws: readonly string[]): string => `${low(pick(ws))}${low(pick(ws))}${r(DIGITS, 4)}`;

  // Vendor keys.
  const ghp = (): string => {
    const body = r(ALNUM, 30);
    return `ghp_${body}${base62(crc32(body), 6)}`;
  };
  const openaiProject = (): string => `sk-proj-${r(B64URL, 74)}${OAI_MARK}${r(B64URL, 74)}`;
  const anthropic = (): string => `sk-ant-api03-${r(B64URL, 93)}AA`;
  const deepseek = (): string => `sk-${r(HEXL, 32)}`;
  const gemini = (): string => `AIzaSy${r(B64URL, 33)}`;
  const telegram = (): string => `${r('1234567', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`;
  const discord = (): string => `${b64(`1${r(DIGITS, 17)}`).replace(/=+$/, '')}.${r(B64URL, 6)}.${r(B64URL, 38)}`;
  const slackBot = (): string => `xoxb-${r('123456789', 1)}${r(DIGITS, 10)}-${r('123456789', 1)}${r(DIGITS, 12)}-${r(ALNUM, 24)}`;
  const slackWebhook = (): string =>
    `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`;
  const supabaseServiceRole = (): string => {
    const enc = (o: object): string => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');
    const iat = 1_700_000_000 + Number.parseInt(r(DIGITS, 7), 10);
    const head = enc({ alg: 'HS256', typ: 'JWT' });
    const body = enc({ iss: 'supabase', ref: r(LOWER, 20), role: 'service_role', iat, exp: iat + 315_360_000 });
    const sig = createHmac('sha256', r(ALNUM, 40)).update(`${head}.${body}`).digest('base64url');
    return `${head}.${body}.${sig}`;
  };

  // --- Arabic ---------------------------------------------------------------------------------------------
  add('ar: office Wi-Fi key after a label and colon', wifiWords(AR), (s) => `مرحباً بالجميع،\nبيانات شبكة الواي فاي في المكتب الجديد:\nاسم الشبكة: Riyadh-Office-5G\nكلمة المرور: ${s}`);
  add('ar: temporary password in a sentence of an IT e-mail', wordYear(AR), (s) => `السلام عليكم أ. خالد،\n\nتم إنشاء حسابك على نظام الموارد البشرية. اسم المستخدم هو k.alharbi وكلمة المرور المؤقتة هي ${s} — يرجى تغييرها عند أول تسجيل دخول.\n\nمع التحية،\nقسم تقنية المعلومات`);
  add('ar: OpenAI project key in code pasted into an AI prompt', openaiProject(), (s) => `ساعدني لو سمحت، الكود يرجع خطأ 401 Unauthorized مع أني وضعت المفتاح صحيح:\n\nimport OpenAI from "openai";\nconst client = new OpenAI({ apiKey: "${s}" });\n\nشو المشكلة؟`);

  // --- Hebrew ---------------------------------------------------------------------------------------------
  add('he: Wi-Fi key in a sentence', wifiIsp(12), (s) => `היי, הסיסמה לוויי-פיי של המשרד היא ${s} (הרשת נקראת TLV-Office)`);
  add('he: handover bullet list of user / password pairs', leet(HE), (s) => `מסמך חפיפה – מערכות\n\n- שרת קבצים (NAS): admin / ${s}\n- נתב ראשי: admin / ${twoWords(HE)}\n- מצלמות אבטחה: הפרטים אצל יוסי`);
  add('he: Slack bot token in a markdown code span', slackBot(), (s) => `תשתמש בטוקן הזה לבוט של הסלאק, אל תעלה אותו לגיט:\n\`${s}\``);

  // --- Persian --------------------------------------------------------------------------------------------
  add('fa: home Wi-Fi key written in Persian digits', persianDigits(r(DIGITS, 10)), (s) => `رمز وای‌فای خونه رو عوض کردم. رمز جدید: ${s}`);
  add('fa: Telegram bot token on a line after an introduction', telegram(), (s) => `سلام، این توکن ربات تلگرام فروشگاه است، توی فایل تنظیمات بذارش:\n${s}`);
  add('fa: user name and password in one sentence', dotted(FA), (s) => `برای ورود به پنل مدیریت سایت از نام کاربری sara_m و رمز عبور ${s} استفاده کنید.`);

  // --- Hindi ----------------------------------------------------------------------------------------------
  add('hi: office Wi-Fi key with a Devanagari label', wifiWords(HI), (s) => `ऑफिस का वाई-फाई पासवर्ड: ${s}\nनेटवर्क का नाम: Sharma_Office_5G`);
  add('hi: Razorpay key secret in Hindi-English message', r(ALNUM, 24), (s) => `राजेश जी, Razorpay की live keys नीचे हैं, इन्हें सर्वर की .env फाइल में डाल दीजिए:\nkey_id: rzp_live_${r(ALNUM, 14)}\nkey_secret: ${s}`);
  add('hi: Hinglish support chat giving the password in a sentence', wordYear(HI), (s) => `sir mera netbanking login nahi ho raha. user id 88231907 hai aur password ${s} hai, please check karke batao`);

  // --- Bengali --------------------------------------------------------------------------------------------
  add('bn: office Wi-Fi key with a label', wifiIsp(10), (s) => `অফিসের ওয়াই-ফাই পাসওয়ার্ড: ${s}`);
  add('bn: account e-mail with user name and password labels', dated(BN), (s) => `প্রিয় রহিম ভাই,\nআপনার ইমেইল অ্যাকাউন্ট তৈরি করা হয়েছে।\nইউজারনেম: rahim.uddin@example.com\nপাসওয়ার্ড: ${s}\nপ্রথমবার লগইন করার পর পাসওয়ার্ড পরিবর্তন করবেন।`);
  add('bn: AWS secret access key on its own line after the key id', r(B64, 40), (s) => `সার্ভারের AWS কী দুটো নিচে দিলাম, কাউকে দেবেন না:\nAKIA${r(`${UPPER}234567`, 16)}\n${s}`);

  // --- Tamil ----------------------------------------------------------------------------------------------
  add('ta: home Wi-Fi key with a label', wifiWords(TA), (s) => `வீட்டு வைஃபை கடவுச்சொல்: ${s}`);
  add('ta: password in a family chat sentence', dated(TA), (s) => `அம்மா, உங்க ஜிமெயில் கடவுச்சொல் ${s} — இதை யாரிடமும் சொல்லாதீங்க.`);
  add('ta: GitHub classic token in Tamil-English chat', ghp(), (s) => `இந்த GitHub token-ஐ CI pipeline-க்கு secrets-ல சேர்த்திடுங்க: ${s}`);

  // --- Thai -----------------------------------------------------------------------------------------------
  add('th: office Wi-Fi key in a sentence with a polite particle', wifiIsp(8).toLowerCase(), (s) => `รหัส Wi-Fi ออฟฟิศชั้น 3 คือ ${s} นะครับ`);
  add('th: user name and password lines without colons', wordDigits(TH), (s) => `ชื่อผู้ใช้ somchai.k\nรหัสผ่าน ${s}\nเข้าระบบได้ที่ https://hr.example.co.th`);
  add('th: LINE channel access token on its own line', `${r(B64, 171)}=`, (s) => `Channel access token ของ LINE OA ร้านเรา (long-lived):\n${s}`);

  // --- Chinese (simplified) -------------------------------------------------------------------------------
  add('zh-Hans: Wi-Fi name and key with full-width colons', r(DIGITS, 8), (s) => `WiFi名称：ChinaNet-8F2A\n密码：${s}`);
  add('zh-Hans: password glued to Chinese text and a full-width comma', `${low(pick(ZH))}${r(DIGITS, 6)}`, (s) => `测试环境数据库密码是${s}，用户名root，别外传。`);
  add('zh-Hans: Alibaba Cloud AccessKey Secret', r(ALNUM, 30), (s) => `阿里云子账号的 AccessKey 我发你了：\nAccessKey ID：LTAI5t${r(ALNUM, 18)}\nAccessKey Secret：${s}`);
  add('zh-Hans: DeepSeek key in a prompt to an AI assistant', deepseek(), (s) => `帮我看看这段代码为什么一直报 401，我的 DeepSeek API key 是 ${s}，base_url 用的 https://api.deepseek.com`);

  // --- Chinese (traditional) ------------------------------------------------------------------------------
  add('zh-Hant: VPN account and password with full-width labels', twoWords(ZHT), (s) => `公司 VPN 帳號：wang.dm\n密碼：${s}\n第一次登入後請修改密碼。`);
  add('zh-Hant: markdown table of systems, accounts and passwords', wordYear(ZHT), (s) => `| 系統 | 帳號 | 密碼 |\n|------|------|------|\n| ERP 正式機 | admin | ${s} |\n| 官網後台 | editor | ${dotted(ZHT)} |`);
  add('zh-Hant: Gemini API key in corner-bracket quotes', gemini(), (s) => `這是 Gemini 的 API 金鑰，先借你測試，月底前記得換掉：「${s}」`);

  // --- Japanese -------------------------------------------------------------------------------------------
  add('ja: password in corner-bracket quotes in a business e-mail', wordYear(JA), (s) => `お疲れ様です。共有フォルダのパスワードは「${s}」です。よろしくお願いします。`);
  add('ja: handover block with ID and PW labels', generated(14), (s) => `■ 管理画面\nURL：https://admin.example.jp/login\nID：tanaka\nPW：${s}`);
  add('ja: Slack incoming webhook URL after an arrow', slackWebhook(), (s) => `Slack通知用のWebhook URLはこちら→ ${s}`);

  // --- Korean ---------------------------------------------------------------------------------------------
  add('ko: Wi-Fi key with the abbreviation 비번', wordDigits(KO), (s) => `와이파이 비번 ${s} 이에요~`);
  add('ko: account notice with ID and password labels', leet(KO), (s) => `[계정 안내]\n아이디: minji.kim\n비밀번호: ${s}\n※ 최초 로그인 후 반드시 변경해 주세요.`);
  add('ko: Kakao admin key with a label', r(HEXL, 32), (s) => `카카오 디벨로퍼스 어드민 키: ${s} (서버에서만 사용)`);
  add('ko: Anthropic key in a fenced code block in an AI prompt', anthropic(), (s) => `이 코드 돌리면 401 에러 나는데 왜 그런지 봐줘\n\n\`\`\`python\nclient = anthropic.Anthropic(api_key="${s}")\n\`\`\``);
  add('ko: door-lock PIN in a message to a courier', r(DIGITS, 6), (s) => `택배 오면 공동현관 비밀번호 ${s}# 누르고 들어오셔서 문 앞에 두고 가주세요`);

  // --- Russian --------------------------------------------------------------------------------------------
  add('ru: login and password labels for 1C', wordYear(RU), (s) => `Доступ к 1С:\nлогин: ivanov_s\nпароль: ${s}`);
  add('ru: Yandex Cloud API key with its key id', `AQVN${r(B64URL, 36)}`, (s) => `API-ключ сервисного аккаунта в Яндекс Облаке: ${s}\nИдентификатор ключа: aje${r(LOWER + DIGITS, 17)}`);
  add('ru: password inside a sentence between commas', leet(RU), (s) => `Заходи под admin, пароль ${s}, потом сменим.`);
  add('ru: OpenSSH private key pasted in a chat', opensshPrivateKey(r, 'deploy@ci'), (s) => `Вот ключ для деплоя, положи в ~/.ssh/id_ed25519:\n${s}`);

  // --- Ukrainian ------------------------------------------------------------------------------------------
  add('uk: office Wi-Fi key with a label', wifiWords(UK), (s) => `Пароль до Wi-Fi в офісі: ${s}`);
  add('uk: Discord bot token on a line after an introduction', discord(), (s) => `Ось токен для Discord-бота, встав у .env:\n${s}`);
  add('uk: user / password pair', dotted(UK), (s) => `Доступ до CRM: manager / ${s}`);

  // --- Greek ----------------------------------------------------------------------------------------------
  add('el: user name and access password labels', wordYear(EL), (s) => `Όνομα χρήστη: g.papadopoulos\nΚωδικός πρόσβασης: ${s}`);
  add('el: SendGrid key in a code span', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `Το κλειδί API του SendGrid για τα newsletter: \`${s}\``);

  // --- Georgian -------------------------------------------------------------------------------------------
  add('ka: office Wi-Fi key with a label', wifiWords(KA), (s) => `ოფისის Wi-Fi-ის პაროლი: ${s}`);
  add('ka: user and password on one line', twoWords(KA), (s) => `მომხმარებელი: nino.b, პაროლი: ${s}`);
  add('ka: "use … to log in" sentence', leet(KA), (s) => `სერვერზე შესასვლელად გამოიყენე ${s} — მომხმარებელი root.`);

  // --- Armenian -------------------------------------------------------------------------------------------
  add('hy: Wi-Fi key after the Armenian comma ՝', wifiIsp(10), (s) => `Wi-Fi-ի գաղտնաբառը՝ ${s}`);
  add('hy: user name and password lines', wordYear(HY), (s) => `Մուտքանուն՝ armen.h\nԳաղտնաբառ՝ ${s}`);
  add('hy: npm token on a line after an introduction', `npm_${r(ALNUM, 36)}`, (s) => `Ահա npm-ի թոքենը փաթեթը publish անելու համար՝\n${s}`);

  // --- Amharic --------------------------------------------------------------------------------------------
  add('am: office Wi-Fi key after the Ethiopic preface colon ፦', wifiWords(AM), (s) => `የቢሮው ዋይፋይ የይለፍ ቃል፦ ${s}`);
  add('am: user name and password with the Ethiopic colon ፡', dated(AM), (s) => `የተጠቃሚ ስም፡ abebe.t\nየይለፍ ቃል፡ ${s}`);
  add('am: password in a sentence ending with the Ethiopic full stop', wordYear(AM), (s) => `የኢሜይሉ የይለፍ ቃል ${s} ነው።`);

  // --- Vietnamese -----------------------------------------------------------------------------------------
  add('vi: account and password in a casual sentence', wordYear(VI), (s) => `Tài khoản admin, mật khẩu ${s} nhé anh.`);
  add('vi: Supabase service_role JWT on a line after a warning', supabaseServiceRole(), (s) => `Đây là service_role key của Supabase, tuyệt đối đừng để lộ ra frontend:\n${s}`);
  add('vi: password inside a Postgres URL in a chat', twoWords(VI), (s) => `Anh dùng chuỗi kết nối này nhé: postgres://shop_app:${s}@db.internal:5432/shop`);
  add('vi: bank-card PIN in a family message', r(DIGITS, 4), (s) => `Mã PIN thẻ ATM của mẹ là ${s}, con rút giúp mẹ hai triệu nhé.`);

  // --- Indonesian -----------------------------------------------------------------------------------------
  add('id: office Wi-Fi key with an English label', wifiWords(ID), (s) => `Password WiFi kantor: ${s}`);
  add('id: Midtrans production server key', `Mid-server-${r(B64URL, 24)}`, (s) => `Server key Midtrans yang production: ${s} — jangan di-commit ya.`);
  add('id: temporary e-mail password in a sentence', dotted(ID), (s) => `Kata sandi sementara akun email kamu adalah ${s}. Segera ganti setelah login.`);

  // --- Malay ----------------------------------------------------------------------------------------------
  add('ms: user id / password on one line', wordYear(MS), (s) => `ID pengguna: siti.a / kata laluan: ${s}`);
  add('ms: Shopify Admin API token', `shpat_${r(HEXL, 32)}`, (s) => `Guna token Admin API Shopify ni untuk sync stok: ${s}`);

  // --- Tagalog --------------------------------------------------------------------------------------------
  add('tl: Wi-Fi key in a Tagalog sentence', wifiWords(TL), (s) => `Ang password ng wifi ay ${s}`);
  add('tl: Taglish support request giving the password', dated(TL), (s) => `Pa-check naman ng account ko, username ko juan.dc tapos password ${s}, hindi ako maka-login`);
  add('tl: GitLab personal access token', `glpat-${r(B64URL, 20)}`, (s) => `Eto yung personal access token sa GitLab: ${s}`);

  // --- Swahili --------------------------------------------------------------------------------------------
  add('sw: office Wi-Fi key with a label', wifiWords(SW), (s) => `Nenosiri la Wi-Fi ya ofisini: ${s}`);
  add('sw: M-Pesa Daraja consumer secret in an e-mail', r(ALNUM, 64), (s) => `Habari Juma,\nHizi ni funguo za Daraja (M-Pesa) za production:\nConsumer Key: ${r(ALNUM, 48)}\nConsumer Secret: ${s}\nTafadhali usizishiriki na mtu yeyote.`);
  add('sw: "use … to log in" sentence', wordYear(SW), (s) => `Tumia nenosiri ${s} kuingia kwenye mfumo wa shule.`);

  // --- Turkish --------------------------------------------------------------------------------------------
  add('tr: user name and password labels', wordYear(TR), (s) => `Kullanıcı adı: mehmet.yilmaz\nŞifre: ${s}`);
  add('tr: bullet list of accounts', leet(TR), (s) => `Hesaplar:\n- Sunucu (SSH): root / ${s}\n- Yönetim paneli: admin / ${twoWords(TR)}\n- Google OAuth client secret: GOCSPX-${r(B64URL, 28)}`);

  // --- Polish ---------------------------------------------------------------------------------------------
  add('pl: Wi-Fi key with a label', wifiWords(PL), (s) => `Hasło do Wi-Fi: ${s}`);
  add('pl: "the password is …" sentence', dated(PL), (s) => `Hasło to ${s}, login jak zwykle.`);
  add('pl: Stripe live secret key', `sk_live_51${r(ALNUM, 97)}`, (s) => `Klucz produkcyjny Stripe: ${s}`);

  // --- Czech ----------------------------------------------------------------------------------------------
  add('cs: user name and password on one line', dotted(CS), (s) => `Přihlašovací jméno: novak.j, heslo: ${s}`);
  add('cs: password in a sentence of a handover note', phrase(CS), (s) => `Heslo k NAS je ${s}, uživatel admin. Prosím nezměnit bez domluvy.`);
  add('cs: Hugging Face token in a code span', `hf_${r(UPPER + LOWER, 34)}`, (s) => `Tady je můj HF token na stažení modelu: \`${s}\``);

  // --- Romanian -------------------------------------------------------------------------------------------
  add('ro: Wi-Fi key in a sentence', wifiWords(RO), (s) => `Parola de la Wi-Fi este ${s}`);
  add('ro: user name and password labels', wordYear(RO), (s) => `Utilizator: ioana.pop\nParolă: ${s}`);
  add('ro: Twilio auth token with the account SID', r(HEXL, 32), (s) => `Auth Token-ul Twilio pentru SMS-uri: ${s} (Account SID: AC${r(HEXL, 32)})`);

  // --- Hungarian ------------------------------------------------------------------------------------------
  add('hu: user name and password on one line', twoWords(HU), (s) => `Felhasználónév: kovacs.p, jelszó: ${s}`);
  add('hu: database password in Hungarian low-high quotes', generated(16), (s) => `Az éles adatbázis jelszava „${s}”, kérlek, ne írd be a wikibe.`);

  // --- Finnish --------------------------------------------------------------------------------------------
  add('fi: Wi-Fi key in a sentence', phrase(FI), (s) => `Wifin salasana on ${s}`);
  add('fi: user name and password labels', wordYear(FI), (s) => `Käyttäjätunnus: virtanen.m\nSalasana: ${s}`);
  add('fi: DigitalOcean token for deploys', `dop_v1_${r(HEXL, 64)}`, (s) => `DigitalOcean-tokeni deployta varten: ${s}`);

  return out;
}

export function batchSNegatives(seed = 'blind-s-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const AWS_EXAMPLE_ID = ['AKIA', 'IOSF', 'ODNN7', 'EXAMPLE'].join('');
  const AWS_EXAMPLE_SECRET = ['wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'].join('');

  // --- Arabic ---------------------------------------------------------------------------------------------
  add('ar: forgot the password, asks for a reset link', 'نسيت كلمة المرور الخاصة بحسابي، هل يمكنكم إرسال رابط إعادة التعيين إلى بريدي؟');
  add('ar: system OTP SMS (one-time code, negative by rule)', `رمز التحقق الخاص بك هو ${r(DIGITS, 6)}. لا تشارك هذا الرمز مع أي شخص. صالح لمدة 5 دقائق.`);
  add('ar: order confirmation with number, price and date', `تم تأكيد طلبك رقم #${r(DIGITS, 9)}\nالمبلغ الإجمالي: 245.50 ر.س\nموعد التوصيل المتوقع: 14/12/2026`);
  add('ar: placeholders for user name and password', 'اسم المستخدم: <اسم المستخدم>\nكلمة المرور: XXXX');

  // --- Hebrew ---------------------------------------------------------------------------------------------
  add('he: סיסמה in its slogan sense', 'הסיסמה של הקמפיין השנה: "ביחד ננצח". תדפיסו שלטים עד יום חמישי.');
  add('he: password policy', 'הסיסמה חייבת לכלול לפחות 12 תווים, אות גדולה, ספרה ותו מיוחד.');
  add('he: order number and phone number', `מספר הזמנה: ${r(DIGITS, 8)}\nטלפון לבירורים: 03-${r(DIGITS, 7)}`);

  // --- Persian --------------------------------------------------------------------------------------------
  add('fa: forgot the password, reset link sent', 'رمز عبورم رو فراموش کردم. لینک بازیابی به ایمیلم ارسال شد ولی باز نمی‌شه.');
  add('fa: postal tracking code', `کد رهگیری مرسوله پستی: ${r(DIGITS, 24)}`);
  add('fa: user name with a masked password', 'نام کاربری: sara_m\nرمز عبور: ********');

  // --- Hindi ----------------------------------------------------------------------------------------------
  add('hi: bank OTP SMS (one-time code, negative by rule)', `${r(DIGITS, 6)} आपका OTP है। यह 10 मिनट में समाप्त हो जाएगा। किसी के साथ साझा न करें। - XYZ Bank`);
  add('hi: railway PNR, train, berth and fare', `PNR: ${r(DIGITS, 10)}\nट्रेन: 12951 राजधानी एक्सप्रेस\nकोच B3, बर्थ 42\nकिराया: ₹3,245`);
  add('hi: how the statement PDF password is formed, no value', 'आपके स्टेटमेंट PDF का पासवर्ड आपके नाम के पहले चार अक्षर (कैपिटल में) और जन्म का वर्ष है।');

  // --- Bengali --------------------------------------------------------------------------------------------
  add('bn: password policy', 'পাসওয়ার্ড কমপক্ষে ৮ অক্ষরের হতে হবে এবং অন্তত একটি সংখ্যা থাকতে হবে।');
  add('bn: bKash transfer SMS with a transaction id', `আপনি ৳১,৫০০ পাঠিয়েছেন 01712-XXXXXX নম্বরে। TrxID ${r(UPPER + DIGITS, 10)}। বর্তমান ব্যালেন্স ৳৩,২২০.৫০`);
  add('bn: user name, password to be sent separately', 'আমার ইউজারনেম rahim.uddin, পাসওয়ার্ড আলাদা করে এসএমএস-এ পাঠাচ্ছি।');

  // --- Tamil ----------------------------------------------------------------------------------------------
  add('ta: forgot the password', 'என் கடவுச்சொல்லை மறந்துவிட்டேன், மீட்டமைப்பு இணைப்பு இன்னும் வரவில்லை.');
  add('ta: Wi-Fi network name without a key', 'வைஃபை பெயர்: Murugan_Home_5G (கடவுச்சொல் ரூட்டரின் பின்புறம் ஒட்டியிருக்கிறது)');
  add('ta: product code and price', `தயாரிப்பு குறியீடு: SKU-${r(UPPER, 3)}-${r(DIGITS, 5)}, விலை ₹1,499, டெலிவரி 3 நாட்களில்.`);

  // --- Thai -----------------------------------------------------------------------------------------------
  add('th: OTP SMS with a reference code (one-time code, negative by rule)', `รหัส OTP ของคุณคือ ${r(DIGITS, 6)} (Ref: ${r(UPPER, 4)}) รหัสจะหมดอายุภายใน 5 นาที ห้ามบอกรหัสนี้แก่ผู้อื่น`);
  add('th: EMS tracking number', `เลขพัสดุ: EF${r(DIGITS, 9)}TH ส่งแบบ EMS ถึงภายใน 2 วัน`);

  // --- Chinese (simplified) -------------------------------------------------------------------------------
  add('zh-Hans: verification code SMS (one-time code, negative by rule)', `【云服务】您的验证码为${r(DIGITS, 6)}，5分钟内有效，请勿泄露给他人。`);
  add('zh-Hans: SF Express tracking number', `快递单号：SF${r(DIGITS, 13)}，预计明天下午送达。`);
  add('zh-Hans: bcrypt hash of a password (one-way)', `数据库里存的不是明文，是哈希：$2b$12$${r(BCRYPT, 53)}`);
  add('zh-Hans: placeholder in an .env instruction', '请把你自己的密钥填到 .env 里：DEEPSEEK_API_KEY=你的密钥');

  // --- Chinese (traditional) ------------------------------------------------------------------------------
  add('zh-Hant: form with empty placeholders', '帳號：（請填寫）\n密碼：（請自行設定，至少 8 碼）');
  add('zh-Hant: order number, amount and pickup store', `訂單編號：${r(DIGITS, 14)}\n金額：NT$1,280\n取貨門市：台北信義店`);
  add('zh-Hant: free Wi-Fi without a password', '店內 WiFi：7-ELEVEN Free WiFi（免密碼，連上後按同意即可）');

  // --- Japanese -------------------------------------------------------------------------------------------
  add('ja: airline booking reference', `ご予約番号：${r(UPPER + DIGITS, 6)}\n搭乗日：2026年12月14日\n便名：NH0${r(DIGITS, 2)}`);
  add('ja: attachment password to be sent separately', 'お世話になっております。添付ファイルのパスワードは別途メールにてお送りいたします。');
  add('ja: request id (UUID) for support', `お問い合わせの際はリクエストID ${uuid(r)} をお伝えください。`);
  add('ja: API key read from an environment variable', 'APIキーは環境変数 OPENAI_API_KEY に設定してください。コードに直接書かないでください。');

  // --- Korean ---------------------------------------------------------------------------------------------
  add('ko: password policy', '비밀번호는 8~16자의 영문 대/소문자, 숫자, 특수문자를 조합해 주세요.');
  add('ko: bank verification SMS (one-time code, negative by rule)', `[Web발신]\n[OO은행] 인증번호 [${r(DIGITS, 6)}]를 입력해주세요. 타인에게 절대 알려주지 마세요.`);
  add('ko: PDF password is the birth date, no value', '첨부된 급여명세서의 비밀번호는 생년월일 6자리입니다.');
  add('ko: git commit id next to the word 비밀번호', `커밋 ${r(HEXL, 40)} 에서 비밀번호 검증 로직 버그 수정했습니다.`);

  // --- Russian --------------------------------------------------------------------------------------------
  add('ru: connection instructions with placeholders', 'Инструкция по подключению:\nСервер: vpn.example.ru\nЛогин: <ваш логин>\nПароль: <ваш пароль>');
  add('ru: order and tracking numbers', `Номер заказа: ${r(DIGITS, 3)}-${r(DIGITS, 3)}-${r(DIGITS, 3)}\nТрек-номер: ${r(DIGITS, 14)}`);
  add('ru: SSH public key to add to a server', `Вот мой публичный ключ, добавь его на сервер:\nssh-ed25519 ${ed25519PublicBlob(randomBytes(r, 32))} ivanov@laptop`);
  add('ru: password kept in KeePass, not given', 'Пароль от сервера 1С лежит в KeePass, запись «1С — прод». Сюда не пишу.');
  add('ru: API key shown masked in a console', `В консоли ключ показан как sk-...${r(ALNUM, 4)}, полностью его уже не посмотреть.`);

  // --- Ukrainian ------------------------------------------------------------------------------------------
  add('uk: password policy', 'Пароль має містити щонайменше 10 символів, включно з цифрою та великою літерою.');
  add('uk: Nova Poshta waybill number', `ТТН Нової пошти: 2045${r(DIGITS, 10)}, відділення №12`);

  // --- Greek ----------------------------------------------------------------------------------------------
  add('el: σύνθημα in its slogan sense', 'Το σύνθημα της φετινής καμπάνιας: «Μαζί μπορούμε». Τυπώστε τα πανό μέχρι την Πέμπτη.');
  add('el: κωδικός κράτησης is a booking reference', `Κωδικός κράτησης: ${r(UPPER, 6)}\nΠτήση A3 ${r(DIGITS, 3)}, 14/12/2026`);
  add('el: κωδικός προϊόντος is a product code', `Κωδικός προϊόντος: ${r(UPPER, 2)}-${r(DIGITS, 6)}, τιμή 24,90 €`);

  // --- Georgian -------------------------------------------------------------------------------------------
  add('ka: masked password', 'მომხმარებელი: nino.b\nპაროლი: ••••••••');
  add('ka: placeholders', 'მომხმარებელი: <თქვენი მომხმარებელი>\nპაროლი: <თქვენი პაროლი>');

  // --- Armenian -------------------------------------------------------------------------------------------
  add('hy: password policy', 'Գաղտնաբառը պետք է պարունակի առնվազն 8 նիշ և մեկ թվանշան։');
  add('hy: phone number and hours', `Հեռախոս՝ +374 91 ${r(DIGITS, 3)} ${r(DIGITS, 3)}, զանգահարեք 10:00-18:00`);
  add('hy: user name, password to follow by SMS', 'Մուտքանուն՝ armen.h (գաղտնաբառը կուղարկեմ SMS-ով)');
  add('hy: MD5 of a file', `Ֆայլի MD5 հեշը՝ ${r(HEXL, 32)}`);

  // --- Amharic --------------------------------------------------------------------------------------------
  add('am: forgot the password', 'የይለፍ ቃሌን ረሳሁት፤ እባክዎ የመቀየሪያ ሊንክ ይላኩልኝ።');
  add('am: verification code SMS (one-time code, negative by rule)', `የማረጋገጫ ኮድዎ ${r(DIGITS, 6)} ነው። ለማንም አያጋሩ።`);
  add('am: phone number and price', `ስልክ፦ +251 91 ${r(DIGITS, 3)} ${r(DIGITS, 4)}\nዋጋ፦ 1,250 ብር`);

  // --- Vietnamese -----------------------------------------------------------------------------------------
  add('vi: order code, total and delivery date', `Mã đơn hàng: ${r(DIGITS, 6)}${r(UPPER + DIGITS, 8)}\nTổng tiền: 1.250.000đ\nGiao hàng dự kiến: 14/12/2026`);
  add('vi: AWS documentation example key pair', `Ví dụ trong tài liệu AWS (không phải key thật): ${AWS_EXAMPLE_ID} / ${AWS_EXAMPLE_SECRET}`);
  add('vi: expired OTP (one-time code, negative by rule)', `Mã OTP ${r(DIGITS, 6)} đã hết hạn. Vui lòng yêu cầu mã mới.`);
  add('vi: password same as before, not given', 'Mật khẩu vẫn như cũ nhé anh, em không đổi.');

  // --- Indonesian -----------------------------------------------------------------------------------------
  add('id: flight booking code', `Kode booking: ${r(UPPER, 6)}\nPenerbangan GA 404 CGK–DPS, 12 Des 2026, 07.15 WIB`);
  add('id: XXXX placeholders', 'Isi sendiri ya:\nusername: XXXXXXXX\npassword: XXXXXXXX');
  add('id: password kept in 1Password, not given', 'Password-nya sudah saya simpan di 1Password, cek vault "Tim IT".');

  // --- Malay ----------------------------------------------------------------------------------------------
  add('ms: Wi-Fi network name, key on the router', 'Nama Wi-Fi: Unifi_Rumah_5G (kata laluan ada kat belakang router)');
  add('ms: expired TAC (one-time code, negative by rule)', `TAC ${r(DIGITS, 6)} anda telah tamat tempoh. Sila mohon TAC baharu.`);
  add('ms: phone number and appointment date', `No. telefon: 012-${r(DIGITS, 3)} ${r(DIGITS, 4)}, temujanji 14/12/2026 jam 10 pagi.`);

  // --- Tagalog --------------------------------------------------------------------------------------------
  add('tl: forgot the password', 'Nakalimutan ko yung password ko sa GCash, paano i-reset?');
  add('tl: OTP SMS (one-time code, negative by rule)', `Ang iyong OTP ay ${r(DIGITS, 6)}. Huwag itong ibigay kaninuman, kahit sa nagpapakilalang empleyado.`);
  add('tl: user name only, password in person', 'Username ko: juan.dc — yung password, sasabihin ko na lang nang personal.');

  // --- Swahili --------------------------------------------------------------------------------------------
  add('sw: forgot the password', 'Nimesahau nenosiri langu, naomba kiungo cha kulibadilisha.');
  add('sw: M-Pesa confirmation with a transaction code', `${r(UPPER + DIGITS, 10)} Imethibitishwa. Ksh1,500.00 imetumwa kwa JOHN DOE 0712${r(DIGITS, 6)} tarehe 14/12/26 saa 3:15 PM. Salio lako la M-PESA ni Ksh4,230.50.`);
  add('sw: bracketed placeholder', 'Jina la mtumiaji: [jina lako]\nNenosiri: [weka nenosiri lako hapa]');

  // --- Turkish --------------------------------------------------------------------------------------------
  add('tr: order and cargo tracking numbers', `Sipariş no: ${r(DIGITS, 10)}\nKargo takip no: ${r(DIGITS, 12)}`);
  add('tr: Wi-Fi key is on the modem label', 'Wi-Fi şifresi modemin arkasındaki etikette yazıyor.');
  add('tr: where to get the e-Devlet password', 'e-Devlet şifrenizi PTT şubelerinden kimliğinizle alabilirsiniz.');

  // --- Polish ---------------------------------------------------------------------------------------------
  add('pl: hasło as a crossword answer', 'Hasło krzyżówki z poprzedniego numeru: ZIMOWY WIECZÓR. Nagrody już wylosowaliśmy.');
  add('pl: parcel-locker pickup code (system one-time code, negative by rule)', `Twoja paczka czeka w Paczkomacie KRA01M. Kod odbioru: ${r(DIGITS, 6)}. Odbierz do 14.12.2026.`);
  add('pl: hasło as a campaign slogan', 'Hasło kampanii: „Razem możemy więcej”.');

  // --- Czech ----------------------------------------------------------------------------------------------
  add('cs: heslo as the motto of the day', 'Heslo dne: Kdo nic nedělá, nic nezkazí.');
  add('cs: forgot the online-banking password', 'Zapomněl jsem heslo do internetového bankovnictví, odkaz na obnovu nepřišel.');
  add('cs: order number, price and EAN', `Číslo objednávky: ${r(DIGITS, 10)}, cena 1 299 Kč, EAN ${r(DIGITS, 13)}`);

  // --- Romanian -------------------------------------------------------------------------------------------
  add('ro: expired verification code (one-time code, negative by rule)', `Codul ${r(DIGITS, 6)} a expirat. Solicitați un cod nou de verificare.`);
  add('ro: placeholders', 'Utilizator: <utilizatorul tău>\nParolă: <parola ta>');
  add('ro: courier AWB number', `AWB Fan Courier: ${r(DIGITS, 13)}, livrare estimată 14.12.2026`);

  // --- Hungarian ------------------------------------------------------------------------------------------
  add('hu: jelszó as a campaign slogan', 'A kampány jelszava: „Együtt erősebbek vagyunk”.');
  add('hu: SHA-256 checksum of a download', `Az ISO fájl SHA-256 ellenőrzőösszege: ${r(HEXL, 64)}`);
  add('hu: password expiry date', 'A jelszó lejár: 2026.12.31. Ne felejtsd el időben megváltoztatni.');

  // --- Finnish --------------------------------------------------------------------------------------------
  add('fi: password policy', 'Salasanan on oltava vähintään 12 merkkiä pitkä.');
  add('fi: order number, delivery day and price', `Tilausnumero: ${r(DIGITS, 9)}, toimitus tiistaina 2.12., hinta 49,90 €`);
  add('fi: Stripe publishable key (public by design)', `Tässä julkinen avain frontendiin: pk_live_${r(ALNUM, 24)}`);
  add('fi: user name only, password by text message', 'Käyttäjätunnus: virtanen.m — salasana tulee erikseen tekstiviestillä.');

  return out;
}
