// A catalogue area holds an Indonesian and an English table with the same keys; the
// type makes a missing English key a compile error, and a test checks placeholders.
export type Table = Record<string, string>;

export interface Catalog<K extends string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

export function defineCatalog<const T extends Table>(id: T, en: Record<keyof T & string, string>): Catalog<keyof T & string> {
  return { id, en } as Catalog<keyof T & string>;
}
