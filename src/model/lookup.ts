/**
 * Looking values up by keys that come from outside (a URL, the index, the
 * content): a key such as `constructor`, `__proto__` or `toString` is a key
 * like any other, never a property every object inherits from
 * `Object.prototype`. Every lookup of a filter value goes through here.
 */

/**
 * The value `record` holds under `key` as its own property; `undefined` when
 * it holds none, whatever `Object.prototype` has under that name.
 * @example ownValue({ call: 'Phone call' }, 'constructor') // undefined
 */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * An empty record without a prototype, to fill under keys from outside:
 * `record['__proto__'] = 1` sets a key, not the record's prototype.
 */
export function emptyRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
