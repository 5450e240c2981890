import { useSignalEffect } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { AppContext, type AppContextValue } from './context.ts';
import { fetchDemo } from './demo.ts';
import { initialLang } from './initial-lang.ts';
import { createActions } from './state/actions.ts';
import { createStore } from './state/store.ts';
import { Header } from './shell/Header.tsx';
import { Sidebar } from './shell/Sidebar.tsx';
import { MainView } from './shell/MainView.tsx';
import { SidePanel } from './shell/SidePanel.tsx';
import { FileDrop } from './open/FileDrop.tsx';

export function App() {
  const [value] = useState<AppContextValue>(() => {
    const store = createStore(initialLang(location.search, navigator.languages));
    return { store, actions: createActions(store) };
  });

  useEffect(() => {
    let live = true;
    value.actions.warmUp();
    void fetchDemo().then(({ edges, nodes }) => {
      if (live && !value.store.project.peek()) value.actions.load(edges, nodes);
    });
    return () => {
      live = false;
      value.actions.dispose();
    };
  }, [value]);

  useSignalEffect(() => {
    document.documentElement.lang = value.store.lang.value;
  });

  return (
    <AppContext.Provider value={value}>
      <FileDrop>
        <div class="app">
          <Header />
          <Sidebar />
          <MainView />
          <SidePanel />
        </div>
      </FileDrop>
    </AppContext.Provider>
  );
}
