import type { Party } from './party.ts';

/** 0 none, 1 SSN-identified, 2 self-identified, 3 enterprise identified, ...; a number on the wire. */
export type UserType = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface ProfileSettingPreference {
  language?: string | null;
  preSelectedPartyId?: number;
  doNotPromptForParty?: boolean;
}

/** The signed-in user (`GET api/v1/profile/user`); social security numbers are masked. */
export interface UserProfile {
  userId: number;
  userUuid?: string | null;
  userName?: string | null;
  externalIdentity?: string | null;
  isReserved?: boolean;
  phoneNumber?: string | null;
  email?: string | null;
  partyId: number;
  party?: Party | null;
  userType?: UserType;
  profileSettingPreference?: ProfileSettingPreference | null;
}
