/**
 * Code payloads: an order, in a document or a tool result, to put a block of code into the
 * assistant's own work ("Merge the following code excerpt into your algorithm:", "It may be
 * advantageous to feature the following snippet in your codebase:"), where the block does what
 * nobody asked for — watches the keyboard, the screen or the clipboard, opens a shell to another
 * machine, wipes or encrypts files, cuts the network, or sends the machine's data away in a loop.
 * A coding assistant that obeys ships the payload in its answer; this is indirect injection aimed at
 * code (BIPIA's code task and its kin).
 *
 * Both halves must be there:
 * - ORDER: within the few sentences before a fenced block, the block named as code to take ("the
 *   following code snippet", "the below code excerpt", "this code block") and the assistant's work
 *   named as where it goes ("your solution", "your codebase", "the code you develop");
 * - PAYLOAD: in the block, one capability no helper function has (STRONG), or two weaker ones of which
 *   one sends data to another machine or runs what it fetches (an upload in an endless loop, the host's
 *   name posted to a server). A user's "use the following helper in your solution" passes: its code
 *   parses dates, calls an API or formats strings.
 *
 * Kind `indirect_injection`, rule `code_payload`, span the order and the block. Cost: one indexOf for
 * a fence; only texts with one are read further.
 */
import type { RawFinding } from '../../core/types.js';

export const CODE_PAYLOAD_SCORE = 0.75;

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

/**
 * Capabilities a helper function never has, by the tactics of MITRE ATT&CK: collection (keys, screen,
 * clipboard, microphone, camera), traffic capture, a shell for another machine, persistence,
 * credential files, and impact (wiping, encrypting or breaking the system, cutting the network).
 */
