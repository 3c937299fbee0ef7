import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { Link, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { getIdTokenClaimsQueryOptions } from '../../../lib/auth/get-id-token-claims';
import { rich } from '../../../lib/i18n/rich-text';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';
import { LoadFailed } from './load-failed';
import { type MfaKind, type MfaSettingProps, MfaSettingSection } from './mfa-setting-section';
import { TurnOffMfa } from './turn-off-mfa';
import { TurnOnMfa } from './turn-on-mfa';

/** The phone number on the account, as the ID token has it. */
interface Phone {
  readonly number?: string;
  readonly verified: boolean;
}

const phoneOf = (claims: Record<string, unknown> | null): Phone => {
  const number = claims?.phone_number;
  // Cognito writes the claim as a boolean; an attribute set by hand may be the string "true".
  const verified = claims?.phone_number_verified;
  return {
    ...(typeof number === 'string' && number && { number }),
    verified: verified === true || verified === 'true',
  };
};

/** Personal details, where the phone number is added and verified. */
const detailsLink = (text: string) => (
  <Link as={RouterLink} to={paths.account.details.getHref()}>
    {text}
  </Link>
);

/**
 * Codes go only to a verified number: an unverified one may be mistyped, and a code sent there
 * would lock the user out at the next sign-in.
 */
function TurnOnSms({
  phone,
  othersOn,
  onDone,
}: {
  phone: Phone;
  othersOn: readonly MfaKind[];
  onDone: (message: string) => void;
}) {
  const { t } = useI18n(securityMessages);
  if (!phone.number) {
    return <Text>{rich(t('security.sms.noPhone'), [detailsLink])}</Text>;
  }
  if (!phone.verified) {
    return (
      <Text>{rich(t('security.sms.unverified', { phone: phone.number }), [detailsLink])}</Text>
    );
  }
  return (
    <>
      <Text>{t('security.sms.offAt', { phone: phone.number })}</Text>
      <TurnOnMfa kind="SMS" othersOn={othersOn} onDone={onDone} />
    </>
  );
}

/**
 * Text message (SMS) codes as a second step: on, or off after a confirmation. Turning them on
 * needs a verified phone number; without one, the page says so and links to where it is set.
 */
export function SmsMfaSettings(props: MfaSettingProps) {
  const { t } = useI18n(securityMessages);
  // The ID token's claims: no Cognito call, and refreshed whenever the tokens are.
  const claims = useQuery(getIdTokenClaimsQueryOptions());
  return (
    <MfaSettingSection kind="SMS" {...props}>
      {({ on, othersOn, changed }) => (
        <QueryState
          query={claims}
          loading={t('security.sms.loading')}
          failed={(failure) => <LoadFailed heading={t('security.sms.loadFailed')} {...failure} />}
        >
          {(data) => {
            const phone = phoneOf(data);
            return on ? (
              <>
                <Text>
                  {phone.number
                    ? t('security.sms.onTo', { phone: phone.number })
                    : t('security.sms.on')}
                </Text>
                <TurnOffMfa kind="SMS" preference={props.preference} onTurnedOff={changed} />
              </>
            ) : (
              <TurnOnSms phone={phone} othersOn={othersOn} onDone={changed} />
            );
          }}
        </QueryState>
      )}
    </MfaSettingSection>
  );
}
