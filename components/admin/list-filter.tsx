import { getAdminTranslations } from '@/lib/i18n/admin'
import { CONTENT_STATUSES } from '@/lib/domain'

/** Status and text filter for the backend lists: a plain GET form, every filter in the URL. */
export async function ListFilter({
  action,
  status,
  q,
}: {
  action: string
  status: string | null
  q: string
}) {
  const t = await getAdminTranslations('common')
  return (
    <form
      action={action}
      method="get"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-status" className="text-sm font-medium">
          {t('filter.status')}
        </label>
        <select
          id="filter-status"
          name="status"
          defaultValue={status ?? ''}
          className="rounded border border-slate-400 px-3 py-2"
        >
          <option value="">{t('filter.all')}</option>
          {CONTENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="filter-q" className="text-sm font-medium">
          {t('filter.search')}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={q}
          className="min-w-48 rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        {t('filter.submit')}
      </button>
    </form>
  )
}
