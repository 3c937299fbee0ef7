import type { Operation } from '../context.ts';
import * as admin from './admin-users.ts';
import * as me from './current-user.ts';
import * as devices from './devices.ts';
import * as forgot from './forgot-password.ts';
import * as groups from './groups.ts';
import { initiateAuth } from './initiate-auth.ts';
import { getTokensFromRefreshToken } from './refresh.ts';
import { respondToAuthChallenge } from './respond-to-auth-challenge.ts';
import * as signOut from './sign-out.ts';
import * as signUp from './sign-up.ts';
import * as totp from './software-token.ts';
import * as clients from './user-pool-clients.ts';
import * as pools from './user-pools.ts';
import * as webauthn from './webauthn.ts';

/** Every operation by its `X-Amz-Target` name. Anything else is an unknown operation. */
export const OPERATIONS: Record<string, Operation> = {
  // Management
  CreateUserPool: pools.createUserPool,
  DescribeUserPool: pools.describeUserPool,
  UpdateUserPool: pools.updateUserPool,
  ListUserPools: pools.listUserPools,
  DeleteUserPool: pools.deleteUserPool,
  SetUserPoolMfaConfig: pools.setUserPoolMfaConfig,
  GetUserPoolMfaConfig: pools.getUserPoolMfaConfig,
  CreateUserPoolClient: clients.createUserPoolClient,
  DescribeUserPoolClient: clients.describeUserPoolClient,
  UpdateUserPoolClient: clients.updateUserPoolClient,
  ListUserPoolClients: clients.listUserPoolClients,
  DeleteUserPoolClient: clients.deleteUserPoolClient,
  CreateGroup: groups.createGroup,
  GetGroup: groups.getGroup,
  ListGroups: groups.listGroups,
  AdminAddUserToGroup: groups.adminAddUserToGroup,
  AdminRemoveUserFromGroup: groups.adminRemoveUserFromGroup,
  AdminListGroupsForUser: groups.adminListGroupsForUser,
  AdminCreateUser: admin.adminCreateUser,
  AdminGetUser: admin.adminGetUser,
  AdminSetUserPassword: admin.adminSetUserPassword,
  AdminConfirmSignUp: admin.adminConfirmSignUp,
  AdminDisableUser: admin.adminDisableUser,
  AdminEnableUser: admin.adminEnableUser,
  AdminResetUserPassword: admin.adminResetUserPassword,
  AdminDeleteUser: admin.adminDeleteUser,
  AdminUpdateUserAttributes: admin.adminUpdateUserAttributes,
  AdminSetUserMFAPreference: totp.adminSetUserMfaPreference,
  AdminUserGlobalSignOut: signOut.adminUserGlobalSignOut,
  ListUsers: admin.listUsers,
  AdminListDevices: devices.adminListDevices,
  AdminGetDevice: devices.adminGetDevice,
  AdminUpdateDeviceStatus: devices.adminUpdateDeviceStatus,
  AdminForgetDevice: devices.adminForgetDevice,
  // Sign-up and sign-in
  SignUp: signUp.signUp,
  ConfirmSignUp: signUp.confirmSignUp,
  ResendConfirmationCode: signUp.resendConfirmationCode,
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  RevokeToken: signOut.revokeToken,
  GlobalSignOut: signOut.globalSignOut,
  ForgotPassword: forgot.forgotPassword,
  ConfirmForgotPassword: forgot.confirmForgotPassword,
  // The signed-in user
  GetUser: me.getUser,
  ChangePassword: me.changePassword,
  UpdateUserAttributes: me.updateUserAttributes,
  GetUserAttributeVerificationCode: me.getUserAttributeVerificationCode,
  VerifyUserAttribute: me.verifyUserAttribute,
  DeleteUserAttributes: me.deleteUserAttributes,
  DeleteUser: me.deleteUser,
  AssociateSoftwareToken: totp.associateSoftwareToken,
  VerifySoftwareToken: totp.verifySoftwareToken,
  SetUserMFAPreference: totp.setUserMfaPreference,
  ConfirmDevice: devices.confirmDevice,
  GetDevice: devices.getDevice,
  ListDevices: devices.listDevices,
  UpdateDeviceStatus: devices.updateDeviceStatus,
  ForgetDevice: devices.forgetDevice,
  StartWebAuthnRegistration: webauthn.startWebAuthnRegistration,
  CompleteWebAuthnRegistration: webauthn.completeWebAuthnRegistration,
  ListWebAuthnCredentials: webauthn.listWebAuthnCredentials,
  DeleteWebAuthnCredential: webauthn.deleteWebAuthnCredential,
};
