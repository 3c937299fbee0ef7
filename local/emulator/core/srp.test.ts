import { createHash, createHmac, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import * as cognitoIdentity from 'amazon-cognito-identity-js';
import { describe, expect, it } from 'vitest';
import {
  computeSrpKey,
  createPasswordVerifier,
  padHex,
  passwordClaimSignature,
  SRP_G,
  SRP_K,
  SRP_N,
  startSrp,
  verifierFromDeviceConfig,
  verifyPasswordClaim,
} from './srp.ts';

// The package ships AuthenticationHelper and DateHelper at runtime but leaves them out of its
// typings, so describe just the parts the tests drive.
interface ClientBigInteger {
  toString(radix: number): string;
}
type ClientBigIntegerCtor = new (hex: string, radix: number) => ClientBigInteger;
interface ClientHelper {
  N: ClientBigInteger;
  getLargeAValue(cb: (err: unknown, A: ClientBigInteger) => void): void;
  getPasswordAuthenticationKey(
    username: string,
    password: string,
    serverB: ClientBigInteger,
    salt: ClientBigInteger,
    cb: (err: unknown, hkdf: Uint8Array) => void,
  ): void;
  generateHashDevice(deviceGroupKey: string, username: string, cb: (err: unknown) => void): void;
  getSaltDevices(): string;
  getVerifierDevices(): string;
  getRandomPassword(): string;
}
const lib = cognitoIdentity as unknown as {
  AuthenticationHelper: new (poolName: string) => ClientHelper;
  DateHelper: new () => { getNowString(): string };
};
const { AuthenticationHelper, DateHelper } = lib;

const SPEC_K = '538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6';

function refModPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/** The client's first step: a fresh helper and its A, as sent in SRP_A. */
function clientStart(poolName: string): {
  helper: ClientHelper;
  BigInteger: ClientBigIntegerCtor;
  aHex: string;
} {
  const helper = new AuthenticationHelper(poolName);
  const BigInteger = helper.N.constructor as ClientBigIntegerCtor;
  let aHex = '';
  // The client's BigInteger calls back synchronously.
  helper.getLargeAValue((err, A) => {
    if (err) throw err;
    aHex = A.toString(16);
  });
  return { helper, BigInteger, aHex };
}

/** What CognitoUser does with PASSWORD_VERIFIER / DEVICE_PASSWORD_VERIFIER, minus the HTTP. */
function clientSign(
  helper: ClientHelper,
  BigInteger: ClientBigIntegerCtor,
  args: {
    poolName: string;
    userIdForSrp: string;
    password: string;
    saltHex: string;
    BHex: string;
    secretBlockB64: string;
  },
): { timestamp: string; signatureB64: string; key: Buffer } {
  let key: Buffer | undefined;
  helper.getPasswordAuthenticationKey(
    args.userIdForSrp,
    args.password,
    new BigInteger(args.BHex, 16),
    new BigInteger(args.saltHex, 16),
    (err, hkdf) => {
      if (err) throw err;
      key = Buffer.from(hkdf);
    },
  );
  if (!key) throw new Error('client did not produce a key');
  const timestamp = new DateHelper().getNowString();
  const signatureB64 = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(args.poolName, 'utf8'),
        Buffer.from(args.userIdForSrp, 'utf8'),
        Buffer.from(args.secretBlockB64, 'base64'),
        Buffer.from(timestamp, 'utf8'),
      ]),
    )
    .digest('base64');
  return { timestamp, signatureB64, key };
}

/** Runs the client's A computation first, as the real flow does, then the server and client. */
function fullExchange(opts: {
  poolName: string;
  userIdForSrp: string;
  serverPassword: string;
  clientPassword: string;
}) {
  const { saltHex, verifierHex } = createPasswordVerifier(
    opts.poolName,
    opts.userIdForSrp,
    opts.serverPassword,
  );
  const { helper, BigInteger, aHex } = clientStart(opts.poolName);
  const { bHex, BHex } = startSrp(verifierHex, aHex);
  const secretBlockB64 = randomBytes(64).toString('base64');
  const client = clientSign(helper, BigInteger, {
    poolName: opts.poolName,
    userIdForSrp: opts.userIdForSrp,
    password: opts.clientPassword,
    saltHex,
    BHex,
    secretBlockB64,
  });
  const claim = {
    poolName: opts.poolName,
    userIdForSrp: opts.userIdForSrp,
    aHex,
    BHex,
    bHex,
    verifierHex,
    secretBlockB64,
    timestamp: client.timestamp,
    signatureB64: client.signatureB64,
  };
  return { claim, clientKey: client.key };
}

