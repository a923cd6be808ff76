/**
 * Blind evaluation batch T for the secret/credential detector (2026-11-28).
 *
 * Written by a helper, blind: without reading the detector, its patterns, its tests, the other batches
 * (beyond the file layout of batch P and the helpers at the top of fixtures.ts) or any notes, and without
 * running it. Batch T covers BUILD, CI/CD AND PACKAGE-MANAGER FILES as they are committed to repositories:
 * (1) CI/CD: GitHub Actions, GitLab CI (and runner config.toml), CircleCI, Jenkinsfiles (declarative and
 *     scripted) and Jenkins configuration-as-code, Azure Pipelines, Bitbucket Pipelines, Travis, Drone,
 *     Buildkite, Tekton, Argo Workflows, Woodpecker, TeamCity;
 * (2) package managers: .npmrc, .yarnrc.yml, pnpm, bunfig.toml, pip.conf, .pypirc, Pipfile, Poetry, conda
 *     .condarc, composer auth.json, NuGet.config, Cargo credentials.toml, .gem/credentials, Bundler config,
 *     Go (.netrc, insteadOf, GOPRIVATE), Helm repositories.yaml, Maven settings.xml / settings-security.xml /
 *     pom.xml, Gradle (gradle.properties, build.gradle, build.gradle.kts, Develocity), sbt, Ivy;
 * (3) build and packaging tools: Dockerfiles, docker-compose, Docker config.json, Makefiles, .bazelrc,
 *     Earthfile, Nix, Packer, Vagrantfile, Ansible Galaxy, Chocolatey, Homebrew and GoReleaser taps;
 * (4) mobile: Fastlane (.env, Fastfile, Matchfile, Appfile), Xcode .xcconfig, Android signing configs.
 *
 * Negatives live in the same files: secrets referenced through the CI's secret store (`${{ secrets.X }}`,
 * `$CI_JOB_TOKEN`, `credentials('id')`, `$(System.AccessToken)`, `%env.X%`, `from_secret`, secretKeyRef),
 * masked values in job logs, registry URLs without credentials, public keys, checksums and lockfile
 * integrity hashes, pinned commit and image digests, identifiers (key ids, team ids, issuer ids),
 * example values from official docs, commented-out placeholder lines, and tokens passed through files.
 *
 * Every key-like value is generated at run time from the seeded random source, in the shape the vendor
 * uses as I remember it (prefix, alphabet, length, CRC32/base62 checksum for GitHub and npm tokens, the
 * macaroon layout of PyPI tokens, the PKCS#8 layout of an App Store Connect .p8 key). The file holds no
 * literal key. The few published constants used as negatives (AWS documentation example keys, the Maven
 * password-encryption guide examples, the cache.nixos.org public key) are assembled from parts.
 *
 * Judgment calls:
 * - A literal credential committed in a build or CI file is a POSITIVE even when the file obviously
 *   targets CI (the file is in the repository, so is the credential).
 * - Where a user name and a password sit together (URLs, `user:pass` idents, settings.xml servers), `secret`
 *   is the password or token; where a base64 `auth` value packs both (.npmrc `_auth`, Docker config.json,
 *   `.dockerconfigjson`, Fastlane `git_basic_authorization`), `secret` is the base64 value.
 * - Maven: `<master>` in settings-security.xml is a POSITIVE (it is encrypted with the public constant
 *   "settings.security", so it is reversible). An encrypted `{...}` server password on its own was left
 *   out (it needs the master from another file). The exact example values printed in Maven's
 *   password-encryption guide are NEGATIVES (documentation).
 * - Travis `secure:` values are NEGATIVES: they are RSA-encrypted to the repository key held by Travis
 *   and cannot be decrypted from the repository (like Ansible Vault ciphertext in batch P).
 * - Service containers that exist only for a CI job with the image's documented default
 *   (`POSTGRES_PASSWORD: postgres` in a GitHub Actions `services:` block) and docker-compose files copied
 *   from Docker Hub's official image docs (`POSTGRES_PASSWORD: example`) are NEGATIVES.
 * - Dummy keystores with published default passwords are NEGATIVES: the Android debug keystore
 *   (`android` / `androiddebugkey`), the JDK cacerts store (`changeit`), Vagrant base-box `vagrant`.
 *   A release signing config with any other password is a POSITIVE.
 * - Identifiers that are not secrets are NEGATIVES: App Store Connect key id and issuer id (without the
 *   key), Apple team ids, GPG key ids and fingerprints, Docker and commit digests, Codecov/Sonar
 *   project keys. A Codecov upload token, Chocolatey API key or Heroku API key are UUIDs, but when set as
 *   the token/api key they are POSITIVES (the UUID shape alone carries no signal; the context does).
 * - Webhook URLs for Slack and Discord embed their secret in the path; the whole URL is the secret.
 * - Nix: a binary-cache signing key `name-1:<64 bytes base64>` is a POSITIVE; the public key of a cache
 *   (`cache.nixos.org-1:...`, 32 bytes) is a NEGATIVE.
 * - GitLab `CI_JOB_TOKEN` and GitHub `GITHUB_TOKEN` references are NEGATIVES; so are OIDC federation
 *   settings (role ARNs, workload identity providers), which carry no secret.
 * - The all-zero UUID used as the `_authToken` in docs and the literal word `token` in Composer's docs are
 *   NEGATIVES (placeholders).
 */
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  AWS_ID,
  B64,
  B64URL,
  DIGITS,
  HEXL,
  HEXU,
  LOWER,
  UPPER,
  base62,
  positiveBatch,
  randomChars,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** Lowercase RFC 4648 base32 (Azure DevOps PATs, Develocity access keys). */
const B32L = 'abcdefghijklmnopqrstuvwxyz234567';

