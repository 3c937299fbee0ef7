import { NavLink } from 'react-router';
import { Link } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type AccountMessageId, accountMessages } from '../account-messages';
import './account-nav.css';

const SECTIONS: readonly { to: string; label: AccountMessageId }[] = [
  { to: paths.account.details.getHref(), label: 'account.nav.details' },
  { to: paths.account.security.getHref(), label: 'account.nav.security' },
  { to: paths.account.devices.getHref(), label: 'account.nav.devices' },
  { to: paths.account.data.getHref(), label: 'account.nav.data' },
];

/** The account area's sub-navigation; the current section is marked for screen readers too. */
export function AccountNav() {
  const { t } = useI18n(accountMessages);
  return (
    <nav aria-label={t('account.nav.label')} className="account-nav">
      <ul>
        {SECTIONS.map(({ to, label }) => (
          <li key={to}>
            <Link as={NavLink} to={to}>
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
