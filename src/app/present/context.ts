import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { PRESENT_TEXT, type PresentText } from '../../i18n/present.ts';
import { useApp } from '../context.ts';
import type { Presentation } from './presentation.ts';

export const PresentationContext = createContext<Presentation | null>(null);

export function usePresentation(): Presentation {
  const value = useContext(PresentationContext);
  if (!value) throw new Error('usePresentation outside PresentationContext');
  return value;
}

/** The app context plus the presentation and its strings. */
export function usePresent(): ReturnType<typeof useApp> & { p: Presentation; pt: PresentText } {
  const app = useApp();
  return { ...app, p: usePresentation(), pt: PRESENT_TEXT[app.lang] };
}
