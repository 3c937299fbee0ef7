import { randomBytes } from 'node:crypto';

const STATUS: Readonly<Record<string, number>> = {
  AccessDenied: 403,
  InvalidAccessKeyId: 403,
  SignatureDoesNotMatch: 403,
  RequestTimeTooSkewed: 403,
  ExpiredToken: 400,
  InvalidToken: 400,
  AuthorizationHeaderMalformed: 400,
  AuthorizationQueryParametersError: 400,
  InvalidArgument: 400,
  InvalidRequest: 400,
  InvalidURI: 400,
  XAmzContentSHA256Mismatch: 400,
  EntityTooLarge: 400,
  IncompleteBody: 400,
  NoSuchUpload: 404,
  NotImplemented: 501,
  InternalError: 500,
};

/** A refusal with S3's error code; its status follows the code as S3's documentation lists it. */
export class S3Failure extends Error {
  readonly status: number;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'S3Failure';
    this.status = STATUS[code] ?? 400;
  }
}

export const escapeXml = (text: string): string =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

/** The body S3 sends with an error: `<Error><Code/><Message/>...</Error>`. */
export function errorXml(failure: S3Failure, resource: string): string {
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Error><Code>${escapeXml(failure.code)}</Code><Message>${escapeXml(failure.message)}</Message>` +
      `<Resource>${escapeXml(resource)}</Resource><RequestId>${requestId}</RequestId></Error>`,
  ].join('\n');
}
