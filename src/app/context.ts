import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ANALYSIS_TEXT, type AnalysisStrings } from '../i18n/analysis.ts';
import { APP_TEXT, type AppText } from '../i18n/app.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Actions } from './state/actions.ts';
import type { Store } from './state/store.ts';

export interface AppContextValue {
  store: Store;
  actions: Actions;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue & { t: AppText; a: AnalysisStrings; lang: Lang } {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  const lang = value.store.lang.value;
  return { ...value, lang, t: APP_TEXT[lang], a: ANALYSIS_TEXT[lang] };
}
