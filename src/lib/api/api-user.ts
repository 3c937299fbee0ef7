import { expectRecord, expectString, expectTimestamp } from './validate';

/** The API's own record of a user (its id, not the Cognito sub, is what the backend references). */
export interface ApiUser {
  readonly id: string;
  readonly sub: string;
  readonly username: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
}

/** Reads one user record from an untrusted body; throws a shape error naming `where`. */
export function readApiUser(value: unknown, where: string): ApiUser {
  const user = expectRecord(value, where);
  return {
    id: expectString(user.id, `${where}.id`, 200),
    sub: expectString(user.sub, `${where}.sub`, 200),
    username: expectString(user.username, `${where}.username`, 500),
    createdAt: expectTimestamp(user.createdAt, `${where}.createdAt`),
    lastSeenAt: expectTimestamp(user.lastSeenAt, `${where}.lastSeenAt`),
  };
}
