import { useSignalEffect } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { AppContext, type AppContextValue } from './context.ts';
import { initialLang } from './initial-lang.ts';
import { createActions } from './state/actions.ts';
import { createStore } from './state/store.ts';
import { Header } from './shell/Header.tsx';
import { Sidebar } from './shell/Sidebar.tsx';
import { MainView } from './shell/MainView.tsx';
import { SidePanel } from './shell/SidePanel.tsx';
import { FileDrop } from './open/FileDrop.tsx';
import { PresentationContext } from './present/context.ts';
import { createPresentation } from './present/presentation.ts';
import { Presenter } from './present/Presenter.tsx';
import { startSession } from './present/session.ts';
import { createExportClient } from './export/export-client.ts';
import { embedRequest } from './share/load-embed.ts';
import { EmbedShell } from './share/EmbedShell.tsx';

export function App() {
  const [value] = useState<AppContextValue>(() => {
    const store = createStore(initialLang(location.search, navigator.languages));
    return { store, actions: createActions(store) };
  });
  const [presentation] = useState(() => createPresentation(embedRequest(location.search)));

  useEffect(() => {
    value.actions.warmUp();
    const exports = createExportClient();
    const stopSession = startSession(value.store, value.actions, presentation, exports);
    return () => {
      stopSession();
      exports.dispose();
      value.actions.dispose();
    };
  }, [value, presentation]);

  useSignalEffect(() => {
    document.documentElement.lang = value.store.lang.value;
  });

  return (
    <AppContext.Provider value={value}>
      <PresentationContext.Provider value={presentation}>
        {presentation.embed ? (
          <EmbedShell />
        ) : (
          <FileDrop>
            <div class={presentation.presenting.value ? 'app presenting' : 'app'}>
              <Header />
              <Sidebar />
              <MainView />
              <SidePanel />
              <Presenter />
            </div>
          </FileDrop>
        )}
      </PresentationContext.Provider>
    </AppContext.Provider>
  );
}
