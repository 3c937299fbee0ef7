import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  FetchError,
  JwksValidationError,
  JwtExpiredError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtNotBeforeError,
  JwtParseError,
  JwtWithoutValidKidError,
  KidNotFoundInJwksError,
  WaitPeriodNotYetEndedJwkError,
} from 'aws-jwt-verify/error';
import type { JwksCache } from 'aws-jwt-verify/jwk';
import type { CognitoAccessTokenPayload } from 'aws-jwt-verify/jwt-model';
import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier';
import type { AuthFailure } from './auth-failure.ts';

export type AccessTokenClaims = CognitoAccessTokenPayload;

export type VerifyOutcome = { ok: true; claims: AccessTokenClaims } | ({ ok: false } & AuthFailure);

export interface AccessTokenVerifier {
  verify(token: string): Promise<VerifyOutcome>;
}

export interface AccessTokenVerifierConfig {
  issuer: string;
  jwksUri: string;
  clientIds: string[];
  jwksCache: JwksCache;
}

/**
 * JwtVerifier rather than CognitoJwtVerifier: the latter derives issuer and JWKS URI from the pool id
 * and so cannot use the emulator's http JWKS. The Cognito-specific checks are the library's own
 * (validateCognitoJwtFields), run after signature, issuer and expiry have passed.
 */
export function createAccessTokenVerifier(config: AccessTokenVerifierConfig): AccessTokenVerifier {
  const verifier = JwtVerifier.create(
    {
      issuer: config.issuer,
      jwksUri: config.jwksUri,
      // Cognito access tokens carry no aud; client_id is checked below instead.
      audience: null,
      customJwtCheck: ({ payload }) => {
        validateCognitoJwtFields(payload, { tokenUse: 'access', clientId: config.clientIds });
        if (typeof payload.sub !== 'string' || payload.sub.length === 0) {
          throw new MissingSubjectError('Token has no sub');
        }
      },
    },
    { jwksCache: config.jwksCache },
  );

  return {
    async verify(token) {
      try {
        const payload = await verifier.verify(token);
        return { ok: true, claims: payload as AccessTokenClaims };
      } catch (err) {
        return { ok: false, ...describeFailure(err) };
      }
    },
  };
}

class MissingSubjectError extends Error {}

// Library messages can quote claim values; the client gets a fixed description per failure kind.
function describeFailure(err: unknown): AuthFailure {
  const reason = err instanceof Error ? err.constructor.name : 'unknown';
  const fail = (description: string): AuthFailure => ({ status: 401, description, reason });
  if (err instanceof FetchError || err instanceof JwksValidationError) {
    return { status: 503, description: 'Signing keys are unavailable', reason };
  }
  if (err instanceof JwtExpiredError) return fail('Token has expired');
  if (err instanceof JwtNotBeforeError) return fail('Token is not valid yet');
  if (err instanceof JwtInvalidIssuerError) return fail('Token issuer is not trusted');
  if (err instanceof CognitoJwtInvalidTokenUseError) return fail('Token is not an access token');
  if (err instanceof CognitoJwtInvalidClientIdError)
    return fail('Token was issued to another client');
  if (err instanceof JwtInvalidSignatureError || err instanceof JwtInvalidSignatureAlgorithmError) {
    return fail('Token signature is invalid');
  }
  if (
    err instanceof KidNotFoundInJwksError ||
    err instanceof WaitPeriodNotYetEndedJwkError ||
    err instanceof JwtWithoutValidKidError
  ) {
    return fail('Token signing key is unknown');
  }
  if (err instanceof JwtParseError) return fail('Token is malformed');
  return fail('Token is invalid');
}
