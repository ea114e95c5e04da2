import type { FormEntries } from './form-entries';

/** A web-form draft kept in the browser so nothing typed is lost on a reload or a failed request. */
export interface FormDraft {
  entries: FormEntries;
  notes: string;
  explanations: Record<string, string>;
  savedAt: string;
}

const PREFIX = 'nianbao.form-draft';

export function draftStorageKey(unitId: string, year: number): string {
  return `${PREFIX}:${unitId}:${year}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Private mode or disabled storage: the form still works, only without drafts.
    return null;
  }
}

function isDraft(value: unknown): value is FormDraft {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.entries === 'object' &&
    v.entries !== null &&
    typeof v.savedAt === 'string' &&
    Object.values(v.entries as Record<string, unknown>).every((x) => typeof x === 'string')
  );
}

export function loadDraft(unitId: string, year: number): FormDraft | null {
  const raw = storage()?.getItem(draftStorageKey(unitId, year));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isDraft(parsed)) return null;
    return {
      entries: parsed.entries,
      notes: typeof parsed.notes === 'string' ? parsed.notes : '',
      explanations: parsed.explanations && typeof parsed.explanations === 'object' ? parsed.explanations : {},
      savedAt: parsed.savedAt,
    };
  } catch {
    return null;
  }
}

export function saveDraft(unitId: string, year: number, draft: Omit<FormDraft, 'savedAt'>): void {
  try {
    storage()?.setItem(
      draftStorageKey(unitId, year),
      JSON.stringify({ ...draft, savedAt: new Date().toISOString() }),
    );
  } catch {
    // Quota exceeded: keep going; the next keystroke tries again.
  }
}

export function clearDraft(unitId: string, year: number): void {
  storage()?.removeItem(draftStorageKey(unitId, year));
}
