import { describe, expect, it } from 'vitest';
import { ALNUM, AWS_ID, HEXL, randomChars } from '../../../test/secrets/fixtures.js';
import { detectSecrets } from './detect.js';

// What blind batch AA (session 26: the mainstream formats an outside benchmark would pick) missed at first sight.
const r = randomChars('batch-aa');
const found = (text: string) => detectSecrets(text).filter((m) => m.score >= 0.5).map((m) => text.slice(m.start, m.end));
const asJson = (text: string) => JSON.stringify({ msg: text });

describe('mainstream formats in their usual places', () => {
  it("reads a Twilio API key's secret as the argument after its SID, not another SID or a short value there", () => {
    const sid = `SK${r(HEXL, 32)}`;
    const secret = r(ALNUM, 32);
    expect(found(`client = Client("${sid}", "${secret}", account_sid="AC${r(HEXL, 32)}")`)).toContain(secret);
    expect(found(`client = Client("${sid}", "${secret}")`)).toContain(secret);
    expect(found(`client = Client("${sid}", "eu1")`)).not.toContain('eu1');
  });

  it('reads the Datadog keys in their HTTP headers', () => {
    const app = r(HEXL, 40);
    const api = r(HEXL, 32);
    const curl = `curl -X GET "https://api.datadoghq.com/api/v1/monitor" \\\n  -H "DD-API-KEY: ${api}" \\\n  -H "DD-APPLICATION-KEY: ${app}"`;
    expect(found(curl)).toEqual(expect.arrayContaining([api, app]));
    expect(found('  -H "DD-APPLICATION-KEY: ${DD_APP_KEY}"')).toEqual([]);
  });

  it("reads an AWS secret after its key id on the credentials CSV's next line, also inside a JSON string", () => {
    const id = `AKIA${r(AWS_ID, 16)}`;
    const secret = `${r(ALNUM, 37)}aZ7`;
    const csv = `Access key ID,Secret access key\n${id},${secret}`;
    expect(found(csv)).toEqual([id, secret]);
    expect(found(asJson(csv))).toEqual([id, secret]);
  });
});
