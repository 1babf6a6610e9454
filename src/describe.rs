//! Words for values, for tooltips and screen readers: "at least 500
//! outcomes", "8,000–10,000 yuan per mu", "不到10%". The qualifier is said,
//! never dropped, and a derived value says how it was computed.

use crate::format::{number, with_unit};
use crate::story::{
    Bound, ChartKind, End, Event, Figure, Group, Lang, Qualifier, Reading, Story, Text, Value,
};

/// A qualified number in words, unit included, written with the reading
/// table's words (`story::reading`): "500余项", "94%以上", "不到10%",
/// "近700万元"; "more than 500 outcomes", "at least 94%", "under 10%".
fn bound_words(b: Bound, unit: &Text, lang: Lang) -> String {
    match Reading::of(b.qualifier).written() {
        Some(word) => word.write(&number(b.value, lang), unit.get(lang), lang),
        None => with_unit(b.value, unit, lang),
    }
}

/// A value in words: "at least 500 outcomes", "8,000–10,000 yuan per mu",
/// "between at least 1 billion and less than 10 billion yuan".
pub fn value_words(value: &Value, unit: &Text, lang: Lang) -> String {
    match *value {
        Value::Point { qualifier, value } => {
            let shown = if qualifier == Qualifier::Approx {
                crate::format::round_significant(value, 3)
            } else {
                value
            };
            bound_words(Bound { value: shown, qualifier }, unit, lang)
        }
        Value::Range { low, high }
            if low.qualifier == Qualifier::Exact && high.qualifier == Qualifier::Exact =>
        {
            crate::format::value_label(value, unit, lang)
        }
        Value::Range { low, high } => {
            let bare = Text { zh: String::new(), en: String::new() };
            let lo = bound_words(low, &bare, lang);
            let hi = bound_words(high, unit, lang);
            match lang {
                Lang::Zh => format!("{}至{hi}之间", lo.trim_end()),
                Lang::En => format!("between {} and {hi}", lo.trim_end()),
            }
        }
    }
}

/// What a tooltip says about one figure or event, line by line.
#[derive(Clone, Debug, PartialEq)]
pub struct Tooltip {
    /// The mark's label.
    pub title: String,
    /// The value in words ("at least 500 outcomes"), or an event's date.
    pub value: String,
    /// "Derived: 35,900 mu ÷ 90%", or the article's wording ("Article: 500余项").
    pub basis: String,
    /// The source sentence, quoted, with its paragraph.
    pub source: String,
    /// "Highlighted" and the editor's annotations on the mark, in words;
    /// empty when it has none.
    pub note: String,
}

impl Tooltip {
    /// All of it in one line, for a live region.
    pub fn announcement(&self) -> String {
        format!("{}: {}. {}{}. {}", self.title, self.value, self.note, self.basis, self.source)
    }

    /// The lines a tooltip shows: title, value (with the note after it),
    /// basis and source.
    pub fn lines(&self) -> [String; 4] {
        // The note's own full stop tells its language (see item_note).
        let value = match self.note.trim_end() {
            "" => self.value.clone(),
            note if note.ends_with('。') => format!("{}。{note}", self.value),
            note => format!("{}. {note}", self.value),
        };
        [self.title.clone(), value, self.basis.clone(), self.source.clone()]
    }
}

/// What an editor says of item `id` in `group`: "Highlighted." and each
/// annotation ("Note: The stated aim, not a result."), in words, each
/// sentence followed by a space; empty when nothing is said.
pub fn item_note(group: &Group, id: &str, lang: Lang) -> String {
    let mut out = String::new();
    if group.highlighted(id) {
        out.push_str(match lang {
            Lang::Zh => "突出显示。",
            Lang::En => "Highlighted. ",
        });
    }
    for (_, a) in group.notes_on(id) {
        let end = match (a.end, lang) {
            (None, _) => "",
            (Some(End::Low), Lang::Zh) => "（下限）",
            (Some(End::High), Lang::Zh) => "（上限）",
            (Some(End::Low), Lang::En) => " (low end)",
            (Some(End::High), Lang::En) => " (high end)",
        };
        let text = a.text.get(lang).trim_end_matches(['.', '。']);
        out.push_str(&match lang {
            Lang::Zh => format!("注{end}：{text}。"),
            Lang::En => format!("Note{end}: {text}. "),
        });
    }
    out
}

fn source_text(sentence: &str, paragraph: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("原文第{paragraph}段：“{sentence}”"),
        Lang::En => format!("Paragraph {paragraph}: “{sentence}”"),
    }
}

