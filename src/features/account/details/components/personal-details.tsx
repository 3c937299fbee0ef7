import { QueryState } from '../../../../components/query-state';
import { useUserAttributes } from '../../../../lib/auth/fetch-user-attributes';
import { useCurrentSession } from '../../../../lib/auth/get-current-session';
import { useConfig } from '../../../../lib/config/config-context';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { LoadFailed } from '../../components/load-failed';
import { useAnnouncer } from '../../utils/announcer';
import { detailsMessages } from '../details-messages';
import { AttributesForm } from './attributes-form';
import { ContactSection } from './contact-section';
import { LanguageSection } from './language-section';
import './details.css';

// Email and phone have sections of their own (changing them takes a code), and so has the
// language: choosing one switches the app at once, as the header's menu does.
const OWN_SECTIONS = ['email', 'phone_number', 'locale'];

/**
 * What Cognito holds about the signed-in user, read from Cognito itself (GetUser): the email
 * address (always changeable), the phone number when config lets users edit it, every other
 * attribute config lists, and the app's language (saved as `locale`). Each outcome is also said
 * on the page's status line.
 */
export function PersonalDetails() {
  const { editableAttributes, signUpAttributes } = useConfig();
  const session = useCurrentSession();
  const attributes = useUserAttributes();
  const { message, announce } = useAnnouncer();
  const { t } = useI18n(detailsMessages);
  const others = editableAttributes.filter((name) => !OWN_SECTIONS.includes(name));
  const phone = editableAttributes.includes('phone_number');

  return (
    <div className="details">
      <QueryState
        query={attributes}
        loading={t('details.loading')}
        failed={(failure) => <LoadFailed heading={t('details.loadFailed')} {...failure} />}
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
              <LanguageSection announce={announce} />
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
