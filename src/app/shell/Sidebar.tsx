import { AppearanceControls } from '../controls/AppearanceControls.tsx';
import { FilterControls } from '../controls/FilterControls.tsx';
import { LayoutControls } from '../controls/LayoutControls.tsx';
import { Search } from '../search/Search.tsx';
import { StoryPanel } from '../views/StoryPanel.tsx';

export function Sidebar() {
  return (
    <aside class="sidebar">
      <Search />
      <AppearanceControls />
      <LayoutControls />
      <FilterControls />
      <StoryPanel />
    </aside>
  );
}
