/**
 * The version of the importer that an article's `provenance.importer` records.
 * Change it when a change to the importer changes what it writes for the same input,
 * so an article says which rules made it.
 */
export const IMPORTER_VERSION = 'news-archive-import 10';
