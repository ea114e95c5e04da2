import { describe, expect, it } from '@jest/globals';
import { bufferToBase64, loadPdfJs } from './pdfjs-loader.js';

const encode = (bytes: number[], options?: Parameters<typeof bufferToBase64>[0]): string =>
  bufferToBase64.call(new Uint8Array(bytes), options);

describe('bufferToBase64 (Uint8Array.prototype.toBase64 for pdfjs on Node 20)', () => {
  it('follows the proposal: padding, the url alphabet and omitPadding', () => {
    expect(encode([72, 101, 108, 108, 111])).toBe('SGVsbG8=');
    expect(encode([])).toBe('');
    expect(encode([251, 255])).toBe('+/8=');
    expect(encode([251, 255], { alphabet: 'base64' })).toBe('+/8=');
    expect(encode([251, 255], { alphabet: 'base64url' })).toBe('-_8=');
    expect(encode([251, 255], { alphabet: 'base64url', omitPadding: true })).toBe('-_8');
    expect(encode([72, 101, 108, 108], { omitPadding: true })).toBe('SGVsbA');
  });

  it('encodes only the view, not the whole buffer behind it', () => {
    const whole = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(bufferToBase64.call(whole.subarray(2, 5))).toBe(Buffer.from([2, 3, 4]).toString('base64'));
  });

  it('is what Uint8Array.prototype.toBase64 does once pdfjs is loaded', async () => {
    await loadPdfJs();
    const bytes = new Uint8Array(1000).map((_, i) => (i * 97 + 13) % 256);
    const toBase64 = (bytes as Uint8Array & { toBase64: (o?: object) => string }).toBase64.bind(bytes);
    expect(toBase64()).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64({ alphabet: 'base64url', omitPadding: true })).toBe(
      Buffer.from(bytes).toString('base64url'),
    );
  });
});