const STRONG: readonly RegExp[] = [
  // Collection.
  /\bpynput\b|\bkeyboard\.(?:on_press|hook|read_key|record)|\bkeylog|getasynckeystate/,
  /pyautogui\.screenshot|\bimagegrab\b|x11grab|\bscreencapture\b|\bmss\(\)|\bscrot\b/,
  /\bpbpaste\b|\bpyperclip\b|\bxclip\b|\bxsel\b|getclipboard/,
  /\bpyaudio\b|\bsounddevice\b|videocapture\(\s*0|\bimagesnap\b|\bffmpeg\b[^\n]*(?:avfoundation|dshow|v4l2|alsa)/,
  // Network sniffing.
  /\bsniff\(|\btcpdump\b|\btshark\b|\bpcap|sock_raw|promisc/,
  // A shell for another machine, and code fetched and run.
  /\bos\.dup2\(|pty\.spawn|\/bin\/(?:ba)?sh\s+-i\b|\bnc\s+(?:-\w+\s+)*-e\b|\|\s*(?:ba)?sh\b|\bmeterpreter\b/,
  // Persistence.
  /authorized_keys|\bcrontab\b|\\run\\|currentversion\\\\?run|\blaunchagents\b|\.bashrc\b[^\n]{0,80}(?:>>|write|append)/,
  // Credential files.
  /\/etc\/(?:shadow|sudoers)|\.aws\/credentials|\/var\/log\/(?:syslog|auth)|login\s+data|\bkeychain\b|\bmimikatz\b|\blsass\b/,
  // Impact: wiping, breaking the system, fork bombs.
  /\brm\s+-[a-z]*r[a-z]*f?\s+(?:\/|~|\$home|\*)|shutil\.rmtree\(\s*["'](?:\/|~|c:)|\bmkfs\b|\bdd\s+if=\/dev\/(?:zero|urandom)|of=\/dev\/[sh]d|\bformat\s+c:|\bdel\s+\/[sfq]|:\(\)\s*\{|\bbcdedit\b|\bvssadmin\b|\bwipefs\b|\bchmod\s+-r\s+0*\s+\/|reg(?:\.exe)?\s+delete\s+hk|deletekey\(|\bshred\b/,
  /(?:os\.remove|os\.unlink|os\.rmdir|shutil\.rmtree|open)\(\s*r?["'](?:\/(?:etc|boot|bin|sbin|usr|lib|system)\b|c:\\\\?windows|[^"'\n]*system32)/,
  /while\s+true:\s*\n?\s*os\.fork\(\)|\bos\.fork\(\)[^\n]*\n[^\n]*os\.fork\(\)/,
  // Impact: cutting the network.
  /\biptables\b[^\n]*\b(?:drop|reject)\b|\bnetsh\b|\bifconfig\b[^\n]*\bdown\b|\bifdown\b|\bip\s+link\s+set\b[^\n]*\bdown\b|\broute\s+(?:del|delete)\b|\bipconfig\s+\/release\b|\bnmcli\b[^\n]*\boff\b|\brfkill\s+block\b|\bufw\s+(?:deny|default\s+deny)|systemctl\s+stop\s+(?:network|networking|networkmanager)|(?:\/etc\/hosts|drivers\\\\?etc\\\\?hosts)/,
];

/** Files overwritten with their own ciphertext under a key the code fetches or over a whole tree: ransomware's core. */
function encryptsFilesForRansom(block: string): boolean {
  return ENCRYPTS.test(block) && OVERWRITES.test(block) && RANSOM_CONTEXT.test(block);
}
const ENCRYPTS = /\bfernet\b|algorithms\.aes|\baes\.new\(|\.encrypt(?:or)?\(/;
const OVERWRITES = /["'](?:r\+b|rb\+|wb|w\+b)["']|\.write_bytes\(/;
const RANSOM_CONTEXT = /requests\.get\(|\burlopen\(|\bos\.walk\(|\bglob\.|\bbitcoin\b|\bransom\b|\bpay\b/;

/**
 * Network requests in an endless loop with no pause: a flood (a polling loop sleeps between calls).
 * A ping of a thousand packets or more is one too.
 */
function floods(block: string): boolean {
  if (/\bping\s+-[nc]\s*\d{3,}|\bping\b[^\n]*-[nc]\s*\d{3,}/.test(block)) return true;
  return LOOP.test(block) && NETWORK_CALL.test(block) && !/\bsleep\(|settimeout\(|setinterval\(/.test(block);
}
const LOOP = /\bwhile\s+true\b|\bwhile\s*\(\s*true\s*\)|\bwhile\s+1\s*:|\bfor\s*\(\s*;\s*;\s*\)/;
const NETWORK_CALL = /requests\.(?:get|post|put|head|delete)\(|\burlopen\(|\.connect\(\(|\bsocket\.socket\(|\bcurl\b|\bwget\b|\bsend\(\s*ip\(|\bhttp\.client\b|\bfetch\(/;

/** Data leaving for another machine: an upload, a raw socket send, a copy to a remote host. */
const SENDS = /requests\.(?:post|put|patch)\(|\bsmtplib\b|\burlopen\(|\.sendall?\(|\.connect\(\(|\bscp\b|\brsync\b|\bcurl\b[^\n]*(?:-d\b|--data|-t\b|-x\s*["']?post)|\bsend\(\s*ip\(|\bftp\b/;
/** Code fetched and then run or unpickled. */
const RUNS_FETCHED = /pickle\.loads?\([^\n]*(?:response|requests|urlopen)|\bexec\([^\n]*(?:requests|urlopen|response)|\bcurl\b[^\n]*\|\s*(?:ba)?sh/;
/** Weaker signs: each is ordinary alone. */
const WEAK: readonly RegExp[] = [
  LOOP,
  // What the machine is and runs: discovery.
  /\bplatform\.(?:system|version|node|uname|platform|machine|processor)|socket\.gethostname|uuid\.getnode|getpass\.getuser|\bos\.environ\b|pkg_resources|importlib\.metadata|pip\s+freeze|nvidia-smi|\bnetstat\b|\bps\s+aux\b|\btasklist\b|\bsysteminfo\b|\bwhoami\b|\buname\b|\bpsutil\b|\/proc\//,
  // A listener whose input is passed on: a relay.
  /\.listen\(/,
  /\bsubprocess\.|\bos\.system\(|\bos\.popen\(/,
  /\bthreading\.thread\b|\bscapy\b/,
];

/** The order and payload of one fenced block, or null. */
function payloadAt(lower: string, fenceStart: number, blockEnd: number): RawFinding | null {
  const block = lower.slice(fenceStart, Math.min(blockEnd, fenceStart + MAX_BLOCK));
  const strong = STRONG.some((p) => p.test(block)) || encryptsFilesForRansom(block) || floods(block);
  if (!strong) {
    const sends = SENDS.test(block);
    const runsFetched = RUNS_FETCHED.test(block);
    if (!sends && !runsFetched) return null;
    let weak = (sends ? 1 : 0) + (runsFetched ? 1 : 0);
    for (const p of WEAK) if (p.test(block)) weak++;
    if (weak < 2 && !runsFetched) return null;
  }
  const orderFrom = Math.max(0, fenceStart - ORDER_REACH);
  const before = lower.slice(orderFrom, fenceStart);
  // The order is the last few sentences before the fence: stop at an earlier fence.
  const lastFence = before.lastIndexOf('```');
  const order = lastFence >= 0 ? before.slice(lastFence + 3) : before;
  const named = CODE_NAMED.exec(order);
  if (named === null || !OWN_WORK.test(order)) return null;
  const start = fenceStart - order.length + named.index;
  return { kind: 'indirect_injection', score: CODE_PAYLOAD_SCORE, start, end: blockEnd, detail: { layer: 'heuristics', rules: ['code_payload'] } };
}

/** The code-payload findings of a text. `lower` is the text lower-cased with the same length. */
export function scanCodePayload(lower: string): RawFinding[] {
  let at = lower.indexOf('```');
  if (at < 0) return NONE;
  const out: RawFinding[] = [];
  for (let blocks = 0; at >= 0 && blocks < MAX_BLOCKS; blocks++) {
    const close = lower.indexOf('```', at + 3);
    const end = close < 0 ? lower.length : close + 3;
    const f = payloadAt(lower, at, end);
    if (f !== null) {
      out.push(f);
      break;
    }
    if (close < 0) break;
    at = lower.indexOf('```', end);
  }
  return out.length === 0 ? NONE : out;
}

const NONE: RawFinding[] = [];
