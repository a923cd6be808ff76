/**
 * The built-in policy. It is kept as commented YAML so that `rampart policy init` writes exactly
 * what the engine uses when no policy is given, with the comments a reader needs to change it.
 */
export const DEFAULT_POLICY_YAML = `# Rampart policy (version 1).
# For each direction (input = what users and tools send to the model, output = what the model
# answers, tool = tool-call arguments and tool results) list the scanners to run and what their
# findings mean. Per scanner:
#   enabled    true | false
#   threshold  findings scoring below it (0..1) are recorded but ask for nothing
#   action     allow | flag | redact | block | review  (review: a human must approve)
#   onError    what happens when the scanner itself fails or times out (default: block = fail closed)
#   timeoutMs  time budget for asynchronous scanners
#   kinds      per finding kind overrides: { KIND: { enabled, threshold, action } }
#   options    scanner-specific settings
# The strictest action among all findings decides: block > review > redact > flag > allow.
version: 1
name: rampart-default

limits:
  maxTextChars: 16777216   # longer texts get onOversize
  onOversize: block
  maxDecodeDepth: 4        # base64 inside hex inside URL-encoding… is followed this deep
  maxDecodedViews: 64

input:
  scanners:
    # Hidden text: Unicode tag characters, bidi controls (Trojan Source), invisible runs,
    # variation-selector payloads, look-alike letters from other scripts.
    unicode:
      threshold: 0.8
      action: block
      kinds:
        mixed_script: { action: flag, threshold: 0.5 }
        invisible_characters: { action: flag, threshold: 0.5 }
        bidi_control: { action: flag, threshold: 0.5 }
    # Prompt injection and jailbreaks, on the normalized text and on every decoded view: multilingual
    # rules (kinds instruction_override, role_hijack, prompt_extraction, …), fluent harmful requests
    # (kind harmful_request), a trained classifier (kind classifier) whose calibrated score has its
    # own held-out threshold, and a higher one on pasted documents (kind classifier_document), and
    # their agreement below it (kind corroborated). Optional layers, off
    # unless options.layers turns them on: guardian (a judge LLM) and onnx (a local transformer
    # classifier such as Prompt Guard 2; kind transformer, scored by the model's attack probability,
    # blocked where the model itself would say attack).
    injection:
      threshold: 0.5
      action: block
      kinds:
        classifier: { threshold: 0.845 }
        classifier_document: { threshold: 0.95 }
        transformer: { threshold: 0.5 }
    # Credentials (100+ formats: cloud, AI, CI, payment keys, private keys, DB URLs, password=…).
    # Only the secret is replaced (api_key=[OPENAI_API_KEY]); the kind is the format.
    secrets:
      threshold: 0.5
      action: redact
    # Personal data, checked with validators (Luhn, mod-97, check digits) and context words.
    # Card numbers, SSNs and IBANs are replaced; other kinds are recorded (flag).
    # Redaction per kind: options.redaction: { mode: mask, kinds: { CREDIT_CARD: partial } }
    # (modes: mask [EMAIL], partial …1111, hash (HMAC, needs a key), pseudonym PERSON_1, fake).
    pii:
      threshold: 0.5
      action: flag
      kinds:
        CREDIT_CARD: { action: redact }
        US_SSN: { action: redact }
        IBAN: { action: redact }
        DATE_TIME: { threshold: 0.8 }   # dates only next to "born", "DOB", "date of birth"
        URL: { action: allow }          # links are everywhere; the exfil scanner judges them on output
        LOCATION: { threshold: 0.7 }    # a bare place name ("the capital of France") is not personal data

output:
  scanners:
    # Markdown images/links and HTML that send data to hosts outside the allowlist.
    # Images and embeds load without a click (zero-click exfiltration): blocked. A plain link to an
    # unknown host (0.6) is recorded; one that carries data in its URL (0.8) is blocked.
    exfil:
      threshold: 0.5
      action: block
      kinds:
        link_exfil: { threshold: 0.75 }
      options:
        allowedHosts: []          # e.g. [example.com, "*.example.org"]
    # Output that contains a canary token planted in the system prompt (see createCanary()).
    canary:
      action: block
    # Output that reproduces a long part of the system prompt.
    prompt-leak:
      threshold: 0.5
      action: block
      options:
        minChars: 60              # shortest reproduced run that counts as a leak
    # JSON Schema validation of the model's answer; only runs when a schema is set.
    schema:
      action: block
      options: {}                 # schema: { type: object, ... }
    # A model must not hand out credentials or payment data, even ones it was shown.
    secrets:
      threshold: 0.5
      action: redact
    pii:
      threshold: 0.5
      action: flag
      kinds:
        CREDIT_CARD: { action: redact }
        US_SSN: { action: redact }
        IBAN: { action: redact }
        DATE_TIME: { threshold: 0.8 }
        URL: { action: allow }
        LOCATION: { threshold: 0.7 }
    unicode:
      threshold: 0.8
      action: block
      kinds:
        mixed_script: { action: flag, threshold: 0.5 }
        invisible_characters: { action: flag, threshold: 0.5 }
        bidi_control: { action: flag, threshold: 0.5 }

tool:
  scanners:
    # Tool results are where indirect injection arrives.
    injection:
      threshold: 0.5
      action: block
      kinds:
        classifier: { threshold: 0.845 }
        classifier_document: { threshold: 0.95 }
        transformer: { threshold: 0.5 }
    # Tool arguments and results carry keys and customer records too.
    secrets:
      threshold: 0.5
      action: redact
    unicode:
      threshold: 0.8
      action: block
      kinds:
        mixed_script: { action: flag, threshold: 0.5 }
        invisible_characters: { action: flag, threshold: 0.5 }
        bidi_control: { action: flag, threshold: 0.5 }
`;
