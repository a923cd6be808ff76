/**
 * Code payloads: an order, in a document or a tool result, to put a block of code into the
 * assistant's own work ("Merge the following code excerpt into your algorithm:", "It may be
 * advantageous to feature the following snippet in your codebase:"), where the block attacks the
 * machine it runs on — a shell for another machine, the disk wiped, files encrypted under a fetched
 * key, keys or screen or clipboard recorded and sent away, a host flooded, credentials dumped. A coding
 * assistant that obeys ships the payload in its answer; this is indirect injection aimed at code
 * (BIPIA's code task and its kin).
 *
 * Both halves must be there:
 * - ORDER: in the sentence before a fenced block, the block named as code to take ("the following code
 *   snippet", "the below code excerpt") and the assistant's work named as where it goes ("your
 *   solution", "your codebase", "the code you develop"), in no one's voice: a user who says "our
 *   staging server" or "my script" is handing over their own code, and a message that asks to explain,
 *   annotate or review a block is studying it;
 * - PAYLOAD: a capability that no developer asks to have pasted in unannounced. Much of what attack
 *   code uses is everyday code too — a camera, a hotkey, a clipboard history, a firewall rule, a cron
 *   job, a telemetry agent, an installer piped to sh, a cleanup with rm -rf — so those count only in
 *   the combination that makes them an attack: collection sent away, persistence with fetched content,
 *   the network cut in a loop. Review 19 (test/injection-heldout/review-probes-19.ts) showed a looser
 *   first version blocking 48 of 100 honest requests written against it.
 *
 * Kind `indirect_injection`, rule `code_payload`, span the order and the block. Cost: one indexOf for
 * a fence; only texts with one are read further.
 */
import type { RawFinding } from '../../core/types.js';

export const CODE_PAYLOAD_SCORE = 0.75;
/**
 * On the first line of a user's message the order is most likely the user's own ("Please include the
 * following snippet in your answer:" above their cron job): there it only corroborates the classifier.
 */
export const CODE_PAYLOAD_OWN_LINE_SCORE = 0.45;

/** How far before a fence the order is looked for. */
const ORDER_REACH = 400;
/** Longest block read, and most blocks read per text. */
const MAX_BLOCK = 8000;
const MAX_BLOCKS = 32;

/** The block named as code to take. */
const CODE_NAMED =
  /\b(?:(?:the\s+)?(?:following|below|subsequent|next|this|these|given)\s+(?:python\s+|javascript\s+|bash\s+|shell\s+)?(?:code|snippet|excerpt|script|lines?)(?:\s+(?:snippet|excerpt|block|section|segment|fragment|lines?))?|code\s+(?:snippet|excerpt|block|section|segment|fragment)s?\s+(?:below|that\s+follows))\b/;
