import { NavLink } from 'react-router';
import { Link } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useCurrentSession } from '../../../lib/auth/get-current-session';

const ADMIN_GROUP = 'admin';

/**
 * The main navigation. Signed-in users see their pages; Admin only for members of the
 * admin group (a hint from the ID token: the API enforces access on its own).
 */
export function AppNav() {
  const session = useCurrentSession();
  const isAdmin = session?.groups?.includes(ADMIN_GROUP) ?? false;
  return (
    <nav aria-label="Main" className="app-nav">
      <ul>
        <li>
          <Link as={NavLink} to={paths.home.getHref()} end>
            Home
          </Link>
        </li>
        {session && (
          <>
            <li>
              <Link as={NavLink} to={paths.profile.getHref()} end>
                Profile
              </Link>
            </li>
            <li>
              <Link as={NavLink} to={paths.notes.getHref()}>
                Notes
              </Link>
            </li>
            <li>
              <Link as={NavLink} to={paths.account.getHref()}>
                Account
              </Link>
            </li>
          </>
        )}
        {isAdmin && (
          <li>
            <Link as={NavLink} to={paths.admin.getHref()}>
              Admin
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
