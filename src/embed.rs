//! The paste-in snippets an editor copies from "Embed this": a script embed
//! (a `<news-fig>` element, filled by `newsfig.js` in a shadow root) and an
//! iframe embed that sizes itself, each with a static SVG for readers
//! without JavaScript. Values are HTML-escaped: a title with quotes cannot
//! break out of its attribute.
//!
//! A bar chart's snippets ask for the bars-only build (`data-build="bars"`,
//! `embed-bars.html`): the widget less the other chart kinds, 4 KiB less to
//! transfer, as a tree-shaken JS library ships only the chart types a page
//! draws. The loader falls back to the full build should the chart need it.

use crate::state::{View, VOCABULARIES};
use crate::story::Lang;

/// The two snippets for `view`, with files under `base` (ending in `/`),
/// a reserved `height` in CSS px and `title` as the accessible name; `bars`
/// when the view's group is a bar chart, which the bars-only build draws.
pub fn snippets(base: &str, view: &View, title: &str, height: u32, bars: bool) -> [String; 2] {
    let lang = if view.lang == Lang::Zh { "zh" } else { "en" };
    let (base, title) = (escape(base), escape(title));
    let height = height.to_string();
    let group = escape(&view.group);
    let fallback = format!("<img src=\"{base}static/{group}.{lang}.svg\" alt=\"{title}\" width=\"640\">");
    let mut attrs =
        format!("data-group=\"{group}\" data-lang=\"{lang}\" data-theme=\"auto\" data-height=\"{height}\"");
    let mut query = format!("group={group}&amp;lang={lang}");
    if bars {
        attrs.push_str(" data-build=\"bars\"");
    }
    if view.log {
        attrs.push_str(" data-log=\"1\"");
        query.push_str("&amp;log=1");
    }
    for (key, value) in VOCABULARIES.iter().zip(&view.filters) {
        if let Some(v) = value {
            let v = escape(v);
            attrs.push_str(&format!(" data-{key}=\"{v}\""));
            query.push_str(&format!("&amp;{key}={v}"));
        }
    }
    let script = format!("<script type=\"module\" src=\"{base}newsfig.js\"></script>\n<news-fig {attrs}>\n  <noscript>{fallback}</noscript>\n</news-fig>");
    let iframe = format!("<iframe src=\"{base}{}{query}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" data-newsfig-frame></iframe>\n<script async src=\"{base}embed-host.js\"></script>\n<noscript>{fallback}</noscript>", if bars { "embed-bars.html?" } else { "embed.html?" });
    [script, iframe]
}

/// `s` with the five HTML-special characters escaped, so data never becomes
/// markup in a snippet (`&#39;`, not XML's `&apos;`, which HTML 4 lacks).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
