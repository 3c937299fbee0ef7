import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { getIdTokenClaimsQueryOptions } from '../../../../lib/auth/get-id-token-claims';
import { unverifiedContacts } from '../utils/unverified-contacts';

// Most users have nothing to verify: the banner's code loads only for those who do.
const VerifyBannerHost = lazy(() =>
  import('./verify-banner-host').then((module) => ({ default: module.VerifyBannerHost })),
);

/**
 * Where the verify banner goes on every signed-in page: the ID token says whether the email
 * or phone number is unverified (no Cognito call). Once loaded, the host stays, so its status
 * line can still say "verified" after the banner is gone.
 */
export function VerifyBannerSlot() {
  const { data: claims } = useQuery(getIdTokenClaimsQueryOptions());
  const contacts = claims ? unverifiedContacts(claims) : [];
  const [loaded, setLoaded] = useState(false);
  const needed = contacts.length > 0;
  useEffect(() => {
    if (needed) setLoaded(true);
  }, [needed]);
  if (!needed && !loaded) return null;
  return (
    <Suspense fallback={null}>
      <VerifyBannerHost contact={contacts[0]} />
    </Suspense>
  );
}
