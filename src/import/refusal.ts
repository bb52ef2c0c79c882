/**
 * Why an input was not imported. The importer throws these for problems with the
 * input (exit code 1); anything else is a bug or a usage error.
 */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';
}

/** Throws an {@link ImportRefusal} with a reason a person can act on. */
export function refuse(reason: string): never {
  throw new ImportRefusal(reason);
}