describe('constants and padHex', () => {
  it('k matches the spec and H(padHex(N) ‖ padHex(g))', () => {
    expect(SRP_K.toString(16)).toBe(SPEC_K);
    const recomputed = createHash('sha256')
      .update(Buffer.from(padHex(SRP_N) + padHex(SRP_G), 'hex'))
      .digest('hex');
    expect(recomputed).toBe(SPEC_K);
    expect(SRP_N.toString(2)).toHaveLength(3072);
    expect(SRP_G).toBe(2n);
  });

  it('pads like the clients (Java toByteArray) for non-negative values', () => {
    expect(padHex(0n)).toBe('00');
    expect(padHex(20n)).toBe('14');
    expect(padHex(56n)).toBe('38');
    expect(padHex(236n)).toBe('00ec');
    expect(padHex(200n)).toBe('00c8');
    expect(padHex(0xfffn)).toBe('0fff');
    expect(padHex('abc')).toBe('0abc');
    expect(padHex('00007f')).toBe('7f');
    expect(padHex('FF')).toBe('00ff');
    expect(padHex(SRP_N).startsWith('00ffffffff')).toBe(true);
    expect(() => padHex(-1n)).toThrow(RangeError);
    expect(() => padHex('xyz')).toThrow();
  });
});

describe('spec test vector', () => {
  it('reproduces K and the signature', () => {
    const a = BigInt(`0x${'1'.repeat(64)}`);
    const aHex = refModPow(SRP_G, a, SRP_N).toString(16);
    const poolName = 'TestPool1';
    const userIdForSrp = 'alice';
    const secretBlockB64 = 'c2VjcmV0LWJsb2NrLWJ5dGVz';
    const timestamp = 'Mon Jan 5 03:04:05 UTC 2026';

    const { saltHex, verifierHex } = createPasswordVerifier(
      poolName,
      userIdForSrp,
      'Passw0rd!x',
      'ab'.repeat(16),
    );
    expect(saltHex).toBe(`00${'ab'.repeat(16)}`);
    const { bHex, BHex } = startSrp(verifierHex, aHex, '2'.repeat(64));
    expect(BigInt(`0x${bHex}`)).toBe(BigInt(`0x${'2'.repeat(64)}`));

    const key = computeSrpKey({ aHex, BHex, bHex, verifierHex });
    expect(key.toString('hex')).toBe('a566e47efea830e9047f5fbf565ceff2');
    const signatureB64 = passwordClaimSignature({
      key,
      poolName,
      userIdForSrp,
      secretBlockB64,
      timestamp,
    });
    expect(signatureB64).toBe('e0h7q8pDcrItabNLmbLN6k5NLle2wM1sJS8KwLXx/QI=');

    const claim = {
      poolName,
      userIdForSrp,
      aHex,
      BHex,
      bHex,
      verifierHex,
      secretBlockB64,
      timestamp,
      signatureB64,
    };
    expect(verifyPasswordClaim(claim)).toBe(true);
    expect(verifyPasswordClaim({ ...claim, timestamp: 'Mon Jan 05 03:04:05 UTC 2026' })).toBe(
      false,
    );
  });
});

