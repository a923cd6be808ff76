/** Freezes an object and everything it holds (plain data; already-frozen parts are not walked again). */
export function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const member of Object.values(v)) deepFreeze(member);
}
