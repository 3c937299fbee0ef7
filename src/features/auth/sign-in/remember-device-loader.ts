import type { QueryClient } from '@tanstack/react-query';
import { redirect, useLoaderData } from 'react-router';
import { paths } from '../../../config/paths';
import { hasDeviceKeys } from '../../../lib/auth/current-device-key';
import { type CurrentSession, getSessionQueryOptions } from '../../../lib/auth/get-current-session';
import { carriedRedirect } from '../../../lib/navigation/redirect-target';
import {
  clearRememberDeviceOffer,
  type RememberDeviceOffer,
  readRememberDeviceOffer,
} from '../flow/remember-device-offer';

/** The offer was made to whoever is signed in now (not to someone who signed in since). */
const madeTo = (offer: RememberDeviceOffer, session: CurrentSession) =>
  session.loginId === undefined || session.loginId === offer.username;

/**
 * The clientLoader of /sign-in/remember-device: the pending offer, when there is something to
 * ask. Signed out (a deep link, or the session ended), it goes to sign-in, keeping where the
 * user was going; with no offer, or no device keys in this browser to remember, it goes on.
 */
export const rememberDeviceLoader =
  ({ queryClient }: { readonly queryClient: QueryClient }) =>
  async () => {
    const offer = readRememberDeviceOffer();
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    if (!session) {
      clearRememberDeviceOffer();
      return redirect(paths.auth.signIn.getHref(carriedRedirect(offer?.redirectTo)));
    }
    if (!offer || !madeTo(offer, session)) {
      clearRememberDeviceOffer();
      return redirect(paths.home.getHref());
    }
    // A pool that tracks no devices, or a confirmation that failed, leaves nothing to remember.
    if (!(await hasDeviceKeys())) {
      clearRememberDeviceOffer();
      return redirect(offer.redirectTo);
    }
    return offer;
  };

const isOffer = (value: unknown): value is RememberDeviceOffer =>
  typeof value === 'object' && value !== null && 'redirectTo' in value && 'username' in value;

/** The offer that the loader found; the route renders only when there is one. */
export function useRememberDeviceOffer(): RememberDeviceOffer {
  const offer: unknown = useLoaderData();
  if (!isOffer(offer)) throw new Error('The remember-device route rendered without its offer');
  return offer;
}
