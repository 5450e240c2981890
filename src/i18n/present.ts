import type { Lang } from './lang.ts';

/** Strings of presenting, saved views, sharing, exports and the recent-projects list. */
export interface PresentText {
  present: string;
  presentHint: string;
  leavePresentation: string;
  presentationLabel: string;
  story: string;
  storyHint: string;
  caption: string;
  captionPlaceholder: string;
  viewName: string;
  defaultViewName: (n: string) => string;
  saveView: string;
  noViews: string;
  showView: (name: string) => string;
  moveUp: string;
  moveDown: string;
  rename: string;
  renameDone: string;
  deleteView: string;
  previous: string;
  next: string;
  stepOf: (step: string, total: string) => string;
  copyLink: string;
  linkCopied: string;
  exportMenu: string;
  exportTitle: string;
  image: string;
  scale: string;
  png: string;
  svg: string;
  tables: string;
  nodesCsv: string;
  nodesCsvExcel: string;
  edgesCsv: string;
  findingsCsv: string;
  xlsx: string;
  graphFiles: string;
  gexf: string;
  graphml: string;
  project: string;
  saveProject: string;
  projectHint: string;
  exporting: string;
  exportFailed: (reason: string) => string;
  recentTitle: string;
  recentHint: string;
  continueProject: string;
  openRecent: string;
  forget: string;
  forgetAll: string;
  notNow: string;
  recentProjects: string;
  savedAt: (date: string) => string;
  embedLoading: string;
  embedFailed: string;
  embedHttp: (url: string, status: string) => string;
  embedNetwork: (url: string) => string;
  embedNoData: string;
}

const sv: PresentText = {
  present: 'Presentera',
  presentHint:
    'Helskärm med stora etiketter. Piltangenterna stegar genom berättelsen, Esc avslutar.',
  leavePresentation: 'Avsluta presentationen',
  presentationLabel: 'Presentation',
  story: 'Berättelse',
  storyHint:
    'Spara vyn som ett steg: kamera, layout, filter, färg och storlek, vald nod och bildtext.',
  caption: 'Bildtext',
  captionPlaceholder: 'Vad vyn visar',
  viewName: 'Namn på vyn',
  defaultViewName: (n) => `Vy ${n}`,
  saveView: 'Spara vy',
  noViews: 'Inga sparade vyer än.',
  showView: (name) => `Visa ”${name}”`,
  moveUp: 'Flytta upp',
  moveDown: 'Flytta ned',
  rename: 'Byt namn',
  renameDone: 'Klar',
  deleteView: 'Ta bort',
  previous: 'Föregående',
  next: 'Nästa',
  stepOf: (step, total) => `${step} av ${total}`,
  copyLink: 'Kopiera länk till vyn',
  linkCopied: 'Länken är kopierad',
  exportMenu: 'Exportera',
  exportTitle: 'Exportera och spara',
  image: 'Bild av vyn',
  scale: 'Skala',
  png: 'PNG',
  svg: 'SVG',
  tables: 'Tabeller',
  nodesCsv: 'Mått per nod, CSV (UTF-8)',
  nodesCsvExcel: 'Mått per nod, CSV för svenskt Excel',
  edgesCsv: 'Länkar, CSV (UTF-8)',
  findingsCsv: 'Svaga länkar, CSV (UTF-8)',
  xlsx: 'Arbetsbok, XLSX (noder, länkar, fynd, importrapport)',
  graphFiles: 'Nätverksfiler',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML',
  project: 'Projekt',
  saveProject: 'Spara projektfil (.brobyggare.json)',
  projectHint: 'Data, inställningar, positioner och berättelsen. Öppnas igen med ”Öppna filer”.',
  exporting: 'Exporterar …',
  exportFailed: (reason) => `Exporten misslyckades: ${reason}`,
  recentTitle: 'Fortsätt där du var',
  recentHint: 'Sparat bara på den här datorn.',
  continueProject: 'Fortsätt',
  openRecent: 'Öppna',
  forget: 'Glöm',
  forgetAll: 'Glöm alla',
  notNow: 'Inte nu',
  recentProjects: 'Senaste projekt',
  savedAt: (date) => `sparat ${date}`,
  embedLoading: 'Hämtar nätverket …',
  embedFailed: 'Nätverket kunde inte visas.',
  embedHttp: (url, status) => `${url}: servern svarade ${status}`,
  embedNetwork: (url) =>
    `${url}: filen kunde inte hämtas (nätverksfel, eller servern tillåter inte hämtning från en annan webbplats – CORS)`,
  embedNoData: 'Ingen datafil angiven: lägg till &data=ADRESS i länken.',
};

const en: PresentText = {
  present: 'Present',
  presentHint: 'Full screen with large labels. The arrow keys step through the story, Esc leaves.',
  leavePresentation: 'Leave the presentation',
  presentationLabel: 'Presentation',
  story: 'Story',
  storyHint:
    'Save the view as a step: camera, layout, filters, colour and size, selected node and caption.',
  caption: 'Caption',
  captionPlaceholder: 'What the view shows',
  viewName: 'Name of the view',
  defaultViewName: (n) => `View ${n}`,
  saveView: 'Save view',
  noViews: 'No saved views yet.',
  showView: (name) => `Show "${name}"`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  rename: 'Rename',
  renameDone: 'Done',
  deleteView: 'Delete',
  previous: 'Previous',
  next: 'Next',
  stepOf: (step, total) => `${step} of ${total}`,
  copyLink: 'Copy a link to the view',
  linkCopied: 'Link copied',
  exportMenu: 'Export',
  exportTitle: 'Export and save',
  image: 'Picture of the view',
  scale: 'Scale',
  png: 'PNG',
  svg: 'SVG',
  tables: 'Tables',
  nodesCsv: 'Metrics per node, CSV (UTF-8)',
  nodesCsvExcel: 'Metrics per node, CSV for Swedish Excel',
  edgesCsv: 'Links, CSV (UTF-8)',
  findingsCsv: 'Weak links, CSV (UTF-8)',
  xlsx: 'Workbook, XLSX (nodes, links, findings, import report)',
  graphFiles: 'Network files',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML',
  project: 'Project',
  saveProject: 'Save project file (.brobyggare.json)',
  projectHint: 'Data, settings, positions and the story. Reopen it with "Open files".',
  exporting: 'Exporting …',
  exportFailed: (reason) => `The export failed: ${reason}`,
  recentTitle: 'Continue where you left off',
  recentHint: 'Kept only on this computer.',
  continueProject: 'Continue',
  openRecent: 'Open',
  forget: 'Forget',
  forgetAll: 'Forget all',
  notNow: 'Not now',
  recentProjects: 'Recent projects',
  savedAt: (date) => `saved ${date}`,
  embedLoading: 'Fetching the network …',
  embedFailed: 'The network could not be shown.',
  embedHttp: (url, status) => `${url}: the server answered ${status}`,
  embedNetwork: (url) =>
    `${url}: the file could not be fetched (network error, or the server does not allow fetching from another site – CORS)`,
  embedNoData: 'No data file given: add &data=ADDRESS to the link.',
};

export const PRESENT_TEXT: Record<Lang, PresentText> = { sv, en };
