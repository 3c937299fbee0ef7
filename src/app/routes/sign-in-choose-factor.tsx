import { Heading } from '@aws-amplify/ui-react';

// Placeholder until this route is built.
export default function Route() {
  return <Heading level={1}>sign in choose factor</Heading>;
}
