import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n/use-i18n';
import { TotpKey } from './totp-key';
import { totpMessages } from './totp-messages';
import './totp-key.css';

interface TotpSetupStepsProps {
  /** otpauth://totp/… for the account, as Amplify's getSetupUri builds it. */
  readonly setupUri: string;
  readonly secret: string;
  /** The last step: entering the app's first code (each caller brings its own form or field). */
  readonly children: ReactNode;
}

/**
 * The numbered steps to link an authenticator app: open the app, add the key (QR code or by
 * hand), then the caller's last step. Used by sign-in's TOTP setup step and the account page.
 */
export function TotpSetupSteps({ setupUri, secret, children }: TotpSetupStepsProps) {
  const { t } = useI18n(totpMessages);
  return (
    <ol className="totp-setup-steps">
      <li>{t('totpKey.openApp')}</li>
      <li>
        <TotpKey setupUri={setupUri} secret={secret} />
      </li>
      <li>{children}</li>
    </ol>
  );
}