/** The assistant's own work, where the block is to go. */
const OWN_WORK =
  /\b(?:your\s+(?:(?:own|final|next)\s+)?(?:solution|response|answer|reply|code|codebase|code's|algorithm|implementation|program|script|function|elucidation|output|project|app|application|module|work)|the\s+code\s+you\s+(?:develop|write|produce|generate|create|return))\b/;
/** The user speaking of themselves or their own: their own code, not a planted order. */
const USERS_VOICE = /\b(?:i|i'm|i've|my|me|we|we're|our|us)\b/;
/** Studying a block rather than adopting it (in the order itself: "annotate the following snippet …"). */
const STUDIES = /\b(?:explain\w*|annotat\w*|analy[sz]\w*|what does|what do|comment on|review\w*|audit\w*|quote|malware|sample|detect\w*|is (?:this|it) (?:safe|malicious))\b/;

/** Attacks on their own: a shell for another machine, the disk or the system wiped, credentials dumped. */
const ATTACK: readonly RegExp[] = [
  /\bos\.dup2\([^\n]{0,200}fileno|pty\.spawn\(\s*["']\/bin\/(?:ba)?sh|\/bin\/(?:ba)?sh\s+-i\b|\bnc\s+(?:-\w+\s+)*-e\s|\/dev\/tcp\/|\bmeterpreter\b/,
  /\brm\s+-(?:rf|fr)\s+(?:\/|\/\*|~\/?|~\/\*|\$home\/?)(?:["'\s;)]|$)|shutil\.rmtree\(\s*["'](?:\/|~|c:\\{1,2})["']|\bmkfs\.|\bdd\s+if=\/dev\/(?:zero|urandom)\s+of=\/dev\/[sh]d|\bformat\s+c:|physicaldrive0|:\(\)\s*\{\s*:\|:&\s*\};:|vssadmin\s+delete\s+shadows/,
  /\/etc\/shadow\b|\bmimikatz\b|\blsass\b|login\s+data["']/,
];

/** Collection: keys, screen, clipboard, microphone, camera, traffic, key files. An attack only when sent away. */
const COLLECTS =
  /\bpynput\b|\bkeyboard\.(?:on_press|hook|read_key|record)|getasynckeystate|pyautogui\.screenshot|\bimagegrab\b|x11grab|\bscreencapture\b|\bmss\(\)|\bpbpaste\b|\bpyperclip\.paste|\bxclip\b|getclipboard|\bpyaudio\b|\bsounddevice\b|videocapture\(\s*0|\bsniff\(|\btcpdump\b|sock_raw|\.ssh\/id_|\.aws\/credentials|\/var\/log\/(?:syslog|auth)/;
/** Data leaving for another machine: an upload, a raw socket send, a copy to a remote host. */
const SENDS = /requests\.(?:post|put|patch)\(|\bsmtplib\b|\burlopen\(|\.sendall?\(|\.connect\(\(|\bscp\b|\brsync\b|\bcurl\b[^\n]{0,200}(?:-d\b|--data|-t\b|-x\s*["']?post)|\bftp\b/;

/** Persistence: a key, a job or a start-up entry. An attack only with content fetched from elsewhere. */
const PERSISTS = /authorized_keys|\bcrontab\b|currentversion\\{1,2}run|\blaunchagents\b|\.bashrc\b/;
/** Content fetched from elsewhere. */
const FETCHES = /requests\.get\(|\burlopen\(|\bcurl\b|\bwget\b/;
/** Code fetched and then run or unpickled (an installer piped to sh is everyday: not here). */
const RUNS_FETCHED = /pickle\.loads?\([^\n]{0,200}(?:response|requests|urlopen)|\bexec\([^\n]{0,200}(?:requests|urlopen|response)/;

/** The network cut off, kept off in a loop. */
const CUTS_NETWORK = /\bifconfig\b[^\n]{0,200}\bdown\b|\bip\s+link\s+set\b[^\n]{0,200}\bdown\b|\bipconfig\s+\/release\b|\bnmcli\s+networking\s+off\b/;
const LOOP = /\bwhile\s+true\b|\bwhile\s*\(\s*true\s*\)|\bwhile\s+1\s*:|\bfor\s*\(\s*;\s*;\s*\)/;

/** Files overwritten with their own ciphertext under a key fetched from elsewhere, or with a ransom note: ransomware's core. */
function encryptsFilesForRansom(block: string): boolean {
  return ENCRYPTS.test(block) && OVERWRITES.test(block) && RANSOM_CONTEXT.test(block);
}
const ENCRYPTS = /\bfernet\b|algorithms\.aes|\baes\.new\(|\.encrypt(?:or)?\(/;
const OVERWRITES = /["'](?:r\+b|rb\+|wb|w\+b)["']|\.write_bytes\(/;
const RANSOM_CONTEXT = /requests\.get\(|\burlopen\(|\bbitcoin\b|\bransom\b/;

/**
 * Network requests in an endless loop with no pause: a flood (a polling loop sleeps between calls).
 * A ping of a thousand packets or more is one too.
 */
function floods(block: string): boolean {
  if (/\bping\b[^\n]{0,200}-[nc]\s*\d{4,}/.test(block)) return true;
  return LOOP.test(block) && NETWORK_CALL.test(block) && !/\bsleep\(|settimeout\(|setinterval\(/.test(block);
}
const NETWORK_CALL = /requests\.(?:get|post|put|head|delete)\(|\burlopen\(|\.connect\(\(|\bsocket\.socket\(|\bcurl\b|\bwget\b|\bsend\(\s*ip\(|\bhttp\.client\b|\bfetch\(/;

// Session 27: the rest of a general taxonomy of what malicious code does once run (collection,
// discovery, execution, defence evasion, privilege escalation, impact), written from that taxonomy
// rather than from any attack set's goals. Each needs the combination that makes it an attack, as above.

/** The machine described: its name, user, platform, addresses, environment. An attack only when sent away. */
const DISCOVERS = /\bplatform\.(?:uname|node|platform|system|version|processor)\(|\bos\.uname\(|socket\.gethostname\(|socket\.gethostbyname\(|getpass\.getuser\(|\bos\.getlogin\(|uuid\.getnode\(|\bos\.environ\b|\bpsutil\.|\bsysteminfo\b|\bwhoami\b|\bipconfig\s+\/all\b|\bwmic\b/;
/** Files walked or globbed, sent away with their content: a harvest of the disk. */
const WALKS_FILES = /\bos\.walk\(|\bglob\.glob\(|\.rglob\(|\bos\.listdir\(/;
const SENDS_FILES = /requests\.(?:post|put)\([^\n]{0,200}\bfiles\s*=|\bftplib\b|\bstorbinary\(|\bupload_file\(|\bsmtplib\b/;
/** A browser's cookies or saved passwords read: stolen sessions. An attack only when sent away. */
const BROWSER_SECRETS = /cookies(?:\.sqlite)?["']|\\{1,2}cookies\b|\/cookies\b|browser_cookie3|key4\.db|logins\.json|local state["']/;
/** A program fetched and then started: a dropper. */
const DOWNLOADS_BINARY = /urlretrieve\(|requests\.get\([^\n]{0,200}\)\.content|\bwget\b|\bcurl\b[^\n]{0,200}\s-o\s|invoke-webrequest|downloadfile\(/;
const STARTS_PROGRAM = /\bos\.startfile\(|\bsubprocess\.(?:popen|run|call)\(|\bos\.system\(|\bchmod\s+\+x\b|\bstart-process\b|\bos\.chmod\(/;
/** Defences switched off: the firewall, real-time antivirus, system logging. An attack on its own. */
const DISABLES_DEFENCES = /netsh\s+advfirewall\s+set\s+\w+\s+state\s+off|set-mppreference\s+-disable\w+\s+\$?true|\bufw\s+disable\b|systemctl\s+(?:stop|disable)\s+(?:firewalld|auditd|rsyslog|apparmor)|\biptables\s+-f\b|\bsetenforce\s+0\b|wevtutil\s+cl\b|clear-eventlog\b|\bhistory\s+-c\b[^\n]{0,40}\bunset\s+histfile/;
/** Rights taken: a root shell left behind, sudo without a password, a new administrator. An attack on its own. */
const ESCALATES = /\bchmod\s+(?:u\+s|[4-7][0-7]{3})\s+\/bin\/(?:ba)?sh\b|nopasswd:\s*all|\bnet\s+localgroup\s+administrators\s+\S+\s+\/add\b|\busermod\s+-ag\s+(?:sudo|wheel|root)\b|\/etc\/sudoers\b[^\n]{0,80}(?:>>|write|append)|(?:>>|write|append)[^\n]{0,80}\/etc\/sudoers\b/;
/** The machine made unusable in a loop: shut down, rebooted, its processes killed, its disk filled. */
const DISRUPTS = /\bshutdown\s+(?:\/[srf]|-[hr])\b|\breboot\b|\btaskkill\s+\/f\b|\bkillall\b|\bpkill\s+-9\b|\bos\.kill\(|\.kill\(\)|os\.urandom\(\s*\d{7,}|["']x["']\s*\*\s*\d{8,}/;
/** A coin miner: its pool protocol or the miner's name. An attack on its own. */
const MINES = /stratum\+(?:tcp|ssl):\/\/|\bxmrig\b|\bcpuminer\b|\bminerd\b/;

/** Whether a block attacks the machine it runs on (see the module comment). */
function isPayload(block: string): boolean {
  if (ATTACK.some((p) => p.test(block)) || encryptsFilesForRansom(block) || floods(block) || RUNS_FETCHED.test(block)) return true;
  if (DISABLES_DEFENCES.test(block) || ESCALATES.test(block) || MINES.test(block)) return true;
  if ((COLLECTS.test(block) || DISCOVERS.test(block) || BROWSER_SECRETS.test(block)) && SENDS.test(block)) return true;
  if (WALKS_FILES.test(block) && SENDS_FILES.test(block)) return true;
  if (DOWNLOADS_BINARY.test(block) && STARTS_PROGRAM.test(block)) return true;
  if (PERSISTS.test(block) && FETCHES.test(block)) return true;
  return (CUTS_NETWORK.test(block) || DISRUPTS.test(block)) && LOOP.test(block);
}

/** The end of the last sentence or paragraph in a text: where the sentence before a fence starts. */
const SENTENCE_END = /[.?!](?=\s)|\n\s*\n/g;

/**
 * The order and payload of one fenced block, or null. The order is tested first: it is short, and
 * most fenced blocks have none. `ownLineEnd`: where the first line of a user's message ends (-1 for a
 * tool result, whose every line is a document's).
 */
function payloadAt(lower: string, fenceStart: number, blockEnd: number, ownLineEnd: number): RawFinding | null {
  const before = lower.slice(Math.max(0, fenceStart - ORDER_REACH), fenceStart);
  // The order is the sentence before the fence: from the last sentence end, paragraph or earlier fence.
  const lastFence = before.lastIndexOf('```');
  const afterFence = lastFence >= 0 ? before.slice(lastFence + 3) : before;
  let sentenceStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(afterFence); m !== null; m = SENTENCE_END.exec(afterFence)) sentenceStart = m.index + m[0].length;
  const order = afterFence.slice(sentenceStart);
  const named = CODE_NAMED.exec(order);
  if (named === null || !OWN_WORK.test(order) || USERS_VOICE.test(order) || STUDIES.test(order)) return null;
  if (!isPayload(lower.slice(fenceStart, Math.min(blockEnd, fenceStart + MAX_BLOCK)))) return null;
  const start = fenceStart - order.length + named.index;
  const score = ownLineEnd >= 0 && start < ownLineEnd ? CODE_PAYLOAD_OWN_LINE_SCORE : CODE_PAYLOAD_SCORE;
  return { kind: 'indirect_injection', score, start, end: blockEnd, detail: { layer: 'heuristics', rules: ['code_payload'] } };
}

/**
 * The code-payload findings of a text. `lower` is the text lower-cased with the same length;
 * `ownLineEnd` where the first line of a user's message ends, or -1 (tool results, one-line texts).
 */
export function scanCodePayload(lower: string, ownLineEnd = -1): RawFinding[] {
  let at = lower.indexOf('```');
  if (at < 0) return NONE;
  for (let blocks = 0; at >= 0 && blocks < MAX_BLOCKS; blocks++) {
    const close = lower.indexOf('```', at + 3);
    const end = close < 0 ? lower.length : close + 3;
    const f = payloadAt(lower, at, end, ownLineEnd);
    if (f !== null) return [f];
    if (close < 0) break;
    at = lower.indexOf('```', end);
  }
  return NONE;
}

const NONE: RawFinding[] = [];
