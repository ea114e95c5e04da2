export { I18nProvider, translate, useLabel, useLang, useT, type Lang, type TranslateFn } from './i18n';
export type { MessageKey } from './messages';
