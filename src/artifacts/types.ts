/**
 * Shared types for model-artifact scanning. A scan of one file yields findings; the file's verdict is
 * the worst of them, ordered malicious > error > suspicious > clean (an error still loses to malicious:
 * code that ran before a parse failure still ran).
 */

/** How bad one finding is. `info` never changes a verdict. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Per-file verdict, the stable field of the JSON report. */
export type Verdict = 'clean' | 'suspicious' | 'malicious' | 'error';

/** One thing a parser or policy found, with where it was found. */
export interface ArtifactFinding {
  severity: Severity;
  /** Stable rule id, e.g. `pickle/dangerous-call`. */
  rule: string;
  /** One line for people. Never carries file contents beyond short identifiers (callable names, member names). */
  message: string;
  /** Where: a container member path (`archive/data.pkl`), a byte offset in that member, or a JSON pointer. */
  location?: FindingLocation;
  /** How the finding bears on the verdict; derived from severity unless set. */
  verdict?: Exclude<Verdict, 'clean'>;
}

export interface FindingLocation {
  member?: string;
  offset?: number;
  pointer?: string;
}

/** The result for one scanned file. */
export interface FileReport {
  path: string;
  format: string;
  verdict: Verdict;
  findings: ArtifactFinding[];
  bytes: number;
  ms: number;
}

/** Thrown by parsers for structural problems; the orchestrator turns it into an `error` finding. */
export class ArtifactParseError extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly location?: FindingLocation,
  ) {
    super(message);
    this.name = 'ArtifactParseError';
  }
}

/** Thrown when a limit (bytes, opcodes, entries, time) is reached. Also ends as an `error` finding. */
export class ArtifactLimitError extends ArtifactParseError {
  constructor(what: string, location?: FindingLocation) {
    super('limit/exceeded', `limit exceeded: ${what}`, location);
    this.name = 'ArtifactLimitError';
  }
}

const VERDICT_RANK: Record<Verdict, number> = { clean: 0, suspicious: 1, error: 2, malicious: 3 };

/** The verdict a finding pushes toward. */
export function findingVerdict(f: ArtifactFinding): Verdict {
  if (f.verdict) return f.verdict;
  switch (f.severity) {
    case 'critical':
      return 'malicious';
    case 'high':
    case 'medium':
      return 'suspicious';
    default:
      return 'clean';
  }
}

/** Worst verdict among findings. */
export function worstVerdict(findings: readonly ArtifactFinding[]): Verdict {
  let worst: Verdict = 'clean';
  for (const f of findings) {
    const v = findingVerdict(f);
    if (VERDICT_RANK[v] > VERDICT_RANK[worst]) worst = v;
  }
  return worst;
}

/** True when `a` is at least as bad as `b`. */
export function verdictAtLeast(a: Verdict, b: Verdict): boolean {
  return VERDICT_RANK[a] >= VERDICT_RANK[b];
}

/** An `error` finding for a parse failure. */
export function errorFinding(rule: string, message: string, location?: FindingLocation): ArtifactFinding {
  return { severity: 'high', rule, message, verdict: 'error', ...(location ? { location } : {}) };
}
