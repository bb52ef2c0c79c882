/**
 * Shared fixtures of the model's tests: the URLs a test archive resolves with
 * (the site at the root of the default origin), as the build hands them.
 */
import { DEFAULT_SITE_URL } from '../../src/model/env';
import type { UrlContext } from '../../src/model/urls';
import { createPaths } from '../../src/routes/paths';

/** The URL context of a site at the root of `http://localhost:4321`. */
export const URLS: UrlContext = { paths: createPaths('/'), site: DEFAULT_SITE_URL };