/** GitHub classic / npm style token: prefix, 30 random base62 characters, 6-character base62 CRC32. */
function checksummed(r: R, prefix: string): string {
  const body = r(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** GitHub fine-grained PAT: `github_pat_11` + 20, `_`, 59. */
function fineGrained(r: R): string {
  return `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`;
}

/** A 32-byte key in base64: 43 characters, the last one limited, then `=`. */
function key32(r: R): string {
  return `${r(B64, 42)}${r('AEIMQUYcgkosw048', 1)}=`;
}

/** A PyPI API token: `pypi-` + base64url of a macaroon (location, uuid identifier, one caveat, signature). */
function pypiToken(r: R, host = 'pypi.org'): string {
  const id = Buffer.from(uuid(r), 'ascii');
  const caveat = Buffer.from(JSON.stringify({ version: 1, permissions: 'user' }), 'ascii');
  const sig = Buffer.from(r(HEXL, 64), 'hex');
  const bytes = Buffer.concat([
    Buffer.from([0x02, 0x01, host.length]),
    Buffer.from(host, 'ascii'),
    Buffer.from([0x02, id.length]),
    id,
    Buffer.from([0x00, 0x02, caveat.length]),
    caveat,
    Buffer.from([0x00, 0x00, 0x06, sig.length]),
    sig,
  ]);
  return `pypi-${bytes.toString('base64url')}`;
}

/** A JFrog reference token: base64 of `reftkn:01:<expiry>:<random>` (64 characters). */
function jfrogRef(r: R): string {
  return Buffer.from(`reftkn:01:17${r(DIGITS, 8)}:${r(ALNUM, 27)}`, 'ascii').toString('base64');
}

/** Base64 text wrapped at 64 columns. */
function wrap64(s: string): string {
  return (s.match(/.{1,64}/g) ?? []).join('\n');
}

/** An App Store Connect .p8 key: PKCS#8 of an EC P-256 key (150 bytes, 200 base64 characters). */
function ecP8(r: R): string {
  const der = Buffer.concat([
    Buffer.from('308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420', 'hex'),
    Buffer.from(r(HEXL, 64), 'hex'),
    Buffer.from('a00a06082a8648ce3d030107a14403420004', 'hex'),
    Buffer.from(r(HEXL, 128), 'hex'),
  ]);
  return `-----BEGIN PRIVATE KEY-----\n${wrap64(der.toString('base64'))}\n-----END PRIVATE KEY-----`;
}

/** An ASCII-armored OpenPGP secret key block (body random after the packet header). */
function pgpPrivate(r: R): string {
  const body = `lQdGBG${r(B64, 826)}`;
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap64(body)}\n=${r(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

const WORDS = [
  'anvil',
  'bramble',
  'cinder',
  'delta',
  'falcon',
  'granite',
  'harbor',
  'indigo',
  'jasper',
  'kelvin',
  'lantern',
  'mosaic',
  'nimbus',
  'orchard',
  'pylon',
  'quarry',
] as const;

export function batchTPositives(seed = 'blind-t-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  /** A made-up password with a symbol that needs quoting in shells; used only inside quotes or values. */
  const pw = (): string => `${cap(word())}${r(ALNUM, 4)}${r('!#%*+=', 1)}${r(DIGITS, 3)}${r(LOWER, 2)}`;
  /** A made-up password that is safe in URLs, shells and unquoted YAML (only `-`, `_`, `.` as symbols). */
  const safe = (): string => `${cap(word())}${r(DIGITS, 2)}${r('-_.', 1)}${r(ALNUM, 8)}`;
  const hex = (n: number): string => r(HEXL, n);
  const ghp = (): string => checksummed(r, 'ghp_');
  const npm = (): string => checksummed(r, 'npm_');
  const glpat = (): string => `glpat-${r(`${ALNUM}-_`, 20)}`;
  const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

  // --- (1) CI/CD ----------------------------------------------------------------------------------------------
  // GitHub Actions
  add('GitHub Actions step env NODE_AUTH_TOKEN npm token', npm(), (s) => `name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          registry-url: https://registry.npmjs.org\n      - run: npm ci && npm publish --access public\n        env:\n          NODE_AUTH_TOKEN: ${s}`);
  add('GitHub Actions docker/login-action ghcr password ghp', ghp(), (s) => `      - name: Log in to GHCR\n        uses: docker/login-action@v3\n        with:\n          registry: ghcr.io\n          username: acme-bot\n          password: ${s}\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: ghcr.io/acme/api:latest`);
  add('GitHub Actions workflow env AWS secret access key', r(B64, 40), (s) => `env:\n  AWS_REGION: eu-west-1\n  AWS_ACCESS_KEY_ID: AKIA${r(AWS_ID, 16)}\n  AWS_SECRET_ACCESS_KEY: ${s}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: aws s3 sync ./dist s3://acme-static-prod --delete`);
  add('GitHub Actions TF_TOKEN for Terraform Cloud', `${r(ALNUM, 14)}.atlasv1.${r(ALNUM, 67)}`, (s) => `  terraform:\n    runs-on: ubuntu-latest\n    env:\n      TF_TOKEN_app_terraform_io: ${s}\n    steps:\n      - uses: hashicorp/setup-terraform@v3\n      - run: terraform init && terraform plan -no-color`);
  add('GitHub Actions Slack webhook in curl step', `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `      - name: Notify Slack\n        if: failure()\n        run: |\n          curl -sS -X POST -H 'Content-type: application/json' \\\n            --data '{"text":"Build failed on main"}' \\\n            ${s}`);
  add('GitHub Actions codecov-action token literal', uuid(r), (s) => `      - name: Upload coverage\n        uses: codecov/codecov-action@v4\n        with:\n          files: ./coverage/lcov.info\n          token: ${s}\n          fail_ci_if_error: true`);
  add('GitHub Actions DOPPLER_TOKEN service token', `dp.st.prd.${r(ALNUM, 40)}`, (s) => `    steps:\n      - uses: dopplerhq/cli-action@v3\n      - run: doppler run -- npm run migrate\n        env:\n          DOPPLER_TOKEN: "${s}"`);
  add('GitHub Actions GH_TOKEN fine-grained PAT for gh release', fineGrained(r), (s) => `      - name: Create release\n        env:\n          GH_TOKEN: ${s}\n        run: gh release create "\${GITHUB_REF_NAME}" dist/*.tar.gz --generate-notes`);

  // GitLab CI
  add('GitLab CI curl PRIVATE-TOKEN header glpat', glpat(), (s) => `release:\n  stage: release\n  image: curlimages/curl:8.8.0\n  script:\n    - 'curl --fail --header "PRIVATE-TOKEN: ${s}" --data name="v\${CI_COMMIT_TAG}" "https://gitlab.com/api/v4/projects/\${CI_PROJECT_ID}/releases"'\n  rules:\n    - if: $CI_COMMIT_TAG`);
  add('GitLab CI variables NPM_TOKEN literal', npm(), (s) => `variables:\n  NPM_TOKEN: "${s}"\n  NODE_VERSION: "20"\n\npublish:\n  stage: deploy\n  script:\n    - echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc\n    - npm publish`);
  add('GitLab Runner config.toml glrt token', `glrt-${r(`${ALNUM}-_`, 20)}`, (s) => `concurrent = 4\ncheck_interval = 0\n\n[[runners]]\n  name = "docker-runner-01"\n  url = "https://gitlab.acme.example/"\n  id = 118\n  token = "${s}"\n  executor = "docker"\n  [runners.docker]\n    image = "alpine:3.20"\n    privileged = false`);
  add('gitlab-runner register --registration-token', `GR1348941${r(`${ALNUM}-_`, 20)}`, (s) => `#!/bin/sh\ngitlab-runner register --non-interactive \\\n  --url https://gitlab.acme.example/ \\\n  --registration-token ${s} \\\n  --executor docker --docker-image alpine:3.20 \\\n  --description "build-host-02" --tag-list docker,linux`);
  add('GitLab pipeline trigger token glptt', `glptt-${hex(40)}`, (s) => `trigger_downstream:\n  stage: deploy\n  script:\n    - curl -X POST --fail -F token=${s} -F ref=main https://gitlab.acme.example/api/v4/projects/2241/trigger/pipeline`);
  add('GitLab deploy token in clone URL', `gldt-${r(`${ALNUM}-_`, 20)}`, (s) => `before_script:\n  - git clone https://gitlab+deploy-token-412:${s}@gitlab.acme.example/platform/shared-config.git config`);
  add('GitLab CI helper script imports PGP private key for Maven signing', pgpPrivate(r), (s) => `#!/bin/sh\n# ci/import-signing-key.sh - called from the release job in .gitlab-ci.yml\nset -e\ngpg --batch --import <<'EOF'\n${s}\nEOF\nmvn -B -Prelease deploy`);

  // CircleCI
  add('CircleCI job environment HEROKU_API_KEY', uuid(r), (s) => `version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/base:2024.06\n    environment:\n      HEROKU_APP_NAME: acme-api-prod\n      HEROKU_API_KEY: ${s}\n    steps:\n      - checkout\n      - run: git push https://heroku:$HEROKU_API_KEY@git.heroku.com/$HEROKU_APP_NAME.git HEAD:main`);
  add('CircleCI API Circle-Token personal token', `CCIPAT_${r(ALNUM, 22)}_${hex(40)}`, (s) => `#!/usr/bin/env bash\n# kick the nightly pipeline\ncurl -s -X POST https://circleci.com/api/v2/project/gh/acme/api/pipeline \\\n  -H "Circle-Token: ${s}" \\\n  -H 'Content-Type: application/json' \\\n  -d '{"branch":"main","parameters":{"nightly":true}}'`);
  add('CircleCI firebase deploy --token', `1//0${r('cdefg', 1)}${r(B64URL, 98)}`, (s) => `      - run:\n          name: Deploy hosting\n          command: npx firebase-tools deploy --only hosting --project acme-web --token "${s}"`);

  // Jenkins
  add('Jenkinsfile declarative environment password literal', pw(), (s) => `pipeline {\n    agent any\n    environment {\n        NEXUS_USER = 'deployment'\n        NEXUS_PASSWORD = '${s}'\n    }\n    stages {\n        stage('Publish') {\n            steps {\n                sh 'mvn -B deploy -s ci/settings.xml'\n            }\n        }\n    }\n}`);
  add('Jenkinsfile scripted curl with Jenkins API token', `11${hex(32)}`, (s) => `node('linux') {\n    stage('Trigger downstream') {\n        sh "curl -fsS -X POST -u ci-trigger:${s} https://jenkins.acme.example/job/integration-tests/buildWithParameters?BRANCH=\${env.BRANCH_NAME}"\n    }\n}`);
  add('Jenkinsfile sonar-scanner -Dsonar.login token', `sqp_${hex(40)}`, (s) => `stage('Static analysis') {\n    steps {\n        sh '''\n          sonar-scanner \\\n            -Dsonar.projectKey=acme_api \\\n            -Dsonar.host.url=https://sonar.acme.example \\\n            -Dsonar.login=${s}\n        '''\n    }\n}`);
  add('Jenkins configuration-as-code local user password', pw(), (s) => `jenkins:\n  systemMessage: "Managed by JCasC"\n  securityRealm:\n    local:\n      allowsSignup: false\n      users:\n        - id: "admin"\n          password: "${s}"\n  authorizationStrategy: loggedInUsersCanDoAnything`);

  // Azure Pipelines
  add('Azure Pipelines variables AZURE_DEVOPS_EXT_PAT', r(B32L, 52), (s) => `trigger:\n  - main\npool:\n  vmImage: ubuntu-latest\nvariables:\n  AZURE_DEVOPS_EXT_PAT: ${s}\nsteps:\n  - script: az pipelines run --name nightly --org https://dev.azure.com/acme --project Platform\n    displayName: Queue nightly`);
  add('Azure Pipelines az login service principal secret', `${r(ALNUM, 3)}8Q~${r(`${ALNUM}_~.-`, 34)}`, (s) => `  - script: |\n      az login --service-principal \\\n        --username ${uuid(r)} \\\n        --password '${s}' \\\n        --tenant ${uuid(r)}\n      az acr build --registry acmeprod --image api:$(Build.BuildId) .\n    displayName: Build image`);
  add('Azure Pipelines dotnet nuget push api key', `oy2${r(LOWER + DIGITS, 43)}`, (s) => `  - task: DotNetCoreCLI@2\n    inputs:\n      command: pack\n      packagesToPack: src/Acme.Client/Acme.Client.csproj\n  - script: dotnet nuget push $(Build.ArtifactStagingDirectory)/*.nupkg --api-key ${s} --source https://api.nuget.org/v3/index.json\n    displayName: Push to nuget.org`);

  // Bitbucket Pipelines
  add('Bitbucket Pipelines git push with app password', `ATBB${r(ALNUM, 28)}${r(HEXU, 8)}`, (s) => `pipelines:\n  branches:\n    main:\n      - step:\n          name: Tag release\n          script:\n            - git tag v$BITBUCKET_BUILD_NUMBER\n            - git push https://release-bot:${s}@bitbucket.org/acme/api.git --tags`);
  add('Bitbucket Pipelines docker login -p Docker Hub PAT', `dckr_pat_${r(B64URL, 27)}`, (s) => `      - step:\n          name: Build and push\n          services:\n            - docker\n          script:\n            - docker login -u acmebuild -p ${s}\n            - docker build -t acme/worker:$BITBUCKET_COMMIT .\n            - docker push acme/worker:$BITBUCKET_COMMIT`);

  // Travis
  add('Travis env global GH_TOKEN', ghp(), (s) => `language: node_js\nnode_js:\n  - 20\nenv:\n  global:\n    - GH_TOKEN=${s}\n    - CI=true\nafter_success:\n  - npx semantic-release`);
  add('Travis deploy pypi password token', pypiToken(r), (s) => `deploy:\n  provider: pypi\n  username: __token__\n  password: ${s}\n  on:\n    tags: true\n    python: "3.12"`);

  // Drone, Buildkite, Tekton, Argo, Woodpecker
  add('Drone plugins/docker password literal', safe(), (s) => `kind: pipeline\ntype: docker\nname: default\n\nsteps:\n- name: publish\n  image: plugins/docker\n  settings:\n    repo: registry.acme.example/acme/api\n    registry: registry.acme.example\n    username: drone\n    password: ${s}\n    tags: latest`);
  add('docker-compose DRONE_RPC_SECRET shared by server and runner', hex(32), (s) => `services:\n  drone:\n    image: drone/drone:2\n    environment:\n      - DRONE_SERVER_HOST=drone.acme.example\n      - DRONE_SERVER_PROTO=https\n      - DRONE_RPC_SECRET=${s}\n  runner:\n    image: drone/drone-runner-docker:1\n    environment:\n      - DRONE_RPC_HOST=drone.acme.example\n      - DRONE_RPC_PROTO=https\n      - DRONE_RPC_SECRET=${s}`);
  add('buildkite-agent.cfg token', r(LOWER + DIGITS, 50), (s) => `# /etc/buildkite-agent/buildkite-agent.cfg\ntoken="${s}"\nname="%hostname-%spawn"\ntags="queue=default,os=linux"\nbuild-path="/var/lib/buildkite-agent/builds"`);
  add('Tekton basic-auth Secret annotated for git', glpat(), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gitlab-basic-auth\n  annotations:\n    tekton.dev/git-0: https://gitlab.acme.example\ntype: kubernetes.io/basic-auth\nstringData:\n  username: tekton-bot\n  password: ${s}`);
  add(
    'Tekton docker-registry Secret .dockerconfigjson',
    b64(JSON.stringify({ auths: { 'registry.acme.example': { auth: b64(`tekton:${safe()}`) } } })),
    (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-push\n  annotations:\n    tekton.dev/docker-0: https://registry.acme.example\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${s}`,
  );
  add('Argo Workflows container env DigitalOcean token', `dop_v1_${hex(64)}`, (s) => `apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: nightly-snapshot-\nspec:\n  entrypoint: snapshot\n  templates:\n    - name: snapshot\n      container:\n        image: digitalocean/doctl:1.110.0\n        command: [doctl, compute, volume, snapshot, vol-prod-db]\n        env:\n          - name: DIGITALOCEAN_ACCESS_TOKEN\n            value: "${s}"`);
  add('Woodpecker docker-buildx plugin password literal', safe(), (s) => `steps:\n  - name: publish\n    image: woodpeckerci/plugin-docker-buildx\n    settings:\n      repo: codeberg.org/acme/site\n      registry: codeberg.org\n      username: acme-ci\n      password: ${s}\n    when:\n      - branch: main`);

  // --- (2) Package managers -------------------------------------------------------------------------------------
  add('.npmrc registry _authToken npm token', npm(), (s) => `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${s}\nsave-exact=true`);
  add('.npmrc Nexus _auth base64 user:password', b64(`ci-publisher:${safe()}`), (s) => `registry=https://nexus.acme.example/repository/npm-group/\n_auth=${s}\nalways-auth=true\nemail=ci@acme.example`);
  add('.npmrc Artifactory reference token', jfrogRef(r), (s) => `registry=https://acme.jfrog.io/artifactory/api/npm/npm-virtual/\n//acme.jfrog.io/artifactory/api/npm/npm-virtual/:_authToken=${s}`);
  add('pnpm workspace .npmrc GitLab package registry glpat', glpat(), (s) => `# .npmrc (pnpm workspace root)\nauto-install-peers=true\n@platform:registry=https://gitlab.acme.example/api/v4/projects/318/packages/npm/\n//gitlab.acme.example/api/v4/projects/318/packages/npm/:_authToken=${s}`);
  add('.yarnrc.yml npmAuthToken', npm(), (s) => `nodeLinker: node-modules\nnpmRegistryServer: "https://registry.npmjs.org"\nnpmAuthToken: ${s}\nyarnPath: .yarn/releases/yarn-4.3.1.cjs`);
  add('bunfig.toml scoped registry token', npm(), (s) => `[install]\nexact = true\n\n[install.scopes]\n"@acme" = { token = "${s}", url = "https://registry.npmjs.org/" }`);
  add('pip.conf extra-index-url with credentials', safe(), (s) => `[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://pip-reader:${s}@nexus.acme.example/repository/pypi-internal/simple\ntimeout = 60`);
  add('.pypirc pypi password token', pypiToken(r), (s) => `[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = ${s}\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__`);
  add('Pipfile source URL with credentials', safe(), (s) => `[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[[source]]\nurl = "https://pipenv:${s}@pypi.acme.example/simple"\nverify_ssl = true\nname = "acme"\n\n[packages]\nacme-core = {version = "*", index = "acme"}`);
  add('Makefile poetry config pypi-token', pypiToken(r), (s) => `.PHONY: publish\npublish:\n\tpoetry config pypi-token.pypi ${s}\n\tpoetry publish --build`);
  add('.condarc private channel token', `${r(LOWER, 2)}-${uuid(r)}`, (s) => `channels:\n  - https://conda.anaconda.org/t/${s}/acme\n  - conda-forge\nchannel_priority: strict`);
  add('composer auth.json github-oauth', ghp(), (s) => `{\n    "github-oauth": {\n        "github.com": "${s}"\n    }\n}`);
  add('composer auth.json http-basic password', pw(), (s) => `{\n    "http-basic": {\n        "satis.acme.example": {\n            "username": "composer",\n            "password": "${s}"\n        }\n    }\n}`);
  add('NuGet.config ClearTextPassword', ghp(), (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />\n    <add key="github" value="https://nuget.pkg.github.com/acme/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <github>\n      <add key="Username" value="acme-bot" />\n      <add key="ClearTextPassword" value="${s}" />\n    </github>\n  </packageSourceCredentials>\n</configuration>`);
  add('Cargo credentials.toml registry token', `cio${r(ALNUM, 32)}`, (s) => `[registry]\ntoken = "${s}"\n\n[registries.acme]\ntoken = "Bearer ${r(ALNUM, 32)}"`);
  add('.gem/credentials rubygems_api_key', `rubygems_${hex(48)}`, (s) => `---\n:rubygems_api_key: ${s}`);
  add('Bundler config Sidekiq Pro source credentials', hex(8), (s) => `---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__CONTRIBSYS__COM: "${hex(8)}:${s}"`);
  add('.netrc github.com token for Go private modules', ghp(), (s) => `machine github.com\n  login acme-ci\n  password ${s}\nmachine api.github.com\n  login acme-ci\n  password ${s}`);
  add('Helm repositories.yaml password', safe(), (s) => `apiVersion: ""\ngenerated: "2026-10-02T09:14:07.118Z"\nrepositories:\n- caFile: ""\n  certFile: ""\n  insecure_skip_tls_verify: false\n  keyFile: ""\n  name: acme-charts\n  pass_credentials_all: false\n  password: ${s}\n  url: https://charts.acme.example\n  username: helm-reader`);
  add('Maven settings.xml server password', pw(), (s) => `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployment</username>\n      <password>${s}</password>\n    </server>\n  </servers>\n</settings>`);
  add('Maven settings-security.xml master (reversible)', `{${key32(r)}}`, (s) => `<settingsSecurity>\n  <master>${s}</master>\n</settingsSecurity>`);
  add('pom.xml sonar.login property token', `sqp_${hex(40)}`, (s) => `  <properties>\n    <java.version>21</java.version>\n    <sonar.host.url>https://sonar.acme.example</sonar.host.url>\n    <sonar.projectKey>acme:billing</sonar.projectKey>\n    <sonar.login>${s}</sonar.login>\n  </properties>`);
  add('gradle.properties ossrhPassword', safe(), (s) => `org.gradle.jvmargs=-Xmx2g\nossrhUsername=acme-release\nossrhPassword=${s}\nsigning.keyId=${r(HEXU, 8)}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg`);
  add('gradle.properties Gradle Plugin Portal publish secret', r(ALNUM, 32), (s) => `gradle.publish.key=${r(ALNUM, 32)}\ngradle.publish.secret=${s}`);
  add('build.gradle maven repository credentials literal', pw(), (s) => `repositories {\n    mavenCentral()\n    maven {\n        url "https://nexus.acme.example/repository/maven-releases/"\n        credentials {\n            username "gradle-ci"\n            password "${s}"\n        }\n    }\n}`);
  add('build.gradle.kts publishing credentials literal', pw(), (s) => `publishing {\n    repositories {\n        maven {\n            name = "acmeReleases"\n            url = uri("https://maven.acme.example/releases")\n            credentials {\n                username = "publisher"\n                password = "${s}"\n            }\n        }\n    }\n}`);
  add('Develocity / Gradle Enterprise access key', r(B32L, 52), (s) => `# ci/env.sh\nexport GRADLE_ENTERPRISE_ACCESS_KEY=ge.acme.example=${s}\n./gradlew build --scan`);
  add('sbt .credentials file', safe(), (s) => `realm=Sonatype Nexus Repository Manager\nhost=nexus.acme.example\nuser=sbt-publisher\npassword=${s}`);
  add('Ivy ivysettings.xml credentials passwd', pw(), (s) => `<ivysettings>\n  <credentials host="artifacts.acme.example" realm="Artifactory Realm" username="ivy-ci" passwd="${s}"/>\n  <resolvers>\n    <ibiblio name="acme" m2compatible="true" root="https://artifacts.acme.example/libs-release"/>\n  </resolvers>\n</ivysettings>`);

  // --- (3) Build and packaging tools ------------------------------------------------------------------------------
  add('Dockerfile ARG NPM_TOKEN default', npm(), (s) => `FROM node:20-alpine AS deps\nARG NPM_TOKEN=${s}\nWORKDIR /app\nCOPY package.json package-lock.json .npmrc ./\nRUN npm ci --omit=dev`);
  add('Dockerfile ENV PIP_EXTRA_INDEX_URL with credentials', safe(), (s) => `FROM python:3.12-slim\nENV PIP_EXTRA_INDEX_URL=https://pip-reader:${s}@nexus.acme.example/repository/pypi-internal/simple\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt`);
  add('docker-compose MYSQL_ROOT_PASSWORD literal', safe(), (s) => `services:\n  db:\n    image: mysql:8.4\n    restart: unless-stopped\n    environment:\n      MYSQL_ROOT_PASSWORD: ${s}\n      MYSQL_DATABASE: shop\n    volumes:\n      - dbdata:/var/lib/mysql`);
  add('Docker config.json auth', b64(`acmebuild:${pw()}`), (s) => `{\n\t"auths": {\n\t\t"registry.acme.example": {\n\t\t\t"auth": "${s}"\n\t\t}\n\t}\n}`);
  add('.bazelrc BuildBuddy API key header', r(ALNUM, 20), (s) => `build --bes_results_url=https://app.buildbuddy.io/invocation/\nbuild --bes_backend=grpcs://remote.buildbuddy.io\nbuild --remote_cache=grpcs://remote.buildbuddy.io\nbuild --remote_header=x-buildbuddy-api-key=${s}`);
  add('Earthfile ARG default token', glpat(), (s) => `VERSION 0.8\nFROM golang:1.22\n\ndeps:\n    ARG GITLAB_TOKEN=${s}\n    RUN git config --global url."https://oauth2:$GITLAB_TOKEN@gitlab.acme.example/".insteadOf "https://gitlab.acme.example/"\n    COPY go.mod go.sum ./\n    RUN go mod download`);
  add('nix.conf access-tokens', ghp(), (s) => `experimental-features = nix-command flakes\naccess-tokens = github.com=${s}\nsubstituters = https://cache.nixos.org https://acme.cachix.org`);
  add('Nix binary cache signing secret key', `acme-cache-1:${r(B64, 85)}${r('AQgw', 1)}==`, (s) => `# nix-store --generate-binary-cache-key acme-cache-1 key.sec key.pub\n$ cat key.sec\n${s}`);
  add('Packer HCL winrm_password literal', pw(), (s) => `source "azure-arm" "win2022" {\n  os_type        = "Windows"\n  communicator   = "winrm"\n  winrm_username = "packer"\n  winrm_password = "${s}"\n  winrm_use_ssl  = true\n  winrm_insecure = true\n}`);
  add('Vagrantfile provisioner env registry token', `dckr_pat_${r(B64URL, 27)}`, (s) => `Vagrant.configure("2") do |config|\n  config.vm.box = "bento/ubuntu-24.04"\n  config.vm.provision "shell", path: "provision.sh", env: {\n    "REGISTRY_USER" => "acmebuild",\n    "REGISTRY_TOKEN" => "${s}"\n  }\nend`);
  add('ansible.cfg galaxy server token', hex(40), (s) => `[galaxy]\nserver_list = acme_galaxy, release_galaxy\n\n[galaxy_server.acme_galaxy]\nurl = https://galaxy.acme.example/api/\ntoken = ${s}\n\n[galaxy_server.release_galaxy]\nurl = https://galaxy.ansible.com/`);
  add('Chocolatey push --api-key', uuid(r), (s) => `choco pack .\\packaging\\acme-cli.nuspec\nchoco push acme-cli.2.4.1.nupkg --source https://push.chocolatey.org/ --api-key ${s}`);
  add('Homebrew HOMEBREW_GITHUB_API_TOKEN', ghp(), (s) => `# ~/.zshrc (shared tap maintainer setup)\nexport HOMEBREW_NO_ANALYTICS=1\nexport HOMEBREW_GITHUB_API_TOKEN=${s}\nbrew tap acme/tools`);
  add('GoReleaser brews tap repository token', fineGrained(r), (s) => `brews:\n  - name: acmectl\n    repository:\n      owner: acme\n      name: homebrew-tap\n      token: "${s}"\n    homepage: https://acme.example/cli\n    description: Acme command line`);

  // --- (4) Mobile -------------------------------------------------------------------------------------------------
  add('Fastlane .env MATCH_PASSWORD', pw(), (s) => `FASTLANE_SKIP_UPDATE_CHECK=1\nMATCH_GIT_URL=git@github.com:acme/ios-certificates.git\nMATCH_PASSWORD="${s}"`);
  add('Fastfile app_store_connect_api_key key_content', ecP8(r), (s) => `lane :beta do\n  api_key = app_store_connect_api_key(\n    key_id: "${r(UPPER + DIGITS, 10)}",\n    issuer_id: "${uuid(r)}",\n    key_content: <<~KEY\n${s}\n    KEY\n  )\n  upload_to_testflight(api_key: api_key)\nend`);
  add('Matchfile git_basic_authorization', b64(`acme-ci:${ghp()}`), (s) => `git_url("https://github.com/acme/ios-certificates.git")\nstorage_mode("git")\ntype("appstore")\ngit_basic_authorization("${s}")`);
  add('Xcode .xcconfig SENTRY_AUTH_TOKEN', `sntryu_${hex(64)}`, (s) => `// Release.xcconfig\n#include "Base.xcconfig"\nSENTRY_ORG = acme\nSENTRY_PROJECT = ios-app\nSENTRY_AUTH_TOKEN = ${s}`);
  add('Android build.gradle release signingConfig storePassword', pw(), (s) => `android {\n    signingConfigs {\n        release {\n            storeFile file("../keystores/release.jks")\n            storePassword "${s}"\n            keyAlias "acme-release"\n            keyPassword "${s}"\n        }\n    }\n}`);
  add('Android keystore.properties keyPassword', safe(), (s) => `storeFile=../keystores/upload.jks\nstorePassword=${safe()}\nkeyAlias=upload\nkeyPassword=${s}`);

  return out;
}

export function batchTNegatives(seed = 'blind-t-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const sri512 = (): string => `sha512-${r(B64, 85)}${r('AQgw', 1)}==`;
  const sri256 = (): string => `sha256-${key32(r)}`;
  const ed25519Pub = (): string => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)}`;
  /** AWS documentation example key pair, assembled from parts. */
  const AWS_EXAMPLE_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
  const AWS_EXAMPLE_SECRET = ['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join('');
  /** The examples printed in Maven's password-encryption guide, assembled from parts. */
  const MAVEN_DOC_MASTER = `{${['jSMOWnoPFgsH', 'VpMvz5VrIt5k', 'RbzGpI8u+9EF1iFQyJQ='].join('')}}`;
  const MAVEN_DOC_SERVER = `{${['COQLCE6DU6', 'GtcS5P='].join('')}}`;
  /** The public key of cache.nixos.org, assembled from parts. */
  const NIXOS_CACHE_PUB = ['cache.nixos.org-1:', '6NCHdD59X431o0gWypbMrAURk', 'bJ16ZPMQFGspcDShjY='].join('');

  // --- (1) CI/CD ----------------------------------------------------------------------------------------------
  add('GitHub Actions NODE_AUTH_TOKEN from secrets', "      - run: npm publish --provenance --access public\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}");
  add('GitHub Actions docker/login-action with GITHUB_TOKEN', "      - uses: docker/login-action@v3\n        with:\n          registry: ghcr.io\n          username: ${{ github.actor }}\n          password: ${{ secrets.GITHUB_TOKEN }}");
  add('GitHub Actions OIDC role assumption', `permissions:\n  id-token: write\n  contents: read\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::${r(DIGITS, 12)}:role/github-deploy\n          aws-region: eu-west-1`);
  add('GitHub Actions pinned action SHAs', `    steps:\n      - uses: actions/checkout@${hex(40)} # v4.1.7\n      - uses: actions/setup-node@${hex(40)} # v4.0.3\n      - uses: actions/cache@${hex(40)} # v4.0.2`);
  add('GitHub Actions job log with masked password', 'Run docker/login-action@v3\n  with:\n    registry: ghcr.io\n    username: acme-bot\n    password: ***\n    ecr: auto\n    logout: true\nLogging into ghcr.io...\nLogin Succeeded!');
  add('GitHub Actions add-mask of an env variable', '      - name: Fetch deploy token\n        run: |\n          TOKEN="$(vault kv get -field=token secret/ci/deploy)"\n          echo "::add-mask::$TOKEN"\n          echo "DEPLOY_TOKEN=$TOKEN" >> "$GITHUB_ENV"');
  add('GitHub Actions Postgres service container with documented default', '    services:\n      postgres:\n        image: postgres:16\n        env:\n          POSTGRES_USER: postgres\n          POSTGRES_PASSWORD: postgres\n        ports:\n          - 5432:5432\n        options: --health-cmd pg_isready --health-interval 10s');
  add('GitHub Actions Google workload identity federation', `      - uses: google-github-actions/auth@v2\n        with:\n          workload_identity_provider: projects/${r(DIGITS, 12)}/locations/global/workloadIdentityPools/github/providers/acme\n          service_account: deployer@acme-prod.iam.gserviceaccount.com`);
  add('GitHub Actions gh CLI with github.token', "      - run: gh pr comment \"$PR\" --body-file report.md\n        env:\n          GH_TOKEN: ${{ github.token }}\n          PR: ${{ github.event.pull_request.number }}");
  add('GitLab CI job token and registry password via stdin', 'build:\n  stage: build\n  script:\n    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"\n    - git clone "https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.acme.example/platform/shared-config.git"\n    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA" .');
  add('GitLab CI job log with masked token', '$ curl --fail --header "PRIVATE-TOKEN: [MASKED]" --data name="v1.8.0" "https://gitlab.com/api/v4/projects/4211/releases"\n{"name":"v1.8.0","tag_name":"v1.8.0"}\nCleaning up project directory and file based variables\nJob succeeded');
  add('gitlab-runner register with token from environment', '#!/bin/sh\ngitlab-runner register --non-interactive \\\n  --url https://gitlab.acme.example/ \\\n  --token "$RUNNER_AUTH_TOKEN" \\\n  --executor docker --docker-image alpine:3.20');
  add('CircleCI context env and password-stdin', 'workflows:\n  release:\n    jobs:\n      - publish:\n          context: dockerhub-creds\njobs:\n  publish:\n    docker:\n      - image: cimg/base:2024.06\n    steps:\n      - setup_remote_docker\n      - run: echo "$DOCKERHUB_PASSWORD" | docker login -u "$DOCKERHUB_USERNAME" --password-stdin');
  add('Jenkinsfile credentials() binding', "pipeline {\n    agent any\n    environment {\n        NEXUS = credentials('nexus-deployment')\n        SONAR_TOKEN = credentials('sonar-analysis-token')\n    }\n    stages {\n        stage('Deploy') {\n            steps {\n                sh 'mvn -B deploy -Dnexus.user=$NEXUS_USR -Dnexus.pass=$NEXUS_PSW'\n            }\n        }\n    }\n}");
  add('Jenkinsfile scripted withCredentials usernamePassword', "node {\n    withCredentials([usernamePassword(credentialsId: 'registry-push', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {\n        sh 'echo \"$REG_PASS\" | docker login -u \"$REG_USER\" --password-stdin registry.acme.example'\n    }\n}");
  add('Jenkins console log with masked credentials', "[Pipeline] withCredentials\nMasking supported pattern matches of $REG_PASS or $NEXUS_PSW\n[Pipeline] {\n[Pipeline] sh\n+ curl -fsS -u deployment:**** https://nexus.acme.example/service/rest/v1/status\n[Pipeline] }");
  add('Jenkins configuration-as-code password from environment', 'jenkins:\n  securityRealm:\n    local:\n      allowsSignup: false\n      users:\n        - id: "admin"\n          password: "${JENKINS_ADMIN_PASSWORD}"\ncredentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              id: "sonar-token"\n              secret: "${readFile:/run/secrets/sonar-token}"');
  add('Azure Pipelines System.AccessToken', "steps:\n  - checkout: self\n    persistCredentials: true\n  - script: |\n      git -c http.extraheader=\"AUTHORIZATION: bearer $(System.AccessToken)\" push origin HEAD:refs/heads/release\n    displayName: Push release branch");
  add('Azure Pipelines variable group and service connection', 'variables:\n  - group: nuget-publishing\nsteps:\n  - task: AzureCLI@2\n    inputs:\n      azureSubscription: acme-prod-service-connection\n      scriptType: bash\n      scriptLocation: inlineScript\n      inlineScript: az acr login --name acmeprod\n  - script: dotnet nuget push "*.nupkg" --api-key $(NUGET_API_KEY) --source https://api.nuget.org/v3/index.json');
  add('Azure Pipelines job log with masked value', '##[section]Starting: Push to nuget.org\n##[command]/usr/bin/dotnet nuget push /home/vsts/work/1/a/Acme.Client.2.4.1.nupkg --api-key *** --source https://api.nuget.org/v3/index.json\nPushing Acme.Client.2.4.1.nupkg to \'https://www.nuget.org/api/v2/package\'...\n  Created https://www.nuget.org/api/v2/package/ 1822ms\n##[section]Finishing: Push to nuget.org');
  add('Bitbucket Pipelines repository variables', 'pipelines:\n  default:\n    - step:\n        script:\n          - echo "$DOCKER_HUB_PASSWORD" | docker login -u "$DOCKER_HUB_USER" --password-stdin\n          - pipe: atlassian/aws-s3-deploy:1.6.0\n            variables:\n              AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID\n              AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY\n              S3_BUCKET: acme-static-prod');
  add('Travis secure encrypted env (needs the Travis-held key)', `language: python\nenv:\n  global:\n    - secure: "${r(B64, 683)}="\ndeploy:\n  provider: pypi\n  username: __token__\n  password:\n    secure: "${r(B64, 683)}="`);
  add('Drone from_secret', 'steps:\n- name: publish\n  image: plugins/docker\n  settings:\n    repo: registry.acme.example/acme/api\n    username:\n      from_secret: docker_username\n    password:\n      from_secret: docker_password');
  add('Buildkite secrets from agent hook', '#!/bin/bash\n# .buildkite/hooks/pre-command\nset -euo pipefail\nexport NPM_TOKEN="$(buildkite-agent secret get npm_token)"\nexport BUILDKITE_API_TOKEN="$(aws ssm get-parameter --name /ci/buildkite-api --with-decryption --query Parameter.Value --output text)"');
  add('Tekton task env secretKeyRef', 'apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: publish\nspec:\n  steps:\n    - name: push\n      image: node:20\n      env:\n        - name: NPM_TOKEN\n          valueFrom:\n            secretKeyRef:\n              name: npm-publish\n              key: token\n      script: npm publish');
  add('Argo Workflows env from secretKeyRef and parameter', "      container:\n        image: digitalocean/doctl:1.110.0\n        args: [\"compute\", \"volume\", \"snapshot\", \"{{inputs.parameters.volume}}\"]\n        env:\n          - name: DIGITALOCEAN_ACCESS_TOKEN\n            valueFrom:\n              secretKeyRef:\n                name: do-api\n                key: token");
  add('Woodpecker from_secret', 'steps:\n  - name: publish\n    image: woodpeckerci/plugin-docker-buildx\n    settings:\n      repo: codeberg.org/acme/site\n      username: acme-ci\n      password:\n        from_secret: codeberg_token');
  add('TeamCity %env% parameters and credentialsJSON reference', `steps {\n    script {\n        scriptContent = "docker login -u %env.REGISTRY_USER% -p %env.REGISTRY_PASSWORD% registry.acme.example"\n    }\n}\nparams {\n    password("env.REGISTRY_PASSWORD", "credentialsJSON:${uuid(r)}", display = ParameterDisplay.HIDDEN)\n}`);

  // --- (2) Package managers -------------------------------------------------------------------------------------
  add('.npmrc with environment variable token', 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}');
  add('.npmrc registry and scope URLs only', 'registry=https://nexus.acme.example/repository/npm-group/\n@acme:registry=https://nexus.acme.example/repository/npm-private/\nalways-auth=true\nstrict-ssl=true\nengine-strict=true');
  add('.npmrc docs-style all-zero token placeholder', '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000');
  add('.npmrc commented-out placeholder', '# Uncomment and put your token here for local publishing:\n# //registry.npmjs.org/:_authToken=<YOUR_NPM_TOKEN>\nsave-exact=true');
  add('.yarnrc.yml token from environment', 'npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAlwaysAuth: true\n    npmAuthToken: "${GITHUB_TOKEN}"\nnpmAuthToken: "${NPM_TOKEN:-}"');
  add('bunfig.toml token from environment', '[install.scopes]\n"@acme" = { token = "$NPM_TOKEN", url = "https://registry.npmjs.org/" }\n\n[install.cache]\ndir = "~/.bun/install/cache"');
  add('package-lock.json integrity hashes', `    "node_modules/lodash": {\n      "version": "4.17.21",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n      "integrity": "${sri512()}"\n    },\n    "node_modules/ms": {\n      "version": "2.1.3",\n      "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",\n      "integrity": "${sri512()}"\n    }`);
  add('yarn.lock classic resolved hash and integrity', `debug@^4.3.4:\n  version "4.3.7"\n  resolved "https://registry.yarnpkg.com/debug/-/debug-4.3.7.tgz#${hex(40)}"\n  integrity ${sri512()}\n  dependencies:\n    ms "^2.1.3"`);
  add('pnpm-lock.yaml resolution integrity', `packages:\n\n  semver@7.6.3:\n    resolution: {integrity: ${sri512()}}\n    engines: {node: '>=10'}\n    hasBin: true`);
  add('pip.conf without credentials', '[global]\nindex-url = https://nexus.acme.example/repository/pypi-group/simple\ntrusted-host = nexus.acme.example\ntimeout = 60\n\n[install]\nno-cache-dir = false');
  add('.pypirc with username only (keyring holds the token)', '[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\n# password is read from the system keyring (keyring set https://upload.pypi.org/legacy/ __token__)');
  add('Pipfile source with environment variables', '[[source]]\nurl = "https://${PIP_USER}:${PIP_PASSWORD}@pypi.acme.example/simple"\nverify_ssl = true\nname = "acme"');
  add('Pipfile.lock sha256 hashes', `        "requests": {\n            "hashes": [\n                "sha256:${hex(64)}",\n                "sha256:${hex(64)}"\n            ],\n            "index": "pypi",\n            "version": "==2.32.3"\n        }`);
  add('poetry.lock file hashes', `[[package]]\nname = "certifi"\nversion = "2024.8.30"\ndescription = "Python package for providing Mozilla's CA Bundle."\noptional = false\npython-versions = ">=3.6"\nfiles = [\n    {file = "certifi-2024.8.30-py3-none-any.whl", hash = "sha256:${hex(64)}"},\n    {file = "certifi-2024.8.30.tar.gz", hash = "sha256:${hex(64)}"},\n]\n\n[metadata]\ncontent-hash = "${hex(64)}"`);
  add('requirements.txt with --hash pins', `--index-url https://pypi.org/simple\nurllib3==2.2.3 \\\n    --hash=sha256:${hex(64)} \\\n    --hash=sha256:${hex(64)}\nidna==3.10 \\\n    --hash=sha256:${hex(64)}`);
  add('.condarc public channels', 'channels:\n  - conda-forge\n  - bioconda\n  - defaults\nchannel_priority: strict\nchannel_alias: https://conda.acme.example\nssl_verify: true');
  add('composer auth.json docs placeholder', '{\n    "github-oauth": {\n        "github.com": "token"\n    },\n    "http-basic": {\n        "example.org": {\n            "username": "username",\n            "password": "password"\n        }\n    }\n}');
  add('NuGet.config with %ENV% password', '<packageSourceCredentials>\n  <github>\n    <add key="Username" value="acme-bot" />\n    <add key="ClearTextPassword" value="%NUGET_GITHUB_PAT%" />\n  </github>\n</packageSourceCredentials>');
  add('NuGet packages.lock.json contentHash', `      "Newtonsoft.Json": {\n        "type": "Direct",\n        "requested": "[13.0.3, )",\n        "resolved": "13.0.3",\n        "contentHash": "${r(B64, 86)}=="\n      }`);
  add('Cargo.lock checksums', `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"\n\n[[package]]\nname = "itoa"\nversion = "1.0.11"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"`);
  add('Cargo config credential providers and registry index', '[registry]\nglobal-credential-providers = ["cargo:token", "cargo:libsecret"]\n\n[registries.acme]\nindex = "sparse+https://cargo.acme.example/index/"\ncredential-provider = "cargo:token-from-stdout vault kv get -field=token secret/cargo"');
  add('Gemfile.lock CHECKSUMS section', `CHECKSUMS\n  rack (3.1.7) sha256=${hex(64)}\n  rake (13.2.1) sha256=${hex(64)}\n\nBUNDLED WITH\n   2.6.2`);
  add('go.sum hashes', `github.com/google/uuid v1.6.0 h1:${r(B64, 43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${r(B64, 43)}=\ngolang.org/x/sys v0.25.0 h1:${r(B64, 43)}=`);
  add('GOPRIVATE, GONOSUMDB and GOPROXY settings', 'export GOPRIVATE=github.com/acme/*,gitlab.acme.example/*\nexport GONOSUMDB=github.com/acme/*\nexport GOPROXY=https://proxy.golang.org,direct\nexport GOFLAGS=-mod=mod');
  add('.netrc written from a CI variable at job time', 'before_script:\n  - printf "machine gitlab.acme.example\\nlogin gitlab-ci-token\\npassword %s\\n" "$CI_JOB_TOKEN" > ~/.netrc\n  - chmod 600 ~/.netrc\n  - go mod download');
  add('Helm repositories.yaml without credentials and Chart.lock digest', `repositories:\n- name: bitnami\n  url: https://charts.bitnami.com/bitnami\n  username: ""\n  password: ""\n---\n# Chart.lock\ndependencies:\n- name: postgresql\n  repository: https://charts.bitnami.com/bitnami\n  version: 15.5.38\ndigest: sha256:${hex(64)}\ngenerated: "2026-10-02T09:14:07.118Z"`);
  add('helm registry login --password-stdin', 'cat ~/.config/acme/harbor-robot.token | helm registry login harbor.acme.example --username \'robot$ci\' --password-stdin\nhelm push acme-api-1.4.0.tgz oci://harbor.acme.example/charts');
  add('Maven settings.xml with env placeholders', '<servers>\n  <server>\n    <id>acme-releases</id>\n    <username>${env.MAVEN_USERNAME}</username>\n    <password>${env.MAVEN_PASSWORD}</password>\n  </server>\n</servers>');
  add('Maven password-encryption guide example values', `<!-- from the Maven "Password Encryption" mini guide -->\n<settingsSecurity>\n  <master>${MAVEN_DOC_MASTER}</master>\n</settingsSecurity>\n\n<server>\n  <id>my.server</id>\n  <username>foo</username>\n  <password>${MAVEN_DOC_SERVER}</password>\n</server>`);
  add('pom.xml distributionManagement and mirrors', '<distributionManagement>\n  <repository>\n    <id>acme-releases</id>\n    <url>https://nexus.acme.example/repository/maven-releases/</url>\n  </repository>\n  <snapshotRepository>\n    <id>acme-snapshots</id>\n    <url>https://nexus.acme.example/repository/maven-snapshots/</url>\n  </snapshotRepository>\n</distributionManagement>');
  add('Gradle credentials from properties and environment', 'maven {\n    url = uri("https://maven.acme.example/releases")\n    credentials {\n        username = findProperty("acmeUser") as String? ?: System.getenv("ACME_USER")\n        password = providers.gradleProperty("acmePassword").orNull ?: System.getenv("ACME_PASSWORD")\n    }\n}');
  add('gradle-wrapper.properties distributionSha256Sum', `distributionBase=GRADLE_USER_HOME\ndistributionPath=wrapper/dists\ndistributionSha256Sum=${hex(64)}\ndistributionUrl=https\\://services.gradle.org/distributions/gradle-8.10.2-bin.zip\nzipStoreBase=GRADLE_USER_HOME\nzipStorePath=wrapper/dists`);
  add('Gradle verification-metadata.xml checksums and trusted keys', `<verification-metadata>\n  <configuration>\n    <trusted-keys>\n      <trusted-key id="${r(HEXU, 40)}" group="com.squareup.okio"/>\n    </trusted-keys>\n  </configuration>\n  <components>\n    <component group="com.google.guava" name="guava" version="33.3.1-jre">\n      <artifact name="guava-33.3.1-jre.jar">\n        <sha256 value="${hex(64)}" origin="Generated by Gradle"/>\n      </artifact>\n    </component>\n  </components>\n</verification-metadata>`);
  add('sbt credentials from file and environment', 'credentials += Credentials(Path.userHome / ".sbt" / ".credentials")\ncredentials += Credentials("Sonatype Nexus Repository Manager", "nexus.acme.example", sys.env.getOrElse("NEXUS_USER", ""), sys.env.getOrElse("NEXUS_PASSWORD", ""))');
  add('Ivy settings with property placeholders', '<ivysettings>\n  <properties file="${user.home}/.ivy2/credentials.properties"/>\n  <credentials host="artifacts.acme.example" realm="Artifactory Realm" username="${ivy.user}" passwd="${ivy.password}"/>\n</ivysettings>');

  // --- (3) Build and packaging tools ------------------------------------------------------------------------------
  add('Dockerfile BuildKit secret mount', '# syntax=docker/dockerfile:1.7\nFROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev\n# build: docker build --secret id=npmrc,src=$HOME/.npmrc .');
  add('Dockerfile base images pinned by digest', `FROM node:20.17-alpine@sha256:${hex(64)} AS build\nFROM gcr.io/distroless/nodejs20-debian12@sha256:${hex(64)}\nCOPY --from=build /app /app`);
  add('docker-compose variables and _FILE secrets', 'services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root\n      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set in .env}\n    secrets:\n      - mysql_root\nsecrets:\n  mysql_root:\n    file: ./secrets/mysql_root.txt');
  add('docker-compose copied from the official image docs (example password)', '# Use postgres/example user/password credentials\nservices:\n  db:\n    image: postgres\n    restart: always\n    environment:\n      POSTGRES_PASSWORD: example\n  adminer:\n    image: adminer\n    restart: always\n    ports:\n      - 8080:8080');
  add('docker login --password-stdin from a file', 'docker login ghcr.io -u acme-bot --password-stdin < ~/.config/acme/ghcr.token\ndocker push ghcr.io/acme/api:1.4.0');
  add('gh auth login --with-token from a file', 'gh auth login --hostname github.com --with-token < /run/secrets/gh-token\ngh release download v1.4.0 --repo acme/cli');
  add('Docker config.json with credential helpers only', '{\n\t"auths": {\n\t\t"ghcr.io": {},\n\t\t"registry.acme.example": {}\n\t},\n\t"credsStore": "desktop",\n\t"credHelpers": {\n\t\t"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"\n\t}\n}');
  add('Makefile twine upload with env and file', 'TWINE_PASSWORD ?= $(shell cat $(HOME)/.config/pypi-token 2>/dev/null)\n\nrelease: dist\n\ttwine upload --non-interactive --username __token__ --password "$$TWINE_PASSWORD" dist/*');
  add('.bazelrc credential file and try-import', 'build --google_credentials=/etc/bazel/remote-cache.json\nbuild --remote_cache=https://storage.googleapis.com/acme-bazel-cache\nbuild --credential_helper=*.buildbuddy.io=%workspace%/tools/credential-helper.sh\ntry-import %workspace%/user.bazelrc');
  add('Earthfile RUN --secret', 'VERSION 0.8\nFROM node:20\nbuild:\n    COPY package.json package-lock.json ./\n    RUN --secret NPM_TOKEN npm ci\n    SAVE ARTIFACT dist AS LOCAL dist');
  add('Nix substituters with the published cache.nixos.org public key', `substituters = https://cache.nixos.org https://acme.cachix.org\ntrusted-public-keys = ${NIXOS_CACHE_PUB} acme.cachix.org-1:${key32(r)}\nnetrc-file = /etc/nix/netrc`);
  add('flake.lock narHash and revs', `    "nixpkgs": {\n      "locked": {\n        "lastModified": 1727348695,\n        "narHash": "${sri256()}",\n        "owner": "NixOS",\n        "repo": "nixpkgs",\n        "rev": "${hex(40)}",\n        "type": "github"\n      }\n    }`);
  add('Packer sensitive variable without a default', 'variable "winrm_password" {\n  type      = string\n  sensitive = true\n}\n\nsource "azure-arm" "win2022" {\n  winrm_username = "packer"\n  winrm_password = var.winrm_password\n  client_secret  = env("ARM_CLIENT_SECRET")\n}');
  add('Vagrantfile with the base-box default vagrant password', 'Vagrant.configure("2") do |config|\n  config.vm.box = "bento/ubuntu-24.04"\n  config.ssh.username = "vagrant"\n  config.ssh.password = "vagrant"\n  config.ssh.insert_key = true\nend');
  add('ansible.cfg galaxy server without token (env var)', '[galaxy]\nserver_list = automation_hub\n\n[galaxy_server.automation_hub]\nurl = https://console.redhat.com/api/automation-hub/content/published/\nauth_url = https://sso.redhat.com/auth/realms/redhat-external/protocol/openid-connect/token\n# token: ANSIBLE_GALAXY_SERVER_AUTOMATION_HUB_TOKEN');
  add('Chocolatey install script checksums', `$packageArgs = @{\n  packageName    = 'acme-cli'\n  url64bit       = 'https://github.com/acme/cli/releases/download/v2.4.1/acme-cli_windows_amd64.zip'\n  checksum64     = '${r(HEXU, 64)}'\n  checksumType64 = 'sha256'\n}\nInstall-ChocolateyZipPackage @packageArgs`);
  add('Homebrew formula url and sha256', `class Acmectl < Formula\n  desc "Acme command line"\n  homepage "https://acme.example/cli"\n  url "https://github.com/acme/cli/archive/refs/tags/v2.4.1.tar.gz"\n  sha256 "${hex(64)}"\n  license "MIT"\nend`);
  add('GoReleaser token from environment template', 'brews:\n  - name: acmectl\n    repository:\n      owner: acme\n      name: homebrew-tap\n      token: "{{ .Env.HOMEBREW_TAP_GITHUB_TOKEN }}"');
  add('SSH known_hosts setup with public host keys', `      - name: Trust deploy host\n        run: |\n          mkdir -p ~/.ssh\n          echo "deploy.acme.example ${ed25519Pub()}" >> ~/.ssh/known_hosts\n          echo "github.com ${ed25519Pub()}" >> ~/.ssh/known_hosts`);
  add('cosign public key and verify', `cosign verify --key cosign.pub ghcr.io/acme/api@sha256:${hex(64)}\n$ cat cosign.pub\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r(B64, 48)}\n${r(B64, 22)}==\n-----END PUBLIC KEY-----`);
  add('AWS documentation example keys in a CI sample', `# Example from the AWS docs - replace with your own values in the secret store\nenv:\n  AWS_ACCESS_KEY_ID: ${AWS_EXAMPLE_ID}\n  AWS_SECRET_ACCESS_KEY: ${AWS_EXAMPLE_SECRET}`);
  add('.terraform.lock.hcl hashes', `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.68.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${key32(r)}",\n    "zh:${hex(64)}",\n    "zh:${hex(64)}",\n  ]\n}`);

  // --- (4) Mobile -------------------------------------------------------------------------------------------------
  add('Fastlane Appfile identifiers', `app_identifier("com.acme.shop")\napple_id("release@acme.example")\nitc_team_id("${r(DIGITS, 9)}")\nteam_id("${r(UPPER + DIGITS, 10)}")`);
  add('Fastfile api key from file with key id and issuer id', `  api_key = app_store_connect_api_key(\n    key_id: "${r(UPPER + DIGITS, 10)}",\n    issuer_id: "${uuid(r)}",\n    key_filepath: "./fastlane/AuthKey.p8",\n    duration: 1200\n  )`);
  add('Matchfile with password from environment', 'git_url("git@github.com:acme/ios-certificates.git")\nstorage_mode("git")\ntype("development")\napp_identifier(["com.acme.shop", "com.acme.shop.widget"])\n# MATCH_PASSWORD is provided by the CI secret store: ENV["MATCH_PASSWORD"]');
  add('Fastlane .env template with placeholders', '# Copy to fastlane/.env and fill in\nFASTLANE_USER=<apple id email>\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx\nMATCH_PASSWORD=<ask the mobile team>');
  add('Xcode xcconfig signing identifiers and variable reference', `DEVELOPMENT_TEAM = ${r(UPPER + DIGITS, 10)}\nPRODUCT_BUNDLE_IDENTIFIER = com.acme.shop\nCODE_SIGN_IDENTITY = Apple Distribution\nPROVISIONING_PROFILE_SPECIFIER = match AppStore com.acme.shop\nSENTRY_AUTH_TOKEN = $(inherited)`);
  add('Android debug keystore with the published default password', 'android {\n    signingConfigs {\n        debug {\n            storeFile file("debug.keystore")\n            storePassword "android"\n            keyAlias "androiddebugkey"\n            keyPassword "android"\n        }\n    }\n}');
  add('Android release signing from keystore.properties and env', 'def keystorePropertiesFile = rootProject.file("keystore.properties")\ndef keystoreProperties = new Properties()\nkeystoreProperties.load(new FileInputStream(keystorePropertiesFile))\nandroid {\n    signingConfigs {\n        release {\n            storeFile file(keystoreProperties["storeFile"])\n            storePassword System.getenv("ANDROID_STORE_PASSWORD")\n            keyAlias keystoreProperties["keyAlias"]\n            keyPassword System.getenv("ANDROID_KEY_PASSWORD")\n        }\n    }\n}');
  add('keytool import into cacerts with the default changeit', 'keytool -importcert -noprompt -alias acme-root-ca \\\n  -file /usr/local/share/ca-certificates/acme-root.crt \\\n  -keystore "$JAVA_HOME/lib/security/cacerts" -storepass changeit');

  return out;
}
