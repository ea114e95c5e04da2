import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../parse-report.js';

// Every fixture folder is `input.<ext>` + `expected.json`; expected.json lists only the figures that
// were checked by hand, so the comparison walks expected's keys.
const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function inputsOf(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith('input.'));
}

function casesIn(group: string): { name: string; dir: string }[] {
  const root = path.join(fixturesDir, group);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'expected.json')))
    .map((d) => ({ name: d.name, dir: path.join(root, d.name) }));
}

/** Flattens expected.json into [dotted path, value] pairs, arrays kept whole. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      leaves(v, prefix ? `${prefix}.${k}` : k),
    );
  }
  return [[prefix, value]];
}

function get(obj: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );
}

describe('the sample report in every format gives the same figures', () => {
  const dir = path.join(fixturesDir, 'sample');
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as unknown;
  for (const input of inputsOf(dir)) {
    it(input, async () => {
      const outcome = await parseReport(new Uint8Array(readFileSync(path.join(dir, input))), input);
      if (!outcome.ok) throw new Error(`${input}: ${outcome.failure.code} ${outcome.failure.messageEn}`);
      const actual = Object.fromEntries(leaves(expected).map(([k]) => [k, get(outcome.document.report, k)]));
      expect(actual).toEqual(Object.fromEntries(leaves(expected)));
    });
  }
});

describe('real published reports parse to their hand-checked figures', () => {
  for (const { name, dir } of casesIn('real')) {
    it(name, async () => {
      const input = inputsOf(dir)[0];
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as unknown;
      const outcome = await parseReport(new Uint8Array(readFileSync(path.join(dir, input))), input);
      if (!outcome.ok) throw new Error(`${name}: ${outcome.failure.code} ${outcome.failure.messageEn}`);
      // parser-gaps.json names figures the document's table does not determine (digits run together with
      // several readings, blank cells lost in a text dump): those must come back unread (null), never wrong.
      const gapsFile = path.join(dir, 'parser-gaps.json');
      const gaps = new Set(
        existsSync(gapsFile) ? (JSON.parse(readFileSync(gapsFile, 'utf8')) as { keys: string[] }).keys : [],
      );
      const want = Object.fromEntries(leaves(expected).map(([k, v]) => [k, gaps.has(k) ? null : v]));
      const actual = Object.fromEntries(leaves(expected).map(([k]) => [k, get(outcome.document.report, k)]));
      expect(actual).toEqual(want);
      for (const key of gaps)
        expect(outcome.issues.some((i) => i.path?.startsWith(key.split('.').slice(0, 2).join('.')))).toBe(
          true,
        );
    });
  }
});

describe('rejected files get their expected error and nothing escapes', () => {
  for (const { name, dir } of casesIn('rejected')) {
    it(name, async () => {
      const input = inputsOf(dir)[0];
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { code: string };
      const outcome = await parseReport(new Uint8Array(readFileSync(path.join(dir, input))), input);
      expect(outcome.ok ? 'ok' : outcome.failure.code).toBe(expected.code);
      if (!outcome.ok) expect(outcome.failure.message).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});
