import { type ReactNode, type SyntheticEvent, useEffect, useId, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { Card, Heading, Link, Text } from '../../../components/ui';
import { paths } from '../../../config/paths';
import { preloadSignIn } from '../../../lib/auth/sign-in';
import { carriedRedirect } from '../../../lib/navigation/redirect-target';
import './sign-in.css';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { signInMessages } from './sign-in-messages';

interface StepCardProps {
  readonly title: string;
  readonly intro?: ReactNode;
  /** Where the sign-in was heading, for the "Start over" link; the first page has none. */
  readonly redirectTo?: string;
  readonly children: ReactNode;
}

/**
 * The frame of every sign-in step: its heading takes focus on arrival, so a screen reader
 * announces the new step, and "Start over" always leads back to a clean sign-in.
 */
export function StepCard({ title, intro, redirectTo, children }: StepCardProps) {
  const headingId = useId();
  const { t } = useI18n(signInMessages);
  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, [headingId]);
  const preloaded = useRef(false);
  // Amplify's sign-in code (~17 kB gzip) is needed only to submit a step, not to show it:
  // fetched once the user starts on the form (focus, typing, a press), never on a page that
  // nobody touched. Only inside the form: the heading takes focus on arrival.
  const preloadOnIntent = (event: SyntheticEvent) => {
    if (preloaded.current || !(event.target instanceof Element) || !event.target.closest('form')) {
      return;
    }
    preloaded.current = true;
    preloadSignIn().catch(() => undefined);
  };
  return (
    <Card
      as="section"
      variation="outlined"
      className="sign-in-card"
      aria-labelledby={headingId}
      onFocusCapture={preloadOnIntent}
      onInputCapture={preloadOnIntent}
      onPointerDownCapture={preloadOnIntent}
    >
      <Heading level={1} id={headingId} tabIndex={-1}>
        {title}
      </Heading>
      {intro && <Text>{intro}</Text>}
      {children}
      {redirectTo !== undefined && (
        <Text fontSize="small">
          <Link as={RouterLink} to={paths.auth.signIn.getHref(carriedRedirect(redirectTo))}>
            {t('signIn.startOver')}
          </Link>
        </Text>
      )}
    </Card>
  );
}
