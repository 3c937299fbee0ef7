import { Goodbye } from '../../features/account/data/components/goodbye';

/** Public: a deleted account has no session, and the page must open cold. */
export default function GoodbyeRoute() {
  return <Goodbye />;
}
