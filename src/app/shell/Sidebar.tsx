import { useApp } from '../context.ts';
import { AppearanceControls } from '../controls/AppearanceControls.tsx';
import { FilterControls } from '../controls/FilterControls.tsx';
import { LayoutControls } from '../controls/LayoutControls.tsx';
import { Search } from '../search/Search.tsx';
import { StoryPanel } from '../views/StoryPanel.tsx';
import { ScopePicker } from '../scope/ScopePicker.tsx';

export function Sidebar() {
  const { t } = useApp();
  return (
    <aside class="sidebar" aria-label={t.sidebarLabel}>
      <Search />
      <ScopePicker />
      <AppearanceControls />
      <LayoutControls />
      <FilterControls />
      <StoryPanel />
    </aside>
  );
}
