//! Proposed charts: the figures of one unit in one paragraph as bars (or,
//! when they are ranges, as a range chart), the shares of a paragraph as a
//! share chart (each a part of its whole; a change in percent, "比上年增长
//! 0.5%", is not one), and the events as a timeline.
//! A flagged figure (an ordinal, a number without a printed unit) is left
//! out of every chart, and so is a figure alone in its unit: the editor
//! puts it where it belongs. A draft with no chart otherwise gets one
//! headline chart of its first figures, since a story needs a chart.

use crate::story::{ChartKind, Event, Figure, Group, Item, Text, Value};

/// The most marks a proposed chart has (the format allows 100).
const MAX_ITEMS: usize = 12;

/// The most figures in the fallback headline chart.
const HEADLINE_ITEMS: usize = 4;

/// The groups proposed for `figures` and `events`.
pub fn groups(figures: &[Figure], events: &[Event]) -> Vec<Group> {
    let mut out = Vec::new();
    let mut paragraphs: Vec<u32> = figures.iter().map(|f| f.source.paragraph).collect();
    paragraphs.dedup();
    for p in paragraphs {
        let here: Vec<&Figure> =
            figures.iter().filter(|f| f.source.paragraph == p && f.note.is_none()).collect();
        let shares: Vec<&Figure> =
            here.iter().copied().filter(|f| f.is_share() && !super::label::is_change(&f.label.zh)).collect();
        if !shares.is_empty() {
            let en = format!("Shares, paragraph {p}");
            out.push(group(format!("p{p}_shares"), ChartKind::Share, title(&shares, &en), &shares));
        }
        let mut units: Vec<&Text> = Vec::new();
        for f in here.iter().filter(|f| !f.is_share()) {
            if !units.contains(&&f.unit) {
                units.push(&f.unit);
            }
        }
        for unit in units {
            let (ranges, points): (Vec<&Figure>, Vec<&Figure>) = here
                .iter()
                .copied()
                .filter(|f| &f.unit == unit)
                .partition(|f| matches!(f.value, Value::Range { .. }));
            let slug = super::story::slug(&unit.en);
            for (kind, name, set) in [(ChartKind::Bars, "bars", points), (ChartKind::Range, "ranges", ranges)]
            {
                if set.len() >= 2 {
                    let en = format!("{} compared, paragraph {p}", set[0].label.en);
                    out.push(group(format!("p{p}_{name}_{slug}"), kind, title(&set, &en), &set));
                }
            }
        }
    }
    if out.is_empty() {
        let first: Vec<&Figure> = figures.iter().take(HEADLINE_ITEMS).collect();
        out.push(group("headline".into(), ChartKind::Headline, title(&first, "In figures"), &first));
    }
    if !events.is_empty() {
        // In date order: the timeline draws its items as listed.
        let mut sorted: Vec<&Event> = events.iter().collect();
        sorted.sort_by(|a, b| a.date.cmp(&b.date));
        let items = sorted.iter().map(|e| Item { id: e.id.clone(), label: None }).take(100).collect();
        out.push(chart("timeline".into(), ChartKind::Timeline, Text::new("时间线", "Timeline"), items));
    }
    out
}

/// A chart's title: its figures' Chinese labels, each once ("智能消毒机器人、
/// 包裹消毒机、空气消毒机"), cut after 40 characters with 等; and `en`.
fn title(figures: &[&Figure], en: &str) -> Text {
    let mut labels: Vec<&str> = Vec::new();
    for f in figures {
        if !labels.contains(&f.label.zh.as_str()) {
            labels.push(&f.label.zh);
        }
    }
    let mut zh = String::new();
    for (i, l) in labels.iter().enumerate() {
        if i > 0 && zh.chars().count() + l.chars().count() > 40 {
            zh.push('等');
            break;
        }
        if i > 0 {
            zh.push('、');
        }
        zh.push_str(l);
    }
    Text::new(&zh, en)
}

fn group(id: String, kind: ChartKind, title: Text, figures: &[&Figure]) -> Group {
    let items = figures.iter().take(MAX_ITEMS).map(|f| Item { id: f.id.clone(), label: None }).collect();
    chart(id.trim_end_matches('_').to_owned(), kind, title, items)
}

/// A proposed chart of `items`, with nothing the editor has not said yet.
fn chart(id: String, kind: ChartKind, title: Text, items: Vec<Item>) -> Group {
    Group {
        id,
        kind,
        title,
        subtitle: None,
        note: None,
        items,
        highlight: Vec::new(),
        annotations: Vec::new(),
    }
}
