/** For tests of fetching from the (fake) X API. */
import { XFetchError } from '../../src/lib/node/x/errors.ts';

/** The XFetchError a fetch fails with; any other outcome fails the test. */
export async function failure(promise: Promise<unknown>): Promise<XFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof XFetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}
