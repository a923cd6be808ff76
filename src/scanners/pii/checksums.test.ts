import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aadhaarValid, abaValid, bsnValid, codiceFiscaleValid, dniNieValid, hetuValid, ibanMod97Valid, itinValid, luhnCheckDigit, luhnValid,
  nhsValid, ninoValid, nirValid, npiValid, panValid, peselValid, personnummerValid, ssnValid, steuerIdValid, verhoeffCheckDigit, verhoeffValid,
} from './checksums.js';
import { base58CheckValid, bech32AddressValid, eip55Valid, keccak256Hex } from './crypto-address.js';
import { cardIssuer } from './cards.js';
import { ibanPrefixLength } from './iban.js';

describe('check digits', () => {
  it('accepts published valid values and rejects altered ones', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(ibanMod97Valid('GB82WEST12345698765432')).toBe(true);
    expect(ibanMod97Valid('GB82WEST12345698765433')).toBe(false);
    expect(abaValid('121000358')).toBe(true);
    expect(abaValid('421042111')).toBe(false);
    expect(nhsValid('4010232137')).toBe(true);
    expect(nhsValid('4010232138')).toBe(false);
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567890')).toBe(false);
    expect(bsnValid('111222333')).toBe(true);
    expect(bsnValid('111222334')).toBe(false);
    expect(peselValid('44051401458')).toBe(true);
    expect(peselValid('44051401459')).toBe(false);
    expect(steuerIdValid('12345678903')).toBe(true);
    expect(steuerIdValid('12345678901')).toBe(false);
    expect(steuerIdValid('11111111111')).toBe(false);
    expect(nirValid('255081416802538')).toBe(true);
    expect(nirValid('255081416802539')).toBe(false);
    expect(dniNieValid('12345678Z')).toBe(true);
    expect(dniNieValid('12345678A')).toBe(false);
    expect(dniNieValid('X9613851N')).toBe(true);
    expect(codiceFiscaleValid('RSSMRA85T10A562S')).toBe(true);
    expect(codiceFiscaleValid('RSSMRA85T10A562T')).toBe(false);
    expect(hetuValid('131052-308T')).toBe(true);
    expect(hetuValid('131052-308U')).toBe(false);
    expect(personnummerValid('8112189876')).toBe(true);
    expect(personnummerValid('8112189875')).toBe(false);
    expect(ninoValid('AB123456C')).toBe(true);
    expect(ninoValid('BG123456A')).toBe(false);
    expect(ssnValid('078051121')).toBe(true);
    expect(ssnValid('078051120')).toBe(false); // the Woolworth wallet sample
    expect(ssnValid('666123456')).toBe(false);
    expect(ssnValid('123004567')).toBe(false);
    expect(itinValid('911701234')).toBe(true);
    expect(itinValid('911891234')).toBe(false);
    expect(verhoeffValid('2363')).toBe(true);
    expect(aadhaarValid('234123412346')).toBe(true);
    expect(aadhaarValid('234123412345')).toBe(false);
    expect(panValid('ABCPE1234F')).toBe(true);
    expect(panValid('ABCXE1234F')).toBe(false);
  });

  it('knows issuer ranges, Mastercard 2-series included', () => {
    expect(cardIssuer('2221000000000009')).toBe('mastercard');
    expect(cardIssuer('5555555555554444')).toBe('mastercard');
    expect(cardIssuer('378282246310005')).toBe('amex');
    expect(cardIssuer('9999999999999995')).toBeUndefined();
  });

  it('cuts an IBAN to its country length', () => {
    expect(ibanPrefixLength('GB82 WEST 1234 5698 7654 32 AND')).toBe('GB82 WEST 1234 5698 7654 32'.length);
    expect(ibanPrefixLength('ZZ82WEST12345698765432')).toBe(0);
  });

  it('validates crypto addresses', () => {
    expect(keccak256Hex('')).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(eip55Valid('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe(true);
    expect(eip55Valid('0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe(false);
    expect(base58CheckValid('16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ')).toBe(true);
    expect(base58CheckValid('16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY')).toBe(false);
    expect(bech32AddressValid('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(true);
    expect(bech32AddressValid('bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297')).toBe(true);
    expect(bech32AddressValid('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp')).toBe(false);
  });

  it('Luhn and Verhoeff catch every single-digit error (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8,18}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (payload, pos, delta) => {
        const luhn = payload + luhnCheckDigit(payload);
        const verhoeff = payload + verhoeffCheckDigit(payload);
        expect(luhnValid(luhn)).toBe(true);
        expect(verhoeffValid(verhoeff)).toBe(true);
        const i = pos % luhn.length;
        const mutate = (s: string) => s.slice(0, i) + String((Number(s[i]) + delta) % 10) + s.slice(i + 1);
        expect(luhnValid(mutate(luhn))).toBe(false);
        expect(verhoeffValid(mutate(verhoeff))).toBe(false);
      }),
    );
  });

  it('validators never throw on arbitrary input (fuzz)', () => {
    const all = [luhnValid, ibanMod97Valid, abaValid, nhsValid, npiValid, bsnValid, peselValid, steuerIdValid, nirValid, dniNieValid,
      codiceFiscaleValid, hetuValid, personnummerValid, ninoValid, ssnValid, itinValid, aadhaarValid, panValid, base58CheckValid, bech32AddressValid, eip55Valid];
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (s) => {
      for (const f of all) expect(typeof f(s)).toBe('boolean');
    }));
  });
});
