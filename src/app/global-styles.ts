// Amplify UI's look, only what the first paint of any page needs: its tokens in use, its global
// rules and the stylesheets of the components the kit in ../components/ui renders everywhere
// (not its 340 kB styles.css). Tables, radios and the text area bring their own CSS, so only
// the pages that show one download it. Order matters: Amplify's own (as in its styles.css),
// then ours; theme.css overrides Amplify's tokens because it comes after them.
import '../components/ui/styles/tokens.css';
import '../components/ui/styles/base.css';
import '@aws-amplify/ui-react/styles/flex.css';
import '@aws-amplify/ui-react/styles/text.css';
import '@aws-amplify/ui-react/styles/badge.css';
import '../components/ui/styles/button.css';
import '@aws-amplify/ui-react/styles/fieldMessages.css';
import '@aws-amplify/ui-react/styles/heading.css';
import '@aws-amplify/ui-react/styles/input.css';
import '@aws-amplify/ui-react/styles/link.css';
import '@aws-amplify/ui-react/styles/loader.css';
import '@aws-amplify/ui-react/styles/alert.css';
import '@aws-amplify/ui-react/styles/card.css';
import '@aws-amplify/ui-react/styles/field.css';
import '@aws-amplify/ui-react/styles/fieldGroup.css';
import '@aws-amplify/ui-react/styles/passwordField.css';
import '@aws-amplify/ui-react/styles/textField.css';
import '@aws-amplify/ui-react/styles/visuallyHidden.css';
import './theme.css';
import './layout.css';
