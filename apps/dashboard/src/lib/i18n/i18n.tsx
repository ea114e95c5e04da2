import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

import { en, zh, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';
export type TranslateFn = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'nianbao.lang';

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template: string = lang === 'en' ? en[key] : zh[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: TranslateFn;
}

const I18nContext = createContext<I18nValue>({
  lang: 'zh',
  setLang: () => undefined,
  t: (key, vars) => translate('zh', key, vars),
});

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? readStoredLang());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  }, []);
  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, vars) => translate(lang, key, vars) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const t = useT(); t('nav.overview')` — the label in the current language. */
export function useT(): TranslateFn {
  return useContext(I18nContext).t;
}

export function useLang(): { lang: Lang; setLang: (lang: Lang) => void } {
  const { lang, setLang } = useContext(I18nContext);
  return { lang, setLang };
}

/** Picks `zh` or `en` from a bilingual label object ({ zh, en }) of the API or report-format. */
export function useLabel(): (label: { zh: string; en: string }) => string {
  const { lang } = useContext(I18nContext);
  return useCallback((label) => (lang === 'en' ? label.en : label.zh), [lang]);
}
