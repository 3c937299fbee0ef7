import { NavLink } from 'react-router';
import { Link } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { useConfig } from '../../../lib/config/config-context';
import { useI18n } from '../../../lib/i18n/use-i18n';

const ADMIN_GROUP = 'admin';

/**
 * The main navigation. Signed-in users see their pages; Admin only for members of the
 * admin group (a hint from the ID token: the API enforces access on its own).
 */
export function AppNav() {
  const session = useCurrentSession();
  const { t } = useI18n();
  const isAdmin = session?.groups?.includes(ADMIN_GROUP) ?? false;
  // Files needs the identity pool's AWS credentials and a bucket; without them, no page.
  const offersFiles = Boolean(useConfig().storage);
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul>
        <li>
          <Link as={NavLink} to={paths.home.getHref()} end>
            {t('nav.home')}
          </Link>
        </li>
        {session && (
          <>
            <li>
              <Link as={NavLink} to={paths.profile.getHref()} end>
                {t('nav.profile')}
              </Link>
            </li>
            <li>
              <Link as={NavLink} to={paths.notes.getHref()}>
                {t('nav.notes')}
              </Link>
            </li>
            {offersFiles && (
              <li>
                <Link as={NavLink} to={paths.files.getHref()}>
                  {t('nav.files')}
                </Link>
              </li>
            )}
            <li>
              <Link as={NavLink} to={paths.account.getHref()}>
                {t('nav.account')}
              </Link>
            </li>
          </>
        )}
        {isAdmin && (
          <li>
            <Link as={NavLink} to={paths.admin.getHref()}>
              {t('nav.admin')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
