/**
 * Largest inputs accepted, checked before reading. Delimited text is streamed, so its limit
 * only guards against mistakes (a disk image dropped by accident): 1 GiB. XLSX and XML
 * (GEXF, GraphML) are parsed whole into memory, where they grow tenfold or more, so their
 * limits are far lower.
 */
export const MAX_BYTES = 1 << 30;
export const MAX_XLSX_BYTES = 50 * (1 << 20);
export const MAX_XML_BYTES = 100 * (1 << 20);
/**
 * Largest table (rows × columns) held in memory: an XLSX sheet or the node or edge table of a
 * GEXF/GraphML file. A cell costs about a hundred bytes there, so this keeps a table near 1 GB,
 * under the default heap of Node and the browsers.
 */
export const MAX_MEMORY_CELLS = 10_000_000;
/** Unpacked XML of an XLSX file's sheets: about 7 million cells (see read-xlsx.ts). */
export const MAX_SHEET_XML_BYTES = 200 * (1 << 20);
/**
 * A tie's strength (after merging rows) lies within these bounds, in every format: sums of
 * strengths over a node's ties, their squares (constraint) and their inverses (distances) then
 * stay finite.
 */
export const MAX_STRENGTH = 1e15;
export const MIN_STRENGTH = 1e-15;
/** A project file is decoded to one string; JavaScript strings end near 512 MiB. */
export const MAX_PROJECT_BYTES = 256 * (1 << 20);
