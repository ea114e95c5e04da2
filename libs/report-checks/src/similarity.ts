const SHINGLE_SIZES = [3, 4, 5] as const;

/**
 * A text's character shingles (3, 4 and 5 characters), each set as sorted distinct 52-bit hashes, so two
 * texts are compared by merging sorted numbers instead of re-slicing both texts into string sets. Build it
 * once per text with `textSignature()` and keep it with the text (it only depends on the text): comparing
 * one report with a district's reports then costs one merge per report.
 */
export interface TextSignature {
  /** Length of the normalised text (NFKC, whitespace removed), in UTF-16 code units. */
  length: number;
  /** 52-bit hash of the whole normalised text: equal texts (a copy) compare in O(1). */
  digest: number;
  /** One sorted array of distinct shingle hashes per shingle size (3, 4, 5). */
  shingles: Float64Array[];
}

const TWO_POW_20 = 0x100000;

/**
 * Two independent 32-bit FNV-1a style hashes of text[start, end), folded into one 52-bit integer
 * (exact in a double): two distinct shingles of two reports collide with probability ~1e-9, so the
 * Jaccard index is the one of the string sets.
 */
function shingleHash(text: string, start: number, end: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // final avalanche (murmur3 fmix32) so nearby inputs spread over the whole range
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 0x85ebca6b);
  h2 ^= h2 >>> 13;
  return (h1 >>> 0) * TWO_POW_20 + ((h2 >>> 0) & (TWO_POW_20 - 1));
}

function shingleSet(text: string, k: number): Float64Array {
  if (!text) return new Float64Array(0);
  if (text.length < k) return Float64Array.of(shingleHash(text, 0, text.length));
  const all = new Float64Array(text.length - k + 1);
  for (let i = 0; i + k <= text.length; i++) all[i] = shingleHash(text, i, i + k);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i];
  return all.slice(0, n);
}

function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The signature of a text for `signatureSimilarity()`: whitespace ignored, full-width forms folded (NFKC). */
export function textSignature(text: string): TextSignature {
  const normalised = normaliseText(text);
  return {
    length: normalised.length,
    digest: shingleHash(normalised, 0, normalised.length),
    shingles: SHINGLE_SIZES.map((k) => shingleSet(normalised, k)),
  };
}

function jaccardSorted(a: Float64Array, b: Float64Array): number {
  if (!a.length && !b.length) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/**
 * The highest similarity two signatures can have, from the set sizes alone (Jaccard ≤ smaller ÷ larger):
 * a pair below a threshold by this bound need not be merged.
 */
export function signatureSimilarityBound(a: TextSignature, b: TextSignature): number {
  let sum = 0;
  for (let s = 0; s < SHINGLE_SIZES.length; s++) {
    const x = a.shingles[s].length;
    const y = b.shingles[s].length;
    sum += x === 0 && y === 0 ? 1 : Math.min(x, y) / Math.max(x, y);
  }
  return sum / SHINGLE_SIZES.length;
}

/** `textSimilarity()` of the two texts the signatures were built from. */
export function signatureSimilarity(a: TextSignature, b: TextSignature): number {
  // The same normalised text: every shingle set is the same, the similarity is 1.
  if (a.length === b.length && a.digest === b.digest) return 1;
  let sum = 0;
  for (let s = 0; s < SHINGLE_SIZES.length; s++) sum += jaccardSorted(a.shingles[s], b.shingles[s]);
  return sum / SHINGLE_SIZES.length;
}

/**
 * Similarity of two texts, 0..1: Jaccard index of character shingles (3, 4 and 5 characters), averaged.
 * Whitespace is ignored and full-width forms are folded (NFKC); other normalisation is the caller's choice.
 */
export function textSimilarity(a: string, b: string): number {
  const na = normaliseText(a);
  const nb = normaliseText(b);
  if (na === nb) return 1;
  return signatureSimilarity(textSignature(na), textSignature(nb));
}
