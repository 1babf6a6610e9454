//! The reader's controls: chart chooser, tag filters, language, scale and
//! reset, as real buttons and labelled selects. Built once; their texts and
//! states are synced from the view after every change.

use web_sys::{Document, Element, HtmlButtonElement, HtmlElement, HtmlSelectElement};

use super::dom::{add, attr, el, option, text, typed};
use crate::state::{vocabulary, View, VOCABULARIES};
use crate::story::{Lang, Story};

/// The words the controls use, per language.
pub struct Words {
    pub chart: &'static str,
    pub vocab: [&'static str; 3],
    pub all: &'static str,
    pub log: &'static str,
    pub reset: &'static str,
    pub empty: &'static str,
    pub hint: &'static str,
}

/// The controls' words in `lang`.
pub fn words(lang: Lang) -> Words {
    match lang {
        Lang::Zh => Words {
            chart: "图表",
            vocab: ["领域", "地点", "合作院校"],
            all: "全部",
            log: "对数刻度",
            reset: "重置",
            empty: "没有符合这些筛选条件的数字。请放宽或重置筛选。",
            hint: "用方向键逐项查看，Esc 关闭说明",
        },
        Lang::En => Words {
            chart: "Chart",
            vocab: ["Sector", "Place", "Partner"],
            all: "All",
            log: "Log scale",
            reset: "Reset",
            empty: "No figures match these filters. Loosen or reset them.",
            hint: "Use the arrow keys to go through the figures; Escape closes the note",
        },
    }
}

/// The control elements.
pub struct Controls {
    pub root: HtmlElement,
    pub group: HtmlSelectElement,
    pub filters: [HtmlSelectElement; 3],
    labels: [Element; 4],
    pub lang: [HtmlButtonElement; 2],
    pub log: HtmlButtonElement,
    pub reset: HtmlButtonElement,
}

fn labelled_select(doc: &Document, parent: &Element, name: &str) -> (Element, HtmlSelectElement) {
    let label = el(doc, "label", "nf-field");
    let span = el(doc, "span", "");
    let select: HtmlSelectElement = typed(doc, "select", "");
    select.set_name(name);
    add(&label, &span);
    add(&label, &select);
    add(parent, &label);
    (span, select)
}

fn button(doc: &Document, parent: &Element, class: &str) -> HtmlButtonElement {
    let b: HtmlButtonElement = typed(doc, "button", class);
    b.set_type("button");
    add(parent, &b);
    b
}

impl Controls {
    /// Builds the controls (empty; [`Controls::sync`] fills them).
    pub fn build(doc: &Document) -> Self {
        let root: HtmlElement = typed(doc, "div", "nf-controls");
        let (l0, group) = labelled_select(doc, &root, "group");
        let (l1, f0) = labelled_select(doc, &root, VOCABULARIES[0]);
        let (l2, f1) = labelled_select(doc, &root, VOCABULARIES[1]);
        let (l3, f2) = labelled_select(doc, &root, VOCABULARIES[2]);
        let buttons = el(doc, "div", "nf-buttons");
        let zh = button(doc, &buttons, "nf-lang");
        text(&zh, "中文");
        attr(&zh, "lang", "zh-CN");
        let en = button(doc, &buttons, "nf-lang");
        text(&en, "English");
        attr(&en, "lang", "en");
        let log = button(doc, &buttons, "nf-log");
        let reset = button(doc, &buttons, "nf-reset");
        add(&root, &buttons);
        Controls { root, group, filters: [f0, f1, f2], labels: [l0, l1, l2, l3], lang: [zh, en], log, reset }
    }

    /// Sets every label, option and pressed state from `view`.
    pub fn sync(&self, story: &Story, view: &View, log_applies: bool) {
        let w = words(view.lang);
        text(&self.labels[0], w.chart);
        // The charts with a match; all of them when none has one, so the
        // chooser never collapses while the empty message explains why.
        let matching = view.matching_groups(story);
        let charts = story
            .groups
            .iter()
            .filter(|g| g.kind.built() && (matching.is_empty() || matching.contains(&g.id.as_str())));
        fill(&self.group, &[], charts.map(|g| (g.id.as_str(), g.title.get(view.lang))));
        self.group.set_value(&view.group);
        for (k, select) in self.filters.iter().enumerate() {
            text(&self.labels[k + 1], w.vocab[k]);
            let terms = match k {
                0 => &story.tags.sector,
                1 => &story.tags.place,
                _ => &story.tags.partner,
            };
            let used = vocabulary(story, k);
            let options = terms
                .iter()
                .filter(|t| used.contains(&t.id.as_str()))
                .map(|t| (t.id.as_str(), t.label.get(view.lang)));
            fill(select, &[("", w.all)], options);
            select.set_value(view.filters[k].as_deref().unwrap_or(""));
        }
        for (b, lang) in self.lang.iter().zip([Lang::Zh, Lang::En]) {
            attr(b, "aria-pressed", if view.lang == lang { "true" } else { "false" });
        }
        text(&self.log, w.log);
        attr(&self.log, "aria-pressed", if view.log { "true" } else { "false" });
        self.log.set_hidden(!log_applies);
        text(&self.reset, w.reset);
    }
}

/// Replaces a select's options with `first` then `rest`, as text.
fn fill<'a>(
    select: &HtmlSelectElement,
    first: &[(&'a str, &'a str)],
    rest: impl Iterator<Item = (&'a str, &'a str)>,
) {
    select.set_text_content(None);
    for (value, label) in first.iter().copied().chain(rest) {
        add(select, &option(label, value));
    }
}
