/**
 * Checks a package-lock.json (lockfileVersion 2 or 3) for the optional packages
 * it lacks. A lock file written on one platform by some npm versions keeps only
 * that platform's builds of packages such as Astro's compiler or Pagefind; `npm ci`
 * then refuses it elsewhere ("Missing: … from lock file"), and `npm install`
 * rewrites it on every other platform.
 */

/** The parts of a lock file's package entry the check reads. */
interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

export interface LockFile {
  lockfileVersion?: number;
  packages?: Record<string, LockedPackage>;
}

export interface MissingOptional {
  /** The lock file key of the package that lists the optional dependency ("" for the project). */
  dependent: string;
  /** The optional dependency's name. */
  name: string;
  /** The version range the dependent asks for. */
  range: string;
}

/**
 * Where Node would look for `name` from the package at lock file key `from`:
 * its own node_modules, then each enclosing one up to the project's.
 */
function candidates(from: string, name: string): string[] {
  const found: string[] = [];
  let dir = from;
  for (;;) {
    found.push(dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`);
    if (dir === '') return found;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut >= 0 ? dir.slice(0, cut) : '';
  }
}

/**
 * Every optional dependency, of any package in the lock file, that has no entry
 * of its own: the lock file is complete for every platform when this is empty.
 * @example missingOptionalPackages(JSON.parse(readFileSync('package-lock.json', 'utf8')))
 */
export function missingOptionalPackages(lock: LockFile): MissingOptional[] {
  const packages = lock.packages;
  if (!packages || (lock.lockfileVersion ?? 0) < 2) {
    throw new Error(
      'package-lock.json has no "packages" section: it needs lockfileVersion 2 or 3 (npm 7 or later)',
    );
  }
  const missing: MissingOptional[] = [];
  for (const [dependent, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      if (!candidates(dependent, name).some((key) => key in packages))
        missing.push({ dependent, name, range });
    }
  }
  return missing;
}
