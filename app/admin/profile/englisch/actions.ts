'use server'

import { guardedAction } from '@/db/auth/guard'
import { submitProfileTranslation } from '@/db/admin/profile-translation'
import { profileTranslationSchema } from '@/lib/validation/translation'

/** A partner account proposes the English text of its own organisation's profile. */
export const submitProfileTranslationAction = guardedAction(
  { name: 'submitProfileTranslation', roles: ['partner'], schema: profileTranslationSchema },
  async (data) => {
    await submitProfileTranslation(data)
    return { redirectTo: '/admin/profile/englisch?eingereicht=1' }
  },
)
