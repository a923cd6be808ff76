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
    // Blind batch S's scripts and the full-width colon after an ASCII label (the values here are new).
    ['গেস্ট ওয়াই-ফাই পাসওয়ার্ড: Nodi7781x', 'Nodi7781x'],
    ['ஆபீஸ் கடவுச்சொல்: kovai4421#', 'kovai4421#'],
    ['სახლის პაროლი: mzeqala8841', 'mzeqala8841'],
    ['Գաղտնաբառ՝ Sevan#2031', 'Sevan#2031'],
    ['የይለፍ ቃል፦ lalibela7712', 'lalibela7712'],
    ['■ 管理画面\nPW：Hq72kLp!9z', 'Hq72kLp!9z'],
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
    // A Greek product code and a Hungarian expiry date after labels that also mean "code" and "password".
    'Κωδικός προϊόντος: PQ-220739',
    'A jelszó lejárata: 2026.12.31',
    'κωδικός κράτησης: XK7P2Q9',
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
