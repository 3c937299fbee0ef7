import { checkedRedirect } from '../../../lib/navigation/redirect-target';
import { sessionValue } from '../../../lib/storage/session-value';
import { isRecord } from '../../../lib/validation/is-record';

/** A sign-in that answered MFA and now asks "Remember this device?" before going on. */
export interface RememberDeviceOffer {
  /** What the user typed to sign in, to match the offer with the session it belongs to. */
  readonly username: string;
  /** A same-origin path, checked: where to go after the answer. */
  readonly redirectTo: string;
}

// Long enough to read the question and answer it; a tab left open is asked nothing later.
const store = sessionValue<RememberDeviceOffer>('remember-device-offer', 10 * 60 * 1000);

function parseOffer(value: unknown): RememberDeviceOffer | undefined {
  if (!isRecord(value)) return undefined;
  const { username, redirectTo } = value;
  if (typeof username !== 'string' || typeof redirectTo !== 'string') return undefined;
  // The page navigates straight to it: checked again, as every stored target is.
  return { username, redirectTo: checkedRedirect(redirectTo) };
}

export const saveRememberDeviceOffer: (offer: RememberDeviceOffer) => void = store.save;

/** The pending question, or undefined when there is none, it is old or storage was edited. */
export const readRememberDeviceOffer = (now?: number): RememberDeviceOffer | undefined =>
  store.read(parseOffer, now);

export const clearRememberDeviceOffer: () => void = store.clear;