describe('round trip with amazon-cognito-identity-js as the client', () => {
  const poolName = 'Local01';

  it('accepts the right password and agrees on K', () => {
    const password = randomBytes(18).toString('base64');
    const { claim, clientKey } = fullExchange({
      poolName,
      userIdForSrp: randomUUID(),
      serverPassword: password,
      clientPassword: password,
    });
    expect(computeSrpKey(claim).equals(clientKey)).toBe(true);
    expect(verifyPasswordClaim(claim)).toBe(true);
  });

  it('works over several random salts, b values and passwords', () => {
    for (let i = 0; i < 5; i++) {
      const password = `pw-${randomBytes(8).toString('hex')}-Ünïcødé`;
      const { claim } = fullExchange({
        poolName,
        userIdForSrp: `user${i}`,
        serverPassword: password,
        clientPassword: password,
      });
      expect(verifyPasswordClaim(claim)).toBe(true);
    }
  });

  it('rejects a wrong password', () => {
    const { claim } = fullExchange({
      poolName,
      userIdForSrp: 'bob',
      serverPassword: 'Correct-Horse-1',
      clientPassword: 'Correct-Horse-2',
    });
    expect(verifyPasswordClaim(claim)).toBe(false);
  });

  it('rejects tampering with the signed fields', () => {
    const password = 'S3cret!pass';
    const { claim } = fullExchange({
      poolName,
      userIdForSrp: 'carol',
      serverPassword: password,
      clientPassword: password,
    });
    expect(verifyPasswordClaim(claim)).toBe(true);
    expect(verifyPasswordClaim({ ...claim, timestamp: `${claim.timestamp} ` })).toBe(false);
    expect(verifyPasswordClaim({ ...claim, timestamp: 'Mon Jan 5 03:04:05 UTC 2026' })).toBe(false);
    expect(verifyPasswordClaim({ ...claim, userIdForSrp: 'carol2' })).toBe(false);
    expect(verifyPasswordClaim({ ...claim, poolName: 'Local02' })).toBe(false);
    expect(
      verifyPasswordClaim({ ...claim, secretBlockB64: randomBytes(64).toString('base64') }),
    ).toBe(false);
    const { bHex: otherB } = startSrp(claim.verifierHex, claim.aHex);
    expect(verifyPasswordClaim({ ...claim, bHex: otherB })).toBe(false);
  });

  it('rejects A ≡ 0 (mod N)', () => {
    const { verifierHex } = createPasswordVerifier(poolName, 'dave', 'pw');
    for (const aHex of ['0', '00', SRP_N.toString(16), (SRP_N * 2n).toString(16)]) {
      expect(() => startSrp(verifierHex, aHex)).toThrow('SRP_A');
      expect(() => computeSrpKey({ aHex, BHex: '05', bHex: '07', verifierHex })).toThrow('SRP_A');
    }
    expect(() => startSrp(verifierHex, 'not-hex')).toThrow('SRP_A');
    expect(() => startSrp(verifierHex, '')).toThrow('SRP_A');

    // With A ≡ 0 a client knows S = 0 without the password; the forged claim must not verify.
    const { bHex, BHex } = startSrp(verifierHex, '02');
    for (const aHex of ['0', SRP_N.toString(16)]) {
      const u = createHash('sha256')
        .update(Buffer.from(padHex(BigInt(`0x${aHex}`)) + padHex(BHex), 'hex'))
        .digest();
      const forgedKey = Buffer.from(
        hkdfSync('sha256', Buffer.from('00', 'hex'), u, 'Caldera Derived Key', 16),
      );
      const signatureB64 = passwordClaimSignature({
        key: forgedKey,
        poolName,
        userIdForSrp: 'dave',
        secretBlockB64: 'AAAA',
        timestamp: 't',
      });
      expect(
        verifyPasswordClaim({
          poolName,
          userIdForSrp: 'dave',
          aHex,
          BHex,
          bHex,
          verifierHex,
          secretBlockB64: 'AAAA',
          timestamp: 't',
          signatureB64,
        }),
      ).toBe(false);
    }
  });

  it('returns false, never throws, on malformed input', () => {
    const password = 'Malformed-1';
    const { claim } = fullExchange({
      poolName,
      userIdForSrp: 'erin',
      serverPassword: password,
      clientPassword: password,
    });
    expect(verifyPasswordClaim(claim)).toBe(true);
    const bad: Array<Partial<typeof claim>> = [
      { signatureB64: '' },
      { signatureB64: '!!!!' },
      { signatureB64: `${claim.signatureB64}!` },
      { signatureB64: `*${claim.signatureB64}` },
      { signatureB64: claim.signatureB64.slice(0, 40) },
      { signatureB64: `${claim.signatureB64.slice(0, 43)}AAAA` },
      { secretBlockB64: '' },
      { secretBlockB64: `${claim.secretBlockB64}%%` },
      { secretBlockB64: 'a' },
      { aHex: 'zz' },
      { aHex: '' },
      { BHex: 'g' },
      { bHex: '' },
      { verifierHex: '0x12' },
    ];
    for (const patch of bad) {
      expect(() => verifyPasswordClaim({ ...claim, ...patch })).not.toThrow();
      expect(verifyPasswordClaim({ ...claim, ...patch })).toBe(false);
    }
  });

  it('uses a fresh 256-bit b per call', () => {
    const { verifierHex } = createPasswordVerifier(poolName, 'frank', 'pw');
    const aHex = refModPow(SRP_G, 12345n, SRP_N).toString(16);
    const first = startSrp(verifierHex, aHex);
    const second = startSrp(verifierHex, aHex);
    expect(first.bHex).not.toBe(second.bHex);
    expect(first.BHex).not.toBe(second.BHex);
    expect(BigInt(`0x${first.bHex}`) < 2n ** 256n).toBe(true);
    expect(BigInt(`0x${first.BHex}`) < SRP_N).toBe(true);
  });

  it('draws a random 16-byte salt when none is given', () => {
    const one = createPasswordVerifier(poolName, 'gina', 'same');
    const two = createPasswordVerifier(poolName, 'gina', 'same');
    expect(one.saltHex).not.toBe(two.saltHex);
    expect(one.verifierHex).not.toBe(two.verifierHex);
    expect(BigInt(`0x${one.saltHex}`) < 2n ** 128n).toBe(true);
    expect(createPasswordVerifier(poolName, 'gina', 'same', one.saltHex)).toEqual(one);
  });
});

