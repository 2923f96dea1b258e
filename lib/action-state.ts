/** The one shape every form's server action returns. */
export type ActionState = {
  ok: boolean
  message: string | null
  fieldErrors: Record<string, string[] | undefined>
  /** What was submitted, so a form rendered without JavaScript can show it again. */
  values?: Record<string, unknown>
  /** Extra result data, e.g. an invitation link to show once. */
  data?: Record<string, string>
}

export const initialActionState: ActionState = { ok: false, message: null, fieldErrors: {} }
