import { Badge, Text } from '../../../components/ui';

/** "Status: On, asked for at sign-in" as a line a screen reader reads in one go. */
export function SettingStatus({ on, preferred }: { on: boolean; preferred?: boolean }) {
  return (
    <Text>
      Status: <Badge variation={on ? 'success' : undefined}>{on ? 'On' : 'Off'}</Badge>
      {on && preferred && <> · asked for first when you sign in</>}
    </Text>
  );
}
