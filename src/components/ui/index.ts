/**
 * Our UI kit: Amplify UI's look (its stylesheet, classes and theme tokens) without
 * @aws-amplify/ui-react's JavaScript, whose theme engine alone costs ~25 kB gzip on every
 * page (docs/decisions/0002-auth-ui-without-authenticator.md). Props follow Amplify UI's names.
 */
export { Alert } from './alert';
export { Button, Loader } from './button';
export { CheckboxField, Radio, RadioGroupField } from './choice-field';
export { Card, Divider, Flex, View, VisuallyHidden } from './layout';
export { Table, TableBody, TableCell, TableHead, TableRow } from './table';
export {
  PasswordField,
  type PasswordFieldProps,
  SelectField,
  TextAreaField,
  TextField,
  type TextFieldProps,
} from './text-field';
export { Badge, Heading, Link, Text } from './typography';
