import type { ContactAttribute } from '../../../../lib/auth/fetch-user-attributes';
import type { TokenClaims } from '../../../../lib/auth/get-id-token-claims';

/** An email or phone number the ID token says is not verified. */
export interface UnverifiedContact {
  readonly attribute: ContactAttribute;
  readonly value: string;
}

// Cognito sends booleans; some pools send "false" as a string.
const isFalse = (value: unknown) => value === false || value === 'false';

/**
 * The user's unverified email and phone number, email first. Only an explicit "not verified"
 * counts, and federated users (an `identities` claim) are left out: their provider supplies
 * those values again at every sign-in, so verifying them here would not last. Kept free of
 * imports: every signed-in page runs it.
 */
export function unverifiedContacts(claims: TokenClaims): UnverifiedContact[] {
  if (claims.identities !== undefined) return [];
  const found: UnverifiedContact[] = [];
  for (const attribute of ['email', 'phone_number'] as const) {
    const value = claims[attribute];
    if (typeof value === 'string' && value && isFalse(claims[`${attribute}_verified`])) {
      found.push({ attribute, value });
    }
  }
  return found;
}
