import { useSignalEffect } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { AppContext, type AppContextValue } from './context.ts';
import { initialLang } from './startup/initial-lang.ts';
import { createActions } from './state/actions.ts';
import { createStore } from './state/store.ts';
import { Header } from './shell/Header.tsx';
import { Sidebar } from './shell/Sidebar.tsx';
import { MainView } from './shell/MainView.tsx';
import { SidePanel } from './shell/SidePanel.tsx';
import { FileDrop } from './open/FileDrop.tsx';
import { PartsContext } from './parts-context.ts';
import { createAppParts } from './parts.ts';
import { Presenter } from './present/Presenter.tsx';
import { startSession } from './startup/start-session.ts';
import { createExportClient } from './export/export-client.ts';
import { embedRequest } from './share/load-embed.ts';
import { EmbedShell } from './share/EmbedShell.tsx';

export function App() {
  const [value] = useState<AppContextValue>(() => {
    const store = createStore(initialLang(location.search, navigator.languages));
    return { store, actions: createActions(store) };
  });
  const [parts] = useState(() => createAppParts(embedRequest(location.search)));

  useEffect(() => {
    const exports = createExportClient();
    const stopSession = startSession(value.store, value.actions, parts, exports);
    return () => {
      stopSession();
      exports.dispose();
      value.actions.dispose();
    };
  }, [value, parts]);

  useSignalEffect(() => {
    document.documentElement.lang = value.store.lang.value;
  });

  return (
    <AppContext.Provider value={value}>
      <PartsContext.Provider value={parts}>
        {parts.embed ? (
          <EmbedShell embed={parts.embed} />
        ) : (
          <FileDrop>
            <div class={parts.story.presenting.value ? 'app presenting' : 'app'}>
              <Header />
              <Sidebar />
              <MainView />
              <SidePanel />
              <Presenter />
            </div>
          </FileDrop>
        )}
      </PartsContext.Provider>
    </AppContext.Provider>
  );
}
