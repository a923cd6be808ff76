import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findForeignLabelPasswords } from './foreign-labels.js';

const values = (text: string): string[] => findForeignLabelPasswords(text).map((m) => text.slice(m.start, m.end));

describe('passwords after labels with no ASCII stem', () => {
  it.each([
    ['hasło do VPN: Sunflower747+ — login to twoje imię', 'Sunflower747+'],
    ['本番サーバーのrootパスワードは「Orchid13#」です。', 'Orchid13#'],
    ['服务器地址 10.20.3.15，用户名 admin，密码：Quartz544%，登录后请尽快修改。', 'Quartz544%'],
    ['Пароль от вайфая: Kotik2024x', 'Kotik2024x'],
    ['관리자 비밀번호: Bada!2024', 'Bada!2024'],
  ])('finds the value in %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    'パスワード（確認）',
    '密码：请输入至少8位字符',
    'Hasło musi mieć co najmniej 8 znaków, np. 1 cyfrę',
    'Пароль: ********',
    'Пароль: <your-password>',
    'Ваш пароль должен содержать 8 символов',
  ])('leaves alone %s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('never throws and returns spans inside the text', () => {
    const pieces = ['hasło', 'パスワード', '密码', 'пароль', '：', ':', '「', 'Abc123!', ' ', '\n', 'x'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 50 }), (parts) => {
        const text = parts.join('');
        for (const m of findForeignLabelPasswords(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
