import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { SignatureError, signModel, verifyModelSignature } from '../artifacts/signing.js';
import { verifyKeylessModelSignature } from '../artifacts/signing-keyless.js';
import { EXIT_FAIL, EXIT_OK, UsageError } from './io.js';

function readKey(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError('trusted root is not valid JSON');
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * `rampart sign DIR --key KEY.pem` writes DIR/model.sig (OpenSSF model-signing v1.0, Sigstore bundle
 * v0.3, ECDSA P-256/P-384); `rampart verify-signature DIR --pub KEY.pub` checks it and every file.
 */
export function registerSign(program: Command): void {
  program
    .command('sign')
    .description('sign every file of DIR into DIR/model.sig (OpenSSF model-signing format, ECDSA key)')
    .argument('<dir>', 'model folder')
    .requiredOption('--key <file>', 'PEM private key (EC P-256 or P-384)')
    .option('--name <name>', 'model name recorded in the statement (default: folder name)')
    .option('--ignore-path <path>', 'path (relative to DIR) to leave out; repeatable', collect, [])
    .action((dir: string, flags: { key: string; name?: string; ignorePath: string[] }) => {
      try {
        signModel(dir, readKey(flags.key, 'key'), { ...(flags.name !== undefined ? { modelName: flags.name } : {}), ignorePaths: flags.ignorePath });
      } catch (err) {
        if (err instanceof SignatureError) throw new UsageError(err.message);
        throw err;
      }
      process.stdout.write(`signed ${dir} -> ${dir}/model.sig\n`);
    });
  program
    .command('verify-signature')
    .description('verify DIR/model.sig with a public key and check every file against it; exit 1 on any mismatch')
    .argument('<dir>', 'model folder')
    .option('--pub <file>', 'PEM public key (key-based signatures)')
    .option('--trusted-root <file>', 'Sigstore trusted_root.json (keyless signatures, verified offline)')
    .option('--identity <san>', 'keyless: expected signer identity (certificate SAN)')
    .option('--issuer <url>', 'keyless: expected OIDC issuer')
    .option('--signature <file>', 'signature bundle (default DIR/model.sig)')
    .action((dir: string, flags: { pub?: string; trustedRoot?: string; identity?: string; issuer?: string; signature?: string }) => {
      if ((flags.pub === undefined) === (flags.trustedRoot === undefined)) throw new UsageError('give either --pub or --trusted-root (with --identity)');
      if (flags.trustedRoot !== undefined && flags.identity === undefined) throw new UsageError('--trusted-root needs --identity');
      try {
        const check =
          flags.pub !== undefined
            ? verifyModelSignature(dir, readKey(flags.pub, 'public key'), flags.signature)
            : verifyKeylessModelSignature(dir, {
                trustedRoot: parseJson(readKey(flags.trustedRoot!, 'trusted root')),
                identity: flags.identity!,
                ...(flags.issuer !== undefined ? { issuer: flags.issuer } : {}),
                ...(flags.signature !== undefined ? { signaturePath: flags.signature } : {}),
              });
        process.stdout.write(`OK ${dir}: ${check.files} file(s) match the signature of "${check.modelName}" by key ${check.signedBy.slice(0, 16)}..\n`);
        process.exitCode = EXIT_OK;
      } catch (err) {
        if (!(err instanceof SignatureError)) throw err;
        process.stdout.write(`FAILED ${dir}: ${err.message}\n`);
        process.exitCode = EXIT_FAIL;
      }
    });
}
