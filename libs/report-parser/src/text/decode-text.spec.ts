import { describe, expect, it } from '@jest/globals';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeText } from './decode-text.js';

const samplePath = new URL('../../fixtures/sample/input.txt', import.meta.url);

describe('decodeText', () => {
  it('reads UTF-8 text exactly as the standard decoder does (CJK, astral characters, controls, empty)', () => {
    const texts = [
      '',
      'plain ASCII\n',
      '硚口区企业服务中心2023年政府信息公开\n\t0\n',
      '𠀀𪚥 😀 é ߿ ࠀ \uffff \u0000 \ufeff inside',
      readFileSync(samplePath, 'utf8'),
    ];
    for (const text of texts) {
      const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
      // A leading U+FEFF in UTF-8 is a BOM: it is dropped, as TextDecoder does.
      expect(decodeText(bytes)).toEqual({ text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' });
    }
  });

  it('reads a subarray view without looking outside it', () => {
    const whole = Buffer.from('xx政府信息yy', 'utf8');
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.length - 4);
    expect(decodeText(view).text).toBe('政府信息');
  });

  it('drops a UTF-8 BOM and replaces invalid sequences after it', () => {
    const valid = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('年度报告', 'utf8')]);
    expect(decodeText(valid)).toEqual({ text: '年度报告', encoding: 'utf-8' });
    const broken = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]);
    expect(decodeText(broken)).toEqual({ text: 'a\ufffdb', encoding: 'utf-8' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8, and when GBK is declared', () => {
    const text = '二、主动公开政府信息情况\n本年新收政府信息公开申请 12 件';
    const gbk = new Uint8Array(iconv.encode(text, 'gb18030'));
    expect(decodeText(gbk)).toEqual({ text, encoding: 'gb18030' });
    expect(decodeText(new Uint8Array(Buffer.from('abc', 'utf8')), 'GBK')).toEqual({
      text: 'abc',
      encoding: 'gb18030',
    });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('年报', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: '年报', encoding: 'utf-16le' });
  });

  it('refuses binary junk that is neither UTF-8 nor plausible GB18030', () => {
    const junk = new Uint8Array(400).map((_, i) => (i * 37 + 128) % 256 || 1);
    expect(() => decodeText(junk.map((b) => (b < 0x20 ? 0x01 : b)))).toThrow(/UNKNOWN_ENCODING/);
  });
});
