/**
 * Payment card issuer ranges (IIN prefixes and lengths). A number that passes Luhn but belongs to
 * no issuer is far more likely an order id than a card, so both must hold.
 */
interface Issuer {
  name: string;
  /** Inclusive prefix ranges compared on the first `digits` digits. */
  ranges: ReadonlyArray<readonly [number, number, number]>; // [digits, from, to]
  lengths: readonly number[];
}

const ISSUERS: readonly Issuer[] = [
  { name: 'visa', ranges: [[1, 4, 4]], lengths: [13, 16, 19] },
  { name: 'mastercard', ranges: [[2, 51, 55], [4, 2221, 2720]], lengths: [16] },
  { name: 'amex', ranges: [[2, 34, 34], [2, 37, 37]], lengths: [15] },
  { name: 'discover', ranges: [[4, 6011, 6011], [3, 644, 649], [2, 65, 65], [6, 622126, 622925]], lengths: [16, 17, 18, 19] },
  { name: 'jcb', ranges: [[2, 35, 35]], lengths: [16, 17, 18, 19] },
  { name: 'jcb-legacy', ranges: [[4, 2131, 2131], [4, 1800, 1800]], lengths: [15] },
  { name: 'diners', ranges: [[3, 300, 305], [2, 36, 36], [2, 38, 39], [4, 3095, 3095]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'unionpay', ranges: [[2, 62, 62], [2, 81, 81]], lengths: [16, 17, 18, 19] },
  { name: 'maestro', ranges: [[2, 50, 50], [2, 56, 69], [4, 604, 604]], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'mir', ranges: [[4, 2200, 2204]], lengths: [16, 17, 18, 19] },
  { name: 'uatp', ranges: [[1, 1, 1]], lengths: [15] },
  { name: 'rupay', ranges: [[2, 60, 60], [3, 508, 508], [3, 652, 653]], lengths: [16] },
  { name: 'troy', ranges: [[4, 9792, 9792]], lengths: [16] },
];

/** The issuer a card number belongs to by prefix and length, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  for (const issuer of ISSUERS) {
    if (!issuer.lengths.includes(digits.length)) continue;
    for (const [n, from, to] of issuer.ranges) {
      const prefix = Number(digits.slice(0, n));
      if (prefix >= from && prefix <= to) return issuer.name;
    }
  }
  return undefined;
}
