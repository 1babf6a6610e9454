//! Proposed charts: the figures of one unit in one paragraph as bars (or,
//! when they are ranges, as a range chart), the shares of a paragraph as a
//! share chart (each a part of its whole), and the events as a timeline.
//! A figure flagged as an ordinal is left out of every chart, and so is a
//! figure alone in its unit: the editor puts it where it belongs.

use crate::story::{ChartKind, Event, Figure, Group, Item, Text, Value};

/// The most bars a proposed chart has (the format allows 100).
const MAX_ITEMS: usize = 12;

/// The groups proposed for `figures` and `events`.
pub fn groups(figures: &[Figure], events: &[Event]) -> Vec<Group> {
    let mut out = Vec::new();
    let mut paragraphs: Vec<u32> = figures.iter().map(|f| f.source.paragraph).collect();
    paragraphs.dedup();
    for p in paragraphs {
        let here: Vec<&Figure> =
            figures.iter().filter(|f| f.source.paragraph == p && f.note.is_none()).collect();
        let shares: Vec<&Figure> = here.iter().copied().filter(|f| f.is_share()).collect();
        if !shares.is_empty() {
            let title = Text::new(&format!("第{p}段的比例"), &format!("Shares in paragraph {p}"));
            out.push(group(format!("p{p}_shares"), ChartKind::Share, title, &shares));
        }
        let mut units: Vec<&Text> = here.iter().filter(|f| !f.is_share()).map(|f| &f.unit).collect();
        units.dedup();
        let mut seen: Vec<&Text> = Vec::new();
        for unit in units {
            if seen.contains(&unit) {
                continue;
            }
            seen.push(unit);
            let same: Vec<&Figure> = here.iter().copied().filter(|f| &f.unit == unit).collect();
            let (ranges, points): (Vec<&Figure>, Vec<&Figure>) =
                same.iter().partition(|f| matches!(f.value, Value::Range { .. }));
            let slug = super::story::slug(&unit.en);
            for (kind, name, zh, en, set) in [
                (ChartKind::Bars, "bars", "对比", "compared", points),
                (ChartKind::Range, "ranges", "范围", "ranges", ranges),
            ] {
                if set.len() >= 2 {
                    let title = Text::new(
                        &format!("第{p}段的{}{zh}", unit.zh),
                        &format!("Paragraph {p}: {} {en}", unit.en),
                    );
                    out.push(group(format!("p{p}_{name}_{slug}"), kind, title, &set));
                }
            }
        }
    }
    if !events.is_empty() {
        let items = events.iter().map(|e| Item { id: e.id.clone(), label: None }).take(100).collect();
        let title = Text::new("时间线", "Timeline");
        out.push(Group {
            id: "timeline".into(),
            kind: ChartKind::Timeline,
            title,
            subtitle: None,
            note: None,
            items,
        });
    }
    out
}

fn group(id: String, kind: ChartKind, title: Text, figures: &[&Figure]) -> Group {
    let items = figures.iter().take(MAX_ITEMS).map(|f| Item { id: f.id.clone(), label: None }).collect();
    Group {
        id: id.replace("__", "_").trim_end_matches('_').to_owned(),
        kind,
        title,
        subtitle: None,
        note: None,
        items,
    }
}
