import { describe, expect, it } from 'vitest';
import { hmacSha256, sha256, toHex } from '../../../src/lib/accounts/sha256.ts';

describe('sha256', () => {
  it('matches the FIPS 180-4 digests of "abc", the empty string and the 448-bit message', () => {
    expect(toHex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes a million "a" characters like the reference', () => {
    expect(toHex(sha256('a'.repeat(1_000_000)))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('encodes text as UTF-8 before hashing', () => {
    expect(toHex(sha256('café'))).toBe(toHex(sha256(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9]))));
  });
});

describe('hmacSha256', () => {
  it('matches RFC 4231 test case 2 (short key)', () => {
    expect(toHex(hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches RFC 4231 test case 1 (20-byte key)', () => {
    expect(toHex(hmacSha256(new Uint8Array(20).fill(0x0b), 'Hi There'))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
  });

  it('hashes keys longer than a block first, as RFC 4231 test case 6 requires', () => {
    expect(
      toHex(
        hmacSha256(new Uint8Array(131).fill(0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'),
      ),
    ).toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
  });
});
