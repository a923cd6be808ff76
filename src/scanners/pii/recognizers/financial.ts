import { cardIssuer } from '../cards.js';
import { abaValid, luhnValid } from '../checksums.js';
import { base58CheckValid, bech32AddressValid, eip55Valid } from '../crypto-address.js';
import { ibanPrefixLength } from '../iban.js';
import { consistentSeparators, digitsOf, type Recognizer } from '../recognizer.js';

/** Recognizers for payment and banking identifiers and crypto wallets. */

/** The checks of a card number on its digits: Luhn, not one digit repeated, an issuer's range and length. */
const cardDigitsValid = (digits: string): boolean => luhnValid(digits) && !/^(\d)\1+$/.test(digits) && cardIssuer(digits) !== undefined;

/**
 * Whether the parts of a card number between spaces and dashes (as `value.split(/[ -]/)` cuts it)
 * are one, or all but the last four long, or 4-6-5 or 4-6-4. Counted in one pass without making
 * the parts: this runs on every card-length number that passes the card checks.
 */
function cardLikeGrouping(value: string): boolean {
  let parts = 0;
  let length = 0;
  let allButLastFour = true;
  const first3 = [-1, -1, -1];
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : -1;
    if (c !== 32 && c !== 45 && c !== -1) {
      length++;
      continue;
    }
    if (c !== -1 && length !== 4) allButLastFour = false; // a part followed by a separator is not the last
    if (parts < 3) first3[parts] = length;
    parts++;
    length = 0;
  }
  return parts === 1 || allButLastFour || (parts === 3 && first3[0] === 4 && first3[1] === 6 && (first3[2] === 5 || first3[2] === 4));
}

const creditCard: Recognizer = {
  type: 'CREDIT_CARD',
  format: 'CREDIT_CARD',
  digits: [12, 19],
  digitsValid: cardDigitsValid,
  // Groups joined by spaces or hyphens, or by dots in exactly 4-4-4-4 (`4705.5086.6700.6722`, blind batch
  // S's markdown table): dotted runs are otherwise versions, amounts and addresses.
  pattern: /\d(?<![\w.-]\d)(?:\d{3}(?:\.\d{4}){3}(?![\d.])|(?:[ -]?\d){11,18})(?!\w|[.-]\d)/g,
  validate(value, text, start) {
    if (!consistentSeparators(value) || !cardDigitsValid(digitsOf(value))) return undefined;
    // A product code under its own name ("ean": "5901234123457"): EAN and UPC check digits pass Luhn a tenth of the time.
    if (!/\D/.test(value) && BARCODE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return undefined;
    // Grouped like a card (4-4-4-4, 4-6-5) or bare; other groupings are weaker evidence.
    return cardLikeGrouping(value) ? 0.9 : 0.55;
  },
  context: ['card', 'credit', 'visa', 'mastercard', 'amex', 'cc', 'payment', 'carte', 'tarjeta', 'karte'],
  contextBoost: 0.09,
  // A barcode column of a product table ("sku,ean,description"): its check digits pass Luhn a tenth of the
  // time. Only at a barcode's length (EAN-8, UPC-A, EAN-13, GTIN-14, IMEI, SSCC): a 16-digit card number
  // in a mislabelled column is still a card.
  notInColumn: (column, value) => BARCODE_COLUMN.test(column) && BARCODE_LENGTHS.has(digitsOf(value).length),
};

const BARCODE_COLUMN = /^(?:ean|ean[-_ ]?1[34]|gtin|gtin[-_ ]?1[234]|upc|upc[-_ ]?a|isbn|isbn[-_ ]?1[03]|barcode|bar[-_ ]code|imei|sscc)$/i;
const BARCODE_LENGTHS: ReadonlySet<number> = new Set([8, 12, 13, 14, 15, 18]);

/** A barcode's or book number's name just before a bare number. */
const BARCODE_BEFORE = /\b(?:ean(?:-?1[34])?|gtin(?:-?1[234])?|upc(?:-?a)?|barcode|isbn(?:-?1[03])?)\b[^\w\n]{0,4}$/i;

const iban: Recognizer = {
  type: 'IBAN',
  format: 'IBAN',
  anchor: { token: [4, Infinity], prefix: 'LLDD' },
  pattern: /\b[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,32}/g,
  validate(value) {
    const len = ibanPrefixLength(value);
    if (len === 0) return undefined;
    return { score: 0.95, trimEnd: len };
  },
  context: ['iban', 'bank', 'account', 'transfer'],
  contextBoost: 0.04,
};

/** A routing number's checks on its digits: the 3-7-1 check, and a first digit of 0 to 3 (Federal Reserve districts). */
const routingDigitsValid = (digits: string): boolean => /^[0-3]/.test(digits) && abaValid(digits);

const aba: Recognizer = {
  type: 'BANK_ACCOUNT',
  format: 'ABA_ROUTING',
  digits: [9, 9],
  digitsValid: routingDigitsValid,
  pattern: /\d(?<![\d-]\d)(?:\d{8}|\d{3}-\d{4}-\d)(?![\d]|-\d)/g,
  validate(value) {
    return routingDigitsValid(digitsOf(value)) ? (value.includes('-') ? 0.5 : 0.3) : undefined;
  },
  context: ['aba', 'routing', 'rtn', 'bank', 'transit', 'wire'],
  contextBoost: 0.45,
};

const btc: Recognizer = {
  type: 'CRYPTO',
  format: 'BTC_BASE58',
  // The whole token is the address: the pattern ends at a word boundary.
  anchor: { token: [26, 35], test: (t, s) => t.charCodeAt(s) === 49 || t.charCodeAt(s) === 51 },
  pattern: /[13](?<![\w][13])[1-9A-HJ-NP-Za-km-z]{25,34}\b/g,
  validate: (value) => (base58CheckValid(value) ? 0.95 : undefined),
};

const bech32: Recognizer = {
  type: 'CRYPTO',
  format: 'BECH32',
  anchor: { token: [9, 92], prefix: 'L', contains: 'D', test: (t, s) => /^(?:bc|tb|ltc|bcrt)1/i.test(t.slice(s, s + 5)) },
  pattern: /\b(?:bc|tb|ltc|bcrt)1[02-9ac-hj-np-z]{6,87}\b/gi,
  validate: (value) => (bech32AddressValid(value) ? 0.95 : undefined),
};

const eth: Recognizer = {
  type: 'CRYPTO',
  format: 'ETH',
  anchor: { token: [42, 42], prefix: '0x' },
  pattern: /\b0x[0-9a-fA-F]{40}\b/g,
  validate(value) {
    const hex = value.slice(2);
    const mixed = /[a-f]/.test(hex) && /[A-F]/.test(hex);
    if (mixed) return eip55Valid(value) ? 0.95 : undefined;
    return 0.4; // unchecksummed: could be any 20-byte hash prefix
  },
  context: ['wallet', 'eth', 'ether', 'address', 'send', 'usdt', 'token'],
  contextBoost: 0.45,
};

export const FINANCIAL_RECOGNIZERS: readonly Recognizer[] = [creditCard, iban, aba, btc, bech32, eth];
