'use client'

import { useEffect, type RefObject } from 'react'

/** The German question; the form passes the one of the user's interface language. */
export const LEAVE_MESSAGE =
  'Sie haben Änderungen, die noch nicht gespeichert sind. Seite trotzdem verlassen?'

/**
 * Leaving a changed form asks first: closing or reloading the tab (the browser's own question)
 * and following a link of the backend (ours, in the interface language). `state.leaving` is set once the person
 * has said yes, so the browser does not ask a second time.
 */
export function useLeaveGuard(
  state: RefObject<{ leaving: boolean }>,
  isDirty: () => boolean,
  message: string = LEAVE_MESSAGE,
) {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (state.current.leaving || !isDirty()) return
      event.preventDefault()
      event.returnValue = message
    }
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.(
        'a[href]',
      ) as HTMLAnchorElement | null
      if (!link || event.defaultPrevented || event.button !== 0) return
      if (link.target === '_blank' || event.metaKey || event.ctrlKey || event.shiftKey) return
      if (link.getAttribute('href')?.startsWith('#') || !isDirty()) return
      if (window.confirm(message)) {
        state.current.leaving = true
        return
      }
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('click', onClick, true)
    }
  }, [state, isDirty, message])
}
