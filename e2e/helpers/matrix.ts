/*
 * The permission matrix: for every server action, who may use it. The rows live here (not in the
 * spec) so the static coverage test (tests/int/authorization-coverage.test.ts) can check that
 * every action in the code has a row.
 */

export const ROLES = [
  'visitor',
  'partnerA',
  'partnerB',
  'editor',
  'admin',
  'disabled',
  'passwordOnly',
] as const
export type MatrixRole = (typeof ROLES)[number]

/**
 * `passwordOnly`: an editor signed in with the password alone while the policy asks editors for a
 * second factor they have not set up. The spec switches the policy on for that role's replays:
 * every backend action must refuse it, whatever the row allows editors.
 */
export const PASSWORD_ONLY = 'passwordOnly' satisfies MatrixRole

export type MatrixRow = {
  action: string
  /** Who performs it in the browser (the request is captured there, not sent). */
  as: Exclude<MatrixRole, 'visitor' | 'disabled'>
  /** Roles whose replay of the captured request must change nothing. */
  denied: MatrixRole[]
  /**
   * Partner roles whose replay may act, but only on their own organisation (the session decides
   * which, never the form): partner A's data must stay untouched.
   */
  ownOrganisationOnly?: MatrixRole[]
}

const NOT_EDITORIAL: MatrixRole[] = ['visitor', 'partnerA', 'partnerB', 'disabled']
const NOT_ADMIN: MatrixRole[] = [...NOT_EDITORIAL, 'editor']

const ROWS: MatrixRow[] = [
  { action: 'saveNewsAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'transitionNewsAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'reviewNewsAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'deleteNewsAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'restoreNewsRevisionAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'saveEventAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'transitionEventAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'reviewEventAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'deleteEventAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'restoreEventRevisionAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'savePartnerAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'restorePartnerRevisionAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'transitionPartnerAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'deletePartnerAction', as: 'admin', denied: NOT_ADMIN },
  {
    action: 'submitProfileAction',
    as: 'partnerA',
    denied: ['visitor', 'editor', 'admin', 'disabled'],
    ownOrganisationOnly: ['partnerB'],
  },
  { action: 'reviewProfileAction', as: 'editor', denied: NOT_EDITORIAL },
  {
    action: 'submitProfileTranslationAction',
    as: 'partnerA',
    denied: ['visitor', 'editor', 'admin', 'disabled'],
    ownOrganisationOnly: ['partnerB'],
  },
  { action: 'savePageAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'restorePageRevisionAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'deletePageAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'saveCategoryAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'deleteCategoryAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'inviteUserAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'changeRoleAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'setUserStateAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'passwordLinkAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'endSessionsAction', as: 'admin', denied: NOT_ADMIN },
  { action: 'saveTranslationAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'withdrawTranslationAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'reviewTranslationAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'restoreTranslationRevisionAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'saveNewsletterIssueAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'sendNewsletterTestAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'sendNewsletterIssueAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'planNewsletterIssueAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'unplanNewsletterIssueAction', as: 'editor', denied: NOT_EDITORIAL },
  { action: 'deleteNewsletterSubscriberAction', as: 'admin', denied: NOT_ADMIN },
  // A partner's own news proposal: another partner's replay must not touch partner A's item.
  {
    action: 'saveNewsAction (Vorschlag)',
    as: 'partnerA',
    denied: ['visitor', 'partnerB', 'disabled'],
  },
  { action: 'deleteImageAction', as: 'editor', denied: NOT_EDITORIAL },
  // Preview links: editors for any item, a partner only for its own proposals.
  { action: 'createPreviewLinkAction', as: 'editor', denied: NOT_EDITORIAL },
  {
    action: 'createPreviewLinkAction (Vorschlag)',
    as: 'partnerA',
    denied: ['visitor', 'partnerB', 'disabled'],
  },
  { action: 'revokePreviewLinkAction', as: 'editor', denied: NOT_EDITORIAL },
  // The same for events.
  { action: 'createPreviewLinkAction (Termin)', as: 'editor', denied: NOT_EDITORIAL },
  {
    action: 'createPreviewLinkAction (Terminvorschlag)',
    as: 'partnerA',
    denied: ['visitor', 'partnerB', 'disabled'],
  },
  // Autosave of an editor's item, and of partner A's own proposal.
  { action: 'autosaveAction', as: 'editor', denied: NOT_EDITORIAL },
  {
    action: 'autosaveAction (Vorschlag)',
    as: 'partnerA',
    denied: ['visitor', 'partnerB', 'disabled'],
  },
]

export const MATRIX: MatrixRow[] = ROWS.map((row) => ({
  ...row,
  denied: [...row.denied, PASSWORD_ONLY],
}))

/**
 * The second-factor actions, tried by role in e2e/second-factor.spec.ts: the admins' policy and
 * reset, and the caller's own factors in "Mein Konto" (every role, also while the policy still
 * asks for the setup; never anyone else's).
 */
export const SECOND_FACTOR_MATRIX: { action: string; allowed: MatrixRole[] }[] = [
  { action: 'setSecondFactorPolicyAction', allowed: ['admin'] },
  { action: 'resetSecondFactorAction', allowed: ['admin'] },
  ...[
    'startTotpAction',
    'confirmTotpAction',
    'removeTotpAction',
    'renewRecoveryCodesAction',
    'passkeyOptionsAction',
    'registerPasskeyAction',
    'removePasskeyAction',
    // The caller's own interface language (e2e/interface-language.spec.ts).
    'saveInterfaceLanguageAction',
  ].map((action) => ({
    action,
    allowed: ['partnerA', 'partnerB', 'editor', 'admin', PASSWORD_ONLY] as MatrixRole[],
  })),
]

/** Public by design (reviewed in the coverage test); exercised in e2e/auth.spec.ts and e2e/second-factor.spec.ts. */
export const PUBLIC_ACTIONS = [
  'loginAction',
  'logoutAction',
  'requestResetAction',
  'setPasswordAction',
  // Newsletter (e2e/newsletter.spec.ts): same answer for every address; the mail's key.
  'subscribeAction',
  'subscribeFooterAction',
  'saveTopicsAction',
  'secondStepAction',
  'secondStepPasskeyOptionsAction',
  'secondStepPasskeyAction',
  'passkeyLoginOptionsAction',
  'passkeyLoginAction',
]

export const MATRIX_ACTIONS = [
  ...new Set([
    ...MATRIX.map((row) => row.action.split(' ')[0]!),
    ...SECOND_FACTOR_MATRIX.map((row) => row.action),
    ...PUBLIC_ACTIONS,
  ]),
]
