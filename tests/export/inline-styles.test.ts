/** The style inliner and the XML tree it works on, on small documents. */
import { describe, expect, it } from 'vitest';
import { inlineStyles } from '../../src/export/svg/inline-styles.ts';
import { escapeText, parseXml, serializeXml } from '../../src/export/svg/xml-tree.ts';

const inline = (svg: string) => {
  const root = parseXml(svg);
  inlineStyles(root);
  return serializeXml(root);
};

describe('inlineStyles', () => {
  it('applies the cascade: specificity, then order, then the element’s own style', () => {
    const out = inline(
      '<svg style="--c:#123456"><style>.b.c{fill:red}.a .b{stroke:var(--c)}.b{fill:blue;stroke:green}</style><g class="a"><rect class="b c" style="stroke-width:3"/><rect class="b"/></g></svg>',
    );
    expect(out).toBe('<svg>\n  <g class="a">\n    <rect class="b c" fill="red" stroke="#123456" stroke-width="3"/>\n    <rect class="b" fill="blue" stroke="#123456"/>\n  </g>\n</svg>');
  });

  it('writes colours, fonts and backgrounds in SVG 1.1 terms', () => {
    const out = inline(
      '<svg width="10" height="5" style="--bg:#fff;background:var(--bg)"><style>.t{font:600 11px system-ui,"Helvetica Neue";fill:rgba(255, 0, 16, 0.25);pointer-events:none}.u{fill:transparent;font-family:ui-monospace,Menlo}</style><text class="t">x</text><text class="u">y</text></svg>',
    );
    expect(out).toContain('<rect width="10" height="5" fill="#fff"/>');
    expect(out).toContain('<text class="t" font-weight="600" font-size="11px" font-family="sans-serif" fill="#ff0010" fill-opacity="0.25">x</text>');
    expect(out).toContain('<text class="u" fill="none" font-family="monospace">y</text>');
  });

  it('lets a later font shorthand reset an earlier weight, and skips hover rules', () => {
    const out = inline('<svg><style>.a{font-weight:bold}.a{font:10px serif}.a:hover{fill:red}</style><text class="a">x</text></svg>');
    expect(out).toContain('<text class="a" font-size="10px" font-family="serif">x</text>');
  });

  it('refuses what it cannot inline rather than drop it silently', () => {
    expect(() => inline('<svg><style>rect > .a{fill:red}</style><rect/></svg>')).toThrow(/cannot inline the selector ">"/);
    expect(() => inline('<svg><style>.a{fill:var(--nope)}</style><rect class="a"/></svg>')).toThrow(/--nope has no value/);
  });
});

describe('xml tree', () => {
  it('reads entities and writes text that is always text', () => {
    const root = parseXml('<?xml version="1.0"?>\n<!-- c -->\n<svg a="&quot;&#60;&#x3e;"><text>&lt;b&gt; &amp; it&#39;s</text></svg>');
    expect(root.attrs.get('a')).toBe('"<>');
    expect(serializeXml(root)).toBe('<svg a="&quot;&lt;&gt;">\n  <text>&lt;b&gt; &amp; it&#39;s</text>\n</svg>');
  });

  it('replaces characters XML 1.0 forbids and keeps the rest, RTL and zero-width included', () => {
    expect(escapeText('a\u0000b\u001Bc\uD800d\u200B\u05D0\tok\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uFFFDd\u200B\u05D0\tok\uD83D\uDE00');
  });

  it('refuses markup outside the subset the chart writes', () => {
    expect(() => parseXml('<svg><![CDATA[x]]></svg>')).toThrow(/unsupported markup/);
    expect(() => parseXml('<svg><g></svg>')).toThrow(/mismatched/);
    expect(() => parseXml('<svg>&nbsp;</svg>')).toThrow(/unknown entity/);
    expect(() => parseXml('<svg/><svg/>')).toThrow(/more than one root/);
  });
});
