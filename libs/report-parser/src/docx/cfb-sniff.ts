// Compound File Binary (OLE2) containers hold legacy .doc/.xls files and also password-protected OOXML,
// which Office wraps in a CFB with EncryptionInfo/EncryptedPackage streams ([MS-OFFCRYPTO] 2.3.4).

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCfbContainer(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

const ENCRYPTION_INFO_UTF16 = utf16le('EncryptionInfo');

/** True when a CFB container carries an encrypted OOXML package (its directory names EncryptionInfo). */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return isCfbContainer(bytes) && indexOf(bytes, ENCRYPTION_INFO_UTF16) >= 0;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
