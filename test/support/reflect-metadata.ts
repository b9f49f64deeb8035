/**
 * The part of the Reflect metadata API that tsyringe (a dependency of @peculiar/x509) asks for at
 * import: no polyfill package is installed, and the tests use no decorator metadata of their own.
 * Import this module before @peculiar/x509.
 */
type Keyed = Map<unknown, unknown>;
const store = new WeakMap<object, Map<string | symbol | undefined, Keyed>>();
const R = Reflect as unknown as Record<string, unknown>;
function own(target: object, property?: string | symbol): Keyed | undefined {
  return store.get(target)?.get(property);
}
if (typeof R.getMetadata !== 'function') {
  R.defineMetadata = (key: unknown, value: unknown, target: object, property?: string | symbol) => {
    if (!store.has(target)) store.set(target, new Map());
    const byProperty = store.get(target)!;
    if (!byProperty.has(property)) byProperty.set(property, new Map());
    byProperty.get(property)!.set(key, value);
  };
  R.getOwnMetadata = (key: unknown, target: object, property?: string | symbol) => own(target, property)?.get(key);
  R.getMetadata = (key: unknown, target: object, property?: string | symbol) => {
    // Up the prototype chain, as reflect-metadata does (bounded: prototype chains end).
    for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
      const m = own(t, property);
      if (m?.has(key)) return m.get(key);
    }
    return undefined;
  };
}
export {};
