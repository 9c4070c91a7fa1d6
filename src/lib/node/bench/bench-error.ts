/** A benchmark failure with a message that says what to do; printed without "unexpected failure". */
export class BenchError extends Error {
  override name = 'BenchError';
}
