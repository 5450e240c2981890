import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { PRESENT_TEXT, type PresentText } from '../i18n/present.ts';
import { useApp } from './context.ts';
import type { AppParts } from './parts.ts';

export const PartsContext = createContext<AppParts | null>(null);

export function useParts(): AppParts {
  const value = useContext(PartsContext);
  if (!value) throw new Error('useParts outside PartsContext');
  return value;
}

/** The app context plus the parts beside the store and the presenter's strings. */
export function usePresent(): ReturnType<typeof useApp> & AppParts & { pt: PresentText } {
  const app = useApp();
  return { ...app, ...useParts(), pt: PRESENT_TEXT[app.lang] };
}
