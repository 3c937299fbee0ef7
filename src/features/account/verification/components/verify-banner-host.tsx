import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { paths } from '../../../../config/paths';
import { useCurrentSession } from '../../../../lib/auth/get-current-session';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { useAnnouncer } from '../../utils/announcer';
import { dismissBanner, isBannerDismissed } from '../utils/banner-dismissal';
import { CONTACT_WORDS, VERIFIED_NOW } from '../utils/contact-words';
import type { UnverifiedContact } from '../utils/unverified-contacts';
import { verificationMessages } from '../verification-messages';
import { VerifyBanner } from './verify-banner';

/** Focus goes to the page's heading when the banner that held it goes away. */
function focusPageHeading() {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/**
 * The banner for the first unverified email or phone number, until it is verified or closed
 * for this tab, and the polite status line that says so. The personal details page verifies
 * them in place, so it does without the banner.
 */
export function VerifyBannerHost({ contact }: { contact: UnverifiedContact | undefined }) {
  const session = useCurrentSession();
  const { pathname } = useLocation();
  const { message, announce } = useAnnouncer();
  const { t } = useI18n(verificationMessages);
  const userId = session?.userId;
  const [dismissedFor, setDismissedFor] = useState<string>();
  const dismissed = userId !== undefined && (dismissedFor === userId || isBannerDismissed(userId));
  const shown = Boolean(userId && contact && !dismissed && pathname !== paths.account.details.path);
  const attribute = contact?.attribute;

  // Said once when it appears, not at each page it stays on.
  // (A switch of language says it again, in the new one.)
  const notVerified = attribute && t(CONTACT_WORDS[attribute].notVerified);
  useEffect(() => {
    if (shown && notVerified) announce(notVerified);
  }, [shown, notVerified, announce]);

  const close = () => {
    if (!userId) return;
    dismissBanner(userId);
    setDismissedFor(userId);
    focusPageHeading();
  };

  const verified = (what: keyof typeof VERIFIED_NOW) => {
    announce(t(VERIFIED_NOW[what]));
    focusPageHeading();
  };

  return (
    <>
      {shown && contact && (
        <VerifyBanner
          key={contact.attribute}
          contact={contact}
          onDismiss={close}
          onVerified={() => verified(contact.attribute)}
        />
      )}
      <p className="amplify-visually-hidden" role="status">
        {message}
      </p>
    </>
  );
}
