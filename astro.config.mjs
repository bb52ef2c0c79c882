// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { resolveBasePath, resolveSiteUrl } from './src/lib/env.ts';

// Every deployment setting comes from the environment; see README "Configuration".
const site = resolveSiteUrl(process.env.SITE_URL);
const base = resolveBasePath(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
