import type { ReactNode } from 'react';
import { useId } from 'react';
import { useFocusAfterRender } from '../../../components/forms/form-error';
import { Badge, Heading, Text } from '../../../components/ui';
import type { MfaPreference } from '../../../lib/auth/fetch-mfa-preference';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type SecurityMessageId, securityMessages } from '../security-messages';
import type { Announce } from '../utils/announcer';

/** The two-step kinds the page can set up, in Amplify's names. */
export type MfaKind = 'TOTP' | 'EMAIL' | 'SMS';

/** What each two-step setting is given: the user's settings, and the page's status line. */
export interface MfaSettingProps {
  readonly preference: MfaPreference;
  readonly announce: Announce;
}

interface MfaSettingState {
  readonly on: boolean;
  /** The other kinds that are on: turning this one off leaves sign-in asking for one of them. */
  readonly othersOn: readonly MfaKind[];
  /** After a change: focus goes to the heading, and `message` is said. */
  readonly changed: (message: string) => void;
}

export const MFA_TITLES: Record<MfaKind, SecurityMessageId> = {
  TOTP: 'security.totp.title',
  EMAIL: 'security.email.title',
  SMS: 'security.sms.title',
};

/** One two-step kind: its heading, "Status: On · asked for first" in one line, then its body. */
export function MfaSettingSection({
  kind,
  preference,
  announce,
  children,
}: MfaSettingProps & {
  readonly kind: MfaKind;
  readonly children: (state: MfaSettingState) => ReactNode;
}) {
  const { t } = useI18n(securityMessages);
  const headingId = useId();
  const focus = useFocusAfterRender();
  const on = preference.enabled.includes(kind);
  const othersOn = preference.enabled.filter((other) => other !== kind);
  const status = !on
    ? 'security.mfa.statusOff'
    : othersOn.length > 0 && preference.preferred === kind
      ? 'security.mfa.statusOnFirst'
      : 'security.mfa.statusOn';
  const changed = (message: string) => {
    focus(headingId);
    announce(message);
  };
  return (
    <section aria-labelledby={headingId} className="account-setting">
      <Heading level={3} id={headingId} tabIndex={-1}>
        {t(MFA_TITLES[kind])}
      </Heading>
      <Text>
        {rich(t(status), [(text) => <Badge variation={on ? 'success' : undefined}>{text}</Badge>])}
      </Text>
      {children({ on, othersOn, changed })}
    </section>
  );
}
