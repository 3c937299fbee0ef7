import { redirect } from 'react-router';
import { paths } from '../../config/paths';

/** /account has no page of its own: it opens the first section. */
export const clientLoader = () => () => redirect(paths.account.details.getHref());

export default function AccountIndexRoute() {
  return null;
}
