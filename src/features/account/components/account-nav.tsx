import { NavLink } from 'react-router';
import { Link } from '../../../components/ui';
import { paths } from '../../../config/paths';
import './account-nav.css';

const SECTIONS = [
  { to: paths.account.details.getHref(), label: 'Personal details' },
  { to: paths.account.security.getHref(), label: 'Security' },
  { to: paths.account.devices.getHref(), label: 'Devices' },
  { to: paths.account.data.getHref(), label: 'Data & deletion' },
] as const;

/** The account area's sub-navigation; the current section is marked for screen readers too. */
export function AccountNav() {
  return (
    <nav aria-label="Account" className="account-nav">
      <ul>
        {SECTIONS.map(({ to, label }) => (
          <li key={to}>
            <Link as={NavLink} to={to}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
