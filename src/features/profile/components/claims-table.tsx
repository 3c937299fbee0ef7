import { Text } from '../../../components/ui';
import { Table, TableBody, TableCell, TableHeadRow, TableRow } from '../../../components/ui/table';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { profileMessages } from '../profile-messages';
import { describeClaim } from '../utils/describe-claim';
import { epochToIso, formatEpoch } from '../utils/format-time';
import type { TokenClaims } from '../utils/read-profile';
import './profile.css';

function ClaimValue({ name, value }: { name: string; value: unknown }) {
  const { t } = useI18n(profileMessages);
  const display = describeClaim(name, value);
  switch (display.kind) {
    case 'time':
      return (
        <>
          <code>{display.seconds}</code>
          <br />
          <time dateTime={epochToIso(display.seconds)}>{formatEpoch(display.seconds)}</time>
        </>
      );
    case 'list':
      return display.items.length > 0 ? (
        <ul>
          {display.items.map((item, index) => (
            // Claim arrays may repeat values; position is the identity here.
            // biome-ignore lint/suspicious/noArrayIndexKey: items are static text
            <li key={index}>{item}</li>
          ))}
        </ul>
      ) : (
        <Text as="span">{t('profile.claims.emptyList')}</Text>
      );
    case 'json':
      return (
        <pre>
          <code>{display.text}</code>
        </pre>
      );
    default:
      return display.type === 'string' ? <code>{display.text}</code> : display.text;
  }
}

/** Every claim of one token, name and value, in name order; the token itself is never shown. */
export function ClaimsTable({ caption, claims }: { caption: string; claims: TokenClaims }) {
  const { t } = useI18n(profileMessages);
  const rows = Object.entries(claims).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Table caption={caption} variation="striped" className="claims-table">
      <TableHeadRow columns={[t('profile.claims.claim'), t('profile.claims.value')]} />
      <TableBody>
        {rows.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell as="th" scope="row">
              <code>{name}</code>
            </TableCell>
            <TableCell>
              <ClaimValue name={name} value={value} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
