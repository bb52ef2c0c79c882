interface ImportMetaEnv {
  /** Absolute path of the project root, defined in astro.config.mjs. */
  readonly PROJECT_ROOT: string;
  /** Absolute path of `src/build/citation-worker.ts`, defined in astro.config.mjs. */
  readonly CITATION_WORKER: string;
  /** Absolute path of the build cache (`ARCHIVE_CACHE_DIR`), defined in astro.config.mjs. */
  readonly CACHE_DIR: string;
}
