import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown'

describe('renderMarkdown', () => {
  it('renders headings, lists and links; shifts headings below the page title', () => {
    const { html, toc } = renderMarkdown(
      'Einleitung\n\n#### Aktivitäten im MINT-Bereich\n\n- eins\n- zwei\n\n#### Kontakt\n\n[www.its-owl.de/karriere](https://www.its-owl.de/karriere/)',
    )
    expect(html).toContain(
      '<h2 id="abschnitt-aktivitaeten-im-mint-bereich">Aktivitäten im MINT-Bereich</h2>',
    )
    expect(html).toContain('<ul>\n<li>eins</li>')
    expect(html).toContain(
      '<a href="https://www.its-owl.de/karriere/" rel="noopener noreferrer nofollow ugc">',
    )
    expect(toc).toEqual([
      {
        id: 'abschnitt-aktivitaeten-im-mint-bereich',
        text: 'Aktivitäten im MINT-Bereich',
        level: 2,
      },
      { id: 'abschnitt-kontakt', text: 'Kontakt', level: 2 },
    ])
  })

  it('keeps nested heading levels in order and makes ids unique', () => {
    const { html } = renderMarkdown('## A\n\n### B\n\n## A', { baseLevel: 2 })
    expect(html).toContain('<h2 id="abschnitt-a">A</h2>')
    expect(html).toContain('<h3 id="abschnitt-b">B</h3>')
    expect(html).toContain('<h2 id="abschnitt-a-2">A</h2>')
  })

  it('renders GFM tables and strike-through', () => {
    const { html } = renderMarkdown('| a | b |\n|---|---|\n| 1 | ~~2~~ |')
    expect(html).toContain('<table>')
    expect(html).toContain('<del>2</del>')
  })

  it('shows the portal’s own images and turns external ones into links', () => {
    const { html } = renderMarkdown(
      '![Logo](/bilder/abc.webp) ![Fremd](https://tracker.example/x.png)',
    )
    expect(html).toContain(
      '<img src="/bilder/abc.webp" alt="Logo" loading="lazy" decoding="async">',
    )
    expect(html).not.toContain('tracker.example/x.png"><')
    expect(html).toContain(
      '<a href="https://tracker.example/x.png" rel="noopener noreferrer nofollow ugc">Bild: Fremd</a>',
    )
  })

  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<a href="jAva script:alert(\'bravo\')">x</a>',
    '<svg><a xlink:href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a></svg>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](  javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html,<script>alert(1)</script>)',
    '![x](data:image/svg+xml,<svg onload=alert(1)>)',
    '[x][ref]\n\n[ref]: javascript:alert(1)',
    '<javascript:alert(1)>',
    '| a |\n|---|\n| <img src=x onerror=alert(1)> |',
    '<div style="position:fixed;top:0">x</div>',
    '<p id="__next" name="forms">clobber</p>',
    '<a href="https://ok.example" onclick="alert(1)">x</a>',
    '<form action="https://evil.example"><button>x</button></form>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<details open ontoggle=alert(1)>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  ]

  it.each(payloads)('neutralises %s', (payload) => {
    const { html } = renderMarkdown(payload)
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<base|<meta|<svg|<math/i)
    expect(html).not.toMatch(/\son\w+\s*=/i)
    expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i)
    expect(html).not.toMatch(/javascript:alert\(1\)"/i)
    expect(html).not.toMatch(/\sstyle\s*=/i)
    expect(html).not.toMatch(/\s(id|name)="(?!abschnitt-)/i)
  })
})
