import { QueryState } from '../../../../components/query-state';
import { useUserAttributes } from '../../../../lib/auth/fetch-user-attributes';
import { useCurrentSession } from '../../../../lib/auth/get-current-session';
import { useConfig } from '../../../../lib/config/config-context';
import { LoadFailed } from '../../components/load-failed';
import { useAnnouncer } from '../../utils/announcer';
import { AttributesForm } from './attributes-form';
import { ContactSection } from './contact-section';
import './details.css';

// Email and phone have sections of their own: changing them takes a code.
const CONTACTS = ['email', 'phone_number'];

/**
 * What Cognito holds about the signed-in user, read from Cognito itself (GetUser): the email
 * address (always changeable), the phone number when config lets users edit it, and every
 * other attribute config lists. Each outcome is also said on the page's status line.
 */
export function PersonalDetails() {
  const { editableAttributes, signUpAttributes } = useConfig();
  const session = useCurrentSession();
  const attributes = useUserAttributes();
  const { message, announce } = useAnnouncer();
  const others = editableAttributes.filter((name) => !CONTACTS.includes(name));
  const phone = editableAttributes.includes('phone_number');

  return (
    <div className="details">
      <QueryState
        query={attributes}
        loading="Loading your details…"
        failed={(failure) => <LoadFailed heading="Could not load your details" {...failure} />}
      >
        {(data) =>
          session && (
            <>
              <ContactSection
                attribute="email"
                attributes={data}
                userId={session.userId}
                announce={announce}
              />
              {phone && (
                <ContactSection
                  attribute="phone_number"
                  attributes={data}
                  userId={session.userId}
                  announce={announce}
                />
              )}
              {others.length > 0 && (
                <AttributesForm
                  names={others}
                  required={signUpAttributes}
                  attributes={data}
                  announce={announce}
                />
              )}
            </>
          )
        }
      </QueryState>
      <p className="amplify-visually-hidden" role="status" aria-atomic="true">
        {message}
      </p>
    </div>
  );
}