describe('device SRP', () => {
  it('verifies a device with the DeviceSecretVerifierConfig the client generates', () => {
    const deviceGroupKey = `-${randomBytes(6).toString('base64url')}`;
    const deviceKey = `us-east-1_${randomUUID()}`;

    // ConfirmDevice: what CognitoUser sends after NewDeviceMetadata.
    const confirming = new AuthenticationHelper(deviceGroupKey);
    confirming.generateHashDevice(deviceGroupKey, deviceKey, (err) => {
      if (err) throw err;
    });
    const config = {
      Salt: Buffer.from(confirming.getSaltDevices(), 'hex').toString('base64'),
      PasswordVerifier: Buffer.from(confirming.getVerifierDevices(), 'hex').toString('base64'),
    };
    const devicePassword = confirming.getRandomPassword();

    const { saltHex, verifierHex } = verifierFromDeviceConfig(config);
    expect(saltHex).toBe(confirming.getSaltDevices());
    expect(verifierHex).toBe(confirming.getVerifierDevices());
    // The server-side derivation from the same secret lands on the same verifier.
    expect(createPasswordVerifier(deviceGroupKey, deviceKey, devicePassword, saltHex)).toEqual({
      saltHex: padHex(saltHex),
      verifierHex: padHex(verifierHex),
    });

    // DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER, as CognitoUser.getDeviceResponse does it.
    const { helper, BigInteger, aHex } = clientStart(deviceGroupKey);
    const { bHex, BHex } = startSrp(verifierHex, aHex);
    const secretBlockB64 = randomBytes(48).toString('base64');
    const signed = clientSign(helper, BigInteger, {
      poolName: deviceGroupKey,
      userIdForSrp: deviceKey,
      password: devicePassword,
      saltHex,
      BHex,
      secretBlockB64,
    });
    const claim = {
      poolName: deviceGroupKey,
      userIdForSrp: deviceKey,
      aHex,
      BHex,
      bHex,
      verifierHex,
      secretBlockB64,
      timestamp: signed.timestamp,
      signatureB64: signed.signatureB64,
    };
    expect(verifyPasswordClaim(claim)).toBe(true);

    // A client without the device secret cannot pass.
    const impostor = clientStart(deviceGroupKey);
    const impostorServer = startSrp(verifierHex, impostor.aHex);
    const impostorSigned = clientSign(impostor.helper, impostor.BigInteger, {
      poolName: deviceGroupKey,
      userIdForSrp: deviceKey,
      password: 'guessed',
      saltHex,
      BHex: impostorServer.BHex,
      secretBlockB64,
    });
    expect(
      verifyPasswordClaim({
        ...claim,
        aHex: impostor.aHex,
        ...impostorServer,
        timestamp: impostorSigned.timestamp,
        signatureB64: impostorSigned.signatureB64,
      }),
    ).toBe(false);
  });

  it('rejects a malformed DeviceSecretVerifierConfig', () => {
    expect(() =>
      verifierFromDeviceConfig({ Salt: 'not base64!', PasswordVerifier: 'AAAA' }),
    ).toThrow();
    expect(() => verifierFromDeviceConfig({ Salt: 'AAAA', PasswordVerifier: '' })).toThrow();
    expect(() => verifierFromDeviceConfig({ Salt: 'AAAA', PasswordVerifier: 'AAAA' })).toThrow();
  });
});
