import type { ReactNode } from 'react';
import { DetailsList } from '../../../components/details-list';
import { SectionCard } from '../../../components/section-card';
import { Flex, Text } from '../../../components/ui';
import { VerifiedBadge } from '../../../components/verified-badge';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { profileMessages } from '../profile-messages';
import { epochToIso, formatEpoch } from '../utils/format-time';
import { readProfile, type TokenClaims } from '../utils/read-profile';
import { TokenExpiry } from './token-expiry';
import './profile.css';

function NotSet() {
  const { t } = useI18n(profileMessages);
  return (
    <Text as="span" className="profile-muted">
      {t('profile.notSet')}
    </Text>
  );
}

function WithBadge({ value, verified }: { value: string | undefined; verified: boolean }) {
  if (!value) return <NotSet />;
  return (
    <Flex as="span" alignItems="center" gap="small" wrap="wrap">
      <span>{value}</span>
      <VerifiedBadge verified={verified} />
    </Flex>
  );
}

function InlineList({ items }: { items: readonly string[] }) {
  const { t } = useI18n(profileMessages);
  if (items.length === 0) {
    return (
      <Text as="span" className="profile-muted">
        {t('profile.none')}
      </Text>
    );
  }
  return (
    <ul className="profile-inline-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

// Absent claims arrive as undefined or false (from `claim && <element>`); both read "Not set".
const orNotSet = (value: ReactNode) => value || <NotSet />;

/** Who the ID token says you are, and how long it stays valid; built from claims alone. */
export function ProfileDetails({ claims }: { claims: TokenClaims }) {
  const { t } = useI18n(profileMessages);
  const profile = readProfile(claims);
  return (
    <>
      <SectionCard title={t('profile.identity')}>
        <DetailsList
          details={{
            [t('profile.name')]: orNotSet(profile.name),
            [t('profile.email')]: (
              <WithBadge value={profile.email} verified={profile.emailVerified} />
            ),
            [t('profile.phone')]: (
              <WithBadge value={profile.phone} verified={profile.phoneVerified} />
            ),
            [t('profile.username')]: orNotSet(profile.username && <code>{profile.username}</code>),
            [t('profile.sub')]: orNotSet(profile.sub && <code>{profile.sub}</code>),
            [t('profile.groups')]: <InlineList items={profile.groups} />,
          }}
        />
      </SectionCard>
      <SectionCard title={t('profile.customAttributes')}>
        {profile.custom.length > 0 ? (
          <DetailsList details={Object.fromEntries(profile.custom)} />
        ) : (
          <Text className="profile-muted">{t('profile.noCustomAttributes')}</Text>
        )}
      </SectionCard>
      <SectionCard title={t('profile.session')}>
        <DetailsList
          details={{
            [t('profile.signedIn')]: orNotSet(
              profile.authTime !== undefined && (
                <time dateTime={epochToIso(profile.authTime)}>{formatEpoch(profile.authTime)}</time>
              ),
            ),
            [t('profile.idTokenExpires')]: orNotSet(
              profile.expiresAt !== undefined && <TokenExpiry expiresAt={profile.expiresAt} />,
            ),
          }}
        />
      </SectionCard>
    </>
  );
}
