/** For browser tests: wait for something to render, as long as expect.poll waits. */
import { expect } from 'vitest';

/**
 * Resolve with what `find` returns once it is neither null nor undefined. The wait is the
 * configured poll timeout, sized for a loaded machine.
 */
export async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  let found: T | null | undefined;
  await expect
    .poll(
      () => {
        found = find();
        return found !== null && found !== undefined;
      },
      { message: `waiting for ${what}` },
    )
    .toBe(true);
  return found as T;
}
