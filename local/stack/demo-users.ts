/** The demo accounts `npm start` seeds; printed at start-up, never used outside the local stack. */
export const DEMO_PASSWORD = 'Passw0rd!demo';

export const DEMO_USERS = [
  { email: 'demo@example.com', name: 'Dana Demo', groups: [], about: 'a plain user' },
  {
    email: 'mfa@example.com',
    name: 'Mo Factor',
    groups: [],
    about: 'email MFA on: the code appears below',
  },
  { email: 'admin@example.com', name: 'Ada Admin', groups: ['admin'], about: 'in the admin group' },
] as const;

export const LOCAL_POOL_ID = 'us-east-1_Local01';
