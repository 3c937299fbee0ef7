import { Text } from '../../../components/ui';
import { useConfig } from '../../../lib/config/config-context';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';
import { useAnnouncer } from '../utils/announcer';
import { ChangePasswordSection } from './change-password-section';
import { PasskeysSection } from './passkeys-section';
import { SessionsSection } from './sessions-section';
import { TwoStepSection } from './two-step-section';
import './account.css';

/**
 * The signed-in user's sign-in security: the password, two-step verification for the MFA kinds
 * the app offers, passkeys, and signing out everywhere. Every outcome is also said on the
 * page's status line.
 */
export function AccountSecurity() {
  const { mfaTypes, passwordless } = useConfig();
  // Passkeys only where the app offers passkey sign-in (config `passwordless`, which needs
  // signInFlow "choice"): that list is the app's switch for the pool's USER_AUTH + WebAuthn
  // setup. Elsewhere a passkey added here could never be used, and the pool may well refuse
  // to create one (WebAuthnNotEnabledException, WebAuthnConfigurationMissingException).
  const passkeys = passwordless.includes('WEB_AUTHN');
  const { message, announce } = useAnnouncer();
  const { t } = useI18n(securityMessages);

  return (
    <div className="account-security">
      <ChangePasswordSection announce={announce} />
      {mfaTypes.length > 0 && <TwoStepSection kinds={mfaTypes} announce={announce} />}
      {passkeys && <PasskeysSection announce={announce} />}
      {mfaTypes.length === 0 && !passkeys && <Text>{t('security.nothingToSetUp')}</Text>}
      <SessionsSection />
      <p className="amplify-visually-hidden" role="status" aria-atomic="true">
        {message}
      </p>
    </div>
  );
}
