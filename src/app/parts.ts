import { createStage, type Stage } from './graph/stage.ts';
import { createEmbed, type Embed, type EmbedRequest } from './share/embed.ts';
import { createProjectOrigin, type ProjectOrigin } from './storage/project-origin.ts';
import { createStory, type Story } from './views/story.ts';

/** The app's state beside the store, each part on its own. Created once per app instance. */
export interface AppParts {
  stage: Stage;
  story: Story;
  origin: ProjectOrigin;
  /** Null unless the page is an embed. */
  embed: Embed | null;
}

export function createAppParts(embed: EmbedRequest | null): AppParts {
  return {
    stage: createStage(),
    story: createStory(),
    origin: createProjectOrigin(),
    embed: embed ? createEmbed(embed) : null,
  };
}
