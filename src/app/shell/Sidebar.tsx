import { AppearanceControls } from '../controls/AppearanceControls.tsx';
import { FilterControls } from '../controls/FilterControls.tsx';
import { LayoutControls } from '../controls/LayoutControls.tsx';
import { Search } from '../search/Search.tsx';
import { StoryPanel } from '../views/StoryPanel.tsx';
import { ScopePicker } from '../scope/ScopePicker.tsx';

export function Sidebar() {
  return (
    <aside class="sidebar">
      <Search />
      <ScopePicker />
      <AppearanceControls />
      <LayoutControls />
      <FilterControls />
      <StoryPanel />
    </aside>
  );
}
