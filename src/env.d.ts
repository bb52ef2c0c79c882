interface ImportMetaEnv {
  /** Absolute path of `src/lib/citation-worker.ts`, defined in astro.config.mjs. */
  readonly CITATION_WORKER: string;
}
