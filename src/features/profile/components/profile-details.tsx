import type { ReactNode } from 'react';
import { DetailsList } from '../../../components/details-list';
import { SectionCard } from '../../../components/section-card';
import { Flex, Text } from '../../../components/ui';
import { VerifiedBadge } from '../../../components/verified-badge';
import { epochToIso, formatEpoch } from '../utils/format-time';
import { readProfile, type TokenClaims } from '../utils/read-profile';
import { TokenExpiry } from './token-expiry';
import './profile.css';

const NOT_SET = (
  <Text as="span" className="profile-muted">
    Not set
  </Text>
);

function WithBadge({ value, verified }: { value: string | undefined; verified: boolean }) {
  if (!value) return NOT_SET;
  return (
    <Flex as="span" alignItems="center" gap="small" wrap="wrap">
      <span>{value}</span>
      <VerifiedBadge verified={verified} />
    </Flex>
  );
}

function InlineList({ items }: { items: readonly string[] }) {
  if (items.length === 0) {
    return (
      <Text as="span" className="profile-muted">
        None
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
const orNotSet = (value: ReactNode) => value || NOT_SET;

/** Who the ID token says you are, and how long it stays valid; built from claims alone. */
export function ProfileDetails({ claims }: { claims: TokenClaims }) {
  const profile = readProfile(claims);
  return (
    <>
      <SectionCard title="Identity">
        <DetailsList
          details={{
            Name: orNotSet(profile.name),
            Email: <WithBadge value={profile.email} verified={profile.emailVerified} />,
            Phone: <WithBadge value={profile.phone} verified={profile.phoneVerified} />,
            Username: orNotSet(profile.username && <code>{profile.username}</code>),
            'User ID (sub)': orNotSet(profile.sub && <code>{profile.sub}</code>),
            Groups: <InlineList items={profile.groups} />,
          }}
        />
      </SectionCard>
      <SectionCard title="Custom attributes">
        {profile.custom.length > 0 ? (
          <DetailsList details={Object.fromEntries(profile.custom)} />
        ) : (
          <Text className="profile-muted">This account has no custom attributes.</Text>
        )}
      </SectionCard>
      <SectionCard title="Session">
        <DetailsList
          details={{
            'Signed in': orNotSet(
              profile.authTime !== undefined && (
                <time dateTime={epochToIso(profile.authTime)}>{formatEpoch(profile.authTime)}</time>
              ),
            ),
            'ID token expires': orNotSet(
              profile.expiresAt !== undefined && <TokenExpiry expiresAt={profile.expiresAt} />,
            ),
          }}
        />
      </SectionCard>
    </>
  );
}