/// The tooltip of `figure`, shown under `label`.
pub fn figure_tooltip(figure: &Figure, label: &str, lang: Lang) -> Tooltip {
    let basis = match (&figure.derived, lang) {
        (Some(d), Lang::Zh) => format!("推算值：{}", d.formula.get(lang)),
        (Some(d), Lang::En) => format!("Derived: {}", d.formula.get(lang)),
        (None, Lang::Zh) => format!("原文：{}", figure.wording),
        (None, Lang::En) => format!("Article: {}", figure.wording),
    };
    Tooltip {
        title: label.to_owned(),
        value: value_words(&figure.value, &figure.unit, lang),
        basis,
        source: source_text(&figure.source.sentence, figure.source.paragraph, lang),
        note: String::new(),
    }
}

/// The tooltip of a timeline event.
pub fn event_tooltip(event: &Event, lang: Lang) -> Tooltip {
    let basis = match lang {
        Lang::Zh => format!("原文：{}", event.wording),
        Lang::En => format!("Article: {}", event.wording),
    };
    Tooltip {
        title: event.label.get(lang).to_owned(),
        value: crate::render::format_date(&event.date, lang),
        basis,
        source: source_text(&event.source.sentence, event.source.paragraph, lang),
        note: String::new(),
    }
}

/// The tooltip for the `index`-th item of group `group_id`.
pub fn item_tooltip(story: &Story, group_id: &str, index: usize, lang: Lang) -> Option<Tooltip> {
    let group = story.groups.iter().find(|g| g.id == group_id)?;
    let item = group.items.get(index)?;
    // Only a timeline's items are events (the story rules check it); the
    // first test is a constant, so a build without timelines has no event
    // tooltips in it.
    let mut t = if ChartKind::Timeline.built() && group.kind == ChartKind::Timeline {
        event_tooltip(story.event(&item.id)?, lang)
    } else {
        let f = story.figure(&item.id)?;
        figure_tooltip(f, item.label.as_ref().unwrap_or(&f.label).get(lang), lang)
    };
    t.note = item_note(group, &item.id, lang);
    Some(t)
}

/// What kind of chart it is, as a screen reader should hear first.
fn kind_words(kind: ChartKind, lang: Lang) -> &'static str {
    use ChartKind::*;
    match (kind, lang) {
        (Headline, Lang::Zh) => "数字要点",
        (Headline, Lang::En) => "Key figures",
        (Bars, Lang::Zh) => "条形图",
        (Bars, Lang::En) => "Bar chart",
        (Range, Lang::Zh) => "区间图",
        (Range, Lang::En) => "Range chart",
        (Share, Lang::Zh) => "占比图",
        (Share, Lang::En) => "Share chart",
        (Composition, Lang::Zh) => "构成图",
        (Composition, Lang::En) => "Composition chart",
        (Timeline, Lang::Zh) => "时间线",
        (Timeline, Lang::En) => "Timeline",
    }
}

/// A generated summary of group `group_id` for screen readers: the chart's
/// kind and title, then every item with its value in words, derivations
/// named as such, and the source.
pub fn summary(story: &Story, group_id: &str, lang: Lang) -> Option<String> {
    let group = story.groups.iter().find(|g| g.id == group_id)?;
    let (sep, end) = match lang {
        Lang::Zh => ("；", "。"),
        Lang::En => ("; ", "."),
    };
    let items: Vec<String> = (0..group.items.len())
        .filter_map(|i| {
            let t = item_tooltip(story, group_id, i, lang)?;
            let derived = story.figure(&group.items[i].id).and_then(|f| f.derived.as_ref());
            let line = match (derived, lang) {
                (Some(d), Lang::Zh) => format!("{}：{}（推算：{}）", t.title, t.value, d.formula.get(lang)),
                (Some(d), Lang::En) => format!("{}: {} (derived: {})", t.title, t.value, d.formula.get(lang)),
                (None, Lang::Zh) => format!("{}：{}", t.title, t.value),
                (None, Lang::En) => format!("{}: {}", t.title, t.value),
            };
            // "Highlighted. Note: …", said after the value, inside the item.
            Some(match (t.note.trim_end().trim_end_matches(['.', '。']), lang) {
                ("", _) => line,
                (note, Lang::Zh) => format!("{line}（{note}）"),
                (note, Lang::En) => format!("{line} ({note})"),
            })
        })
        .collect();
    let title = group.title.get(lang);
    let source = crate::render::source_line(story, lang);
    let kind = kind_words(group.kind, lang);
    Some(match lang {
        Lang::Zh => format!("{kind}：{title}。{}{end}{source}{end}", items.join(sep)),
        Lang::En => format!("{kind}: {title}. {}{end} {source}{end}", items.join(sep)),
    })
}
