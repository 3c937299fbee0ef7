/**
 * Our UI kit: Amplify UI's look (its stylesheet, classes and theme tokens) without
 * @aws-amplify/ui-react's JavaScript, whose theme engine alone costs ~25 kB gzip on every
 * page (docs/decisions/0002-auth-ui-without-authenticator.md). Props follow Amplify UI's names.
 *
 * Tables and radio groups are imported from their own files, not from here: everything this
 * file exports lands in the first-render chunk that every page downloads.
 */
export { Alert } from './alert';
export { Button, type ButtonProps, Loader } from './button';
export { Card, Flex, View, VisuallyHidden } from './layout';
export { PasswordField, type PasswordFieldProps, TextAreaField, TextField } from './text-field';
export { Badge, Heading, Link, Text } from './typography';
