import type { Metadata } from 'next'
import { saveInterfaceLanguageAction } from './actions'
import { InterfaceLanguageForm } from './interface-language-form'
import { SecondFactorSection } from './second-factor-section'
import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('account')
  return { title: t('title') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const notice = 'rounded border px-4 py-3'

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  // The one backend page open while the policy still asks for a second factor.
  const user = await requirePageRole({ duringSecondFactorSetup: true })
  const params = await searchParams
  const left = Number(params.wiederherstellung)
  const t = await getAdminTranslations('account')
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <p>
        {user.name} · {user.email}
      </p>
      {user.secondFactorSetupRequired ? (
        <p role="alert" className={`${notice} border-amber-600 bg-amber-50 text-amber-950`}>
          {t('setupRequired')}
        </p>
      ) : null}
      {params.wiederherstellung !== undefined && Number.isInteger(left) && left >= 0 ? (
        <p role="status" className={`${notice} border-amber-600 bg-amber-50 text-amber-950`}>
          {t('recoveryUsed', { left })}
          {left <= 3 ? ` ${t('recoveryLow')}` : ''}
        </p>
      ) : null}
      {params.entfernt ? (
        <p role="status" className={`${notice} border-green-700 bg-green-50 text-green-900`}>
          {params.entfernt === 'passkey' ? t('passkeyRemoved') : t('totpRemoved')}
        </p>
      ) : null}
      {params.sprache === 'gespeichert' ? (
        <p role="status" className={`${notice} border-green-700 bg-green-50 text-green-900`}>
          {t('language.saved')}
        </p>
      ) : null}
      <SecondFactorSection />
      <section aria-labelledby="sprache" className="flex flex-col gap-3">
        <h2 id="sprache" className="text-xl font-semibold text-brand-900">
          {t('language.heading')}
        </h2>
        <p className="max-w-prose text-muted">{t('language.intro')}</p>
        <InterfaceLanguageForm
          action={saveInterfaceLanguageAction}
          current={user.uiLocale ?? 'de'}
        />
      </section>
    </div>
  )
}
