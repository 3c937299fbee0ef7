import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';

/**
 * A software passkey authenticator for tests: ES256 (P-256) keys, 'none' attestation, a sign
 * counter per credential. It does what a browser plus platform authenticator would, minus the
 * browser's own origin check, so tests can send responses a real browser never would.
 */

type CborValue = number | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

function cborHead(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
  if (length < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(length, 1);
    return b;
  }
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(length, 1);
  return b;
}

/** Just enough CBOR (RFC 8949) for COSE keys and attestation objects; maps keep insertion order. */
export function cbor(value: CborValue): Buffer {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('cbor: integers only');
    return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  }
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([cborHead(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([cborHead(2, value.length), value]);
  if (Array.isArray(value)) return Buffer.concat([cborHead(4, value.length), ...value.map(cbor)]);
  const parts = [cborHead(5, value.size)];
  for (const [k, v] of value) parts.push(cbor(k), cbor(v));
  return Buffer.concat(parts);
}

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const sha256 = (bytes: Uint8Array | string): Buffer => createHash('sha256').update(bytes).digest();

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

export interface SoftCredential {
  id: string;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  counter: number;
}

export interface SoftAuthenticatorOptions {
  /** Reported in the authenticator data (this one's AAGUID is all zeros by default). */
  aaguid?: Uint8Array;
  /** Whether the user is verified (UV flag); a platform authenticator with biometrics says yes. */
  userVerified?: boolean;
  transports?: string[];
  attachment?: 'platform' | 'cross-platform';
}

function authenticatorData(
  rpId: string,
  flags: number,
  counter: number,
  attested?: Buffer,
): Buffer {
  const head = Buffer.alloc(37);
  sha256(rpId).copy(head, 0);
  head[32] = flags;
  head.writeUInt32BE(counter, 33);
  return attested ? Buffer.concat([head, attested]) : head;
}

/** The credential public key as a COSE_Key (EC2, P-256, ES256). */
function coseKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  return cbor(
    new Map<CborValue, CborValue>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x as string, 'base64url')],
      [-3, Buffer.from(jwk.y as string, 'base64url')],
    ]),
  );
}

const clientDataJSON = (type: string, challenge: string, origin: string): Buffer =>
  Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), 'utf8');

export class SoftAuthenticator {
  readonly credentials: SoftCredential[] = [];
  private readonly aaguid: Uint8Array;
  private readonly userVerified: boolean;
  private readonly transports: string[];
  private readonly attachment: 'platform' | 'cross-platform';

  constructor(options: SoftAuthenticatorOptions = {}) {
    this.aaguid = options.aaguid ?? new Uint8Array(16);
    this.userVerified = options.userVerified ?? true;
    this.transports = options.transports ?? ['internal', 'hybrid'];
    this.attachment = options.attachment ?? 'platform';
  }

  /** navigator.credentials.create: a new discoverable credential, 'none' attestation. */
  create(
    options: PublicKeyCredentialCreationOptionsJSON,
    origin: string,
  ): RegistrationResponseJSON {
    if (!options.pubKeyCredParams.some((p) => p.alg === -7)) {
      throw new Error('NotSupportedError: ES256 not offered');
    }
    const rpId = options.rp.id ?? new URL(origin).hostname;
    const excluded = new Set((options.excludeCredentials ?? []).map((c) => c.id));
    if (this.credentials.some((c) => c.rpId === rpId && excluded.has(c.id))) {
      throw new Error('InvalidStateError: credential already registered');
    }
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const rawId = randomBytes(32);
    const credential: SoftCredential = {
      id: b64url(rawId),
      rpId,
      userHandle: options.user.id,
      privateKey,
      publicKey,
      counter: 0,
    };
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(rawId.length);
    const attested = Buffer.concat([this.aaguid, idLength, rawId, coseKey(publicKey)]);
    const flags = FLAG_UP | (this.userVerified ? FLAG_UV : 0) | FLAG_AT;
    const authData = authenticatorData(rpId, flags, credential.counter, attested);
    const attestationObject = cbor(
      new Map<CborValue, CborValue>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    this.credentials.push(credential);
    return {
      id: credential.id,
      rawId: credential.id,
      type: 'public-key',
      authenticatorAttachment: this.attachment,
      clientExtensionResults: { credProps: { rk: true } },
      response: {
        clientDataJSON: b64url(clientDataJSON('webauthn.create', options.challenge, origin)),
        attestationObject: b64url(attestationObject),
        authenticatorData: b64url(authData),
        transports: this.transports,
        publicKeyAlgorithm: -7,
        publicKey: b64url(publicKey.export({ format: 'der', type: 'spki' })),
      },
    };
  }

  /** navigator.credentials.get: an assertion from the first allowed credential for the RP. */
  get(options: PublicKeyCredentialRequestOptionsJSON, origin: string): AuthenticationResponseJSON {
    const rpId = options.rpId ?? new URL(origin).hostname;
    const allowed = (options.allowCredentials ?? []).map((c) => c.id);
    const credential = this.credentials.find(
      (c) => c.rpId === rpId && (allowed.length === 0 || allowed.includes(c.id)),
    );
    if (!credential) throw new Error('NotAllowedError: no matching credential');
    credential.counter += 1;
    const flags = FLAG_UP | (this.userVerified ? FLAG_UV : 0);
    const authData = authenticatorData(rpId, flags, credential.counter);
    const clientData = clientDataJSON('webauthn.get', options.challenge, origin);
    const signature = sign(
      'sha256',
      Buffer.concat([authData, sha256(clientData)]),
      credential.privateKey,
    );
    return {
      id: credential.id,
      rawId: credential.id,
      type: 'public-key',
      authenticatorAttachment: this.attachment,
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientData),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
    };
  }
}

const toBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const fromB64url = (text: string): ArrayBuffer => toBuffer(Buffer.from(text, 'base64url'));
const bufferSourceToB64url = (source: BufferSource): string =>
  b64url(
    source instanceof ArrayBuffer
      ? new Uint8Array(source)
      : new Uint8Array(source.buffer, source.byteOffset, source.byteLength),
  );

/**
 * Makes Node look enough like a secure browser context for Amplify's passkey code
 * (`window.PublicKeyCredential`, `navigator.credentials`), backed by a SoftAuthenticator.
 * Returns a function that removes the stubs again.
 */
export function installWebAuthnGlobals(
  authenticator: SoftAuthenticator,
  origin: string,
): () => void {
  class FakeAuthenticatorResponse {
    constructor(readonly clientDataJSON: ArrayBuffer) {}
  }
  class FakeAttestationResponse extends FakeAuthenticatorResponse {
    constructor(private readonly json: RegistrationResponseJSON['response']) {
      super(fromB64url(json.clientDataJSON));
    }
    get attestationObject() {
      return fromB64url(this.json.attestationObject);
    }
    getTransports() {
      return this.json.transports ?? [];
    }
    getPublicKeyAlgorithm() {
      return this.json.publicKeyAlgorithm ?? -7;
    }
    getAuthenticatorData() {
      return fromB64url(this.json.authenticatorData ?? '');
    }
    getPublicKey() {
      return this.json.publicKey ? fromB64url(this.json.publicKey) : null;
    }
  }
  class FakeAssertionResponse extends FakeAuthenticatorResponse {
    readonly authenticatorData: ArrayBuffer;
    readonly signature: ArrayBuffer;
    readonly userHandle: ArrayBuffer | null;
    constructor(json: AuthenticationResponseJSON['response']) {
      super(fromB64url(json.clientDataJSON));
      this.authenticatorData = fromB64url(json.authenticatorData);
      this.signature = fromB64url(json.signature);
      this.userHandle = json.userHandle ? fromB64url(json.userHandle) : null;
    }
  }
  class FakePublicKeyCredential {
    readonly type = 'public-key';
    readonly rawId: ArrayBuffer;
    constructor(
      readonly id: string,
      readonly response: FakeAuthenticatorResponse,
      readonly authenticatorAttachment: string | null,
      private readonly extensions: object,
    ) {
      this.rawId = fromB64url(id);
    }
    getClientExtensionResults() {
      return this.extensions;
    }
  }

  const credentials = {
    async create({ publicKey }: { publicKey: PublicKeyCredentialCreationOptions }) {
      const json = authenticator.create(
        {
          ...(publicKey as unknown as PublicKeyCredentialCreationOptionsJSON),
          challenge: bufferSourceToB64url(publicKey.challenge),
          user: { ...publicKey.user, id: bufferSourceToB64url(publicKey.user.id) },
          excludeCredentials: (publicKey.excludeCredentials ?? []).map((c) => ({
            ...c,
            id: bufferSourceToB64url(c.id),
          })) as PublicKeyCredentialCreationOptionsJSON['excludeCredentials'],
        },
        origin,
      );
      return new FakePublicKeyCredential(
        json.id,
        new FakeAttestationResponse(json.response),
        json.authenticatorAttachment ?? null,
        json.clientExtensionResults,
      );
    },
    async get({ publicKey }: { publicKey: PublicKeyCredentialRequestOptions }) {
      const json = authenticator.get(
        {
          ...(publicKey as unknown as PublicKeyCredentialRequestOptionsJSON),
          challenge: bufferSourceToB64url(publicKey.challenge),
          allowCredentials: (publicKey.allowCredentials ?? []).map((c) => ({
            ...c,
            id: bufferSourceToB64url(c.id),
          })) as PublicKeyCredentialRequestOptionsJSON['allowCredentials'],
        },
        origin,
      );
      return new FakePublicKeyCredential(
        json.id,
        new FakeAssertionResponse(json.response),
        json.authenticatorAttachment ?? null,
        json.clientExtensionResults,
      );
    },
  };

  const stubs: Record<string, unknown> = {
    window: {
      document: {},
      isSecureContext: true,
      location: new URL(origin),
      PublicKeyCredential: FakePublicKeyCredential,
      addEventListener() {},
      removeEventListener() {},
    },
    navigator: { credentials, userAgent: 'node' },
    PublicKeyCredential: FakePublicKeyCredential,
    AuthenticatorAttestationResponse: FakeAttestationResponse,
    AuthenticatorAssertionResponse: FakeAssertionResponse,
  };
  const saved = Object.keys(stubs).map(
    (key) => [key, Object.getOwnPropertyDescriptor(globalThis, key)] as const,
  );
  for (const [key, value] of Object.entries(stubs)) {
    Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  }
  return () => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, key, descriptor);
      else delete (globalThis as Record<string, unknown>)[key];
    }
  };
}
