//! The draft as a story: every proposal a figure or an event with its exact
//! words, sentence and paragraph, the proposed charts, and the publication,
//! checked by the story's own rules before it is returned.

use super::events::{self, FoundDate};
use super::group::groups;
use super::label::label;
use super::quantity::{read_quantities, Quantity, QuantityKind};
use super::sentence::{holding, sentences, Sentence};
use super::unit;
use crate::error::{Error, ErrorKind};
use crate::story::{self, Event, Figure, Publication, Source, Story, Tags, Text, Value, FORMAT};

/// What a draft needs besides the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date, `YYYY-MM-DD`: relative dates resolve against it.
    pub date: String,
}

/// Labels that start a line of the page around an article (dateline,
/// byline, editor, sharing buttons): its figures and dates are not the story's.
const METADATA: [&str; 12] = [
    "发布时间",
    "来源",
    "时间:",
    "日期",
    "作者",
    "记者",
    "编辑",
    "[编辑",
    "责任编辑",
    "原标题",
    "分享到",
    "Published",
];

/// The longest line that is a dateline when it holds the publication date
/// as printed ("新华社 2024-01-15"), in characters.
const DATELINE_CHARS: usize = 40;

/// A story drafted from an article's `text`: its first non-blank line the
/// title, its quantities the figures, its dates the events. Fails, naming
/// the option, on a bad date, and on a text with no figure in it.
pub fn draft(text: &str, options: &Options) -> Result<Story, Error> {
    let date = options.date.trim();
    let Some((year, _, _)) = events::ymd(date).filter(|_| date.len() == 10 && story::valid_date(date)) else {
        let m = format!("must be the publication date as YYYY-MM-DD, not {:?}", options.date);
        return Err(Error::new("date", ErrorKind::Parse(m)));
    };
    let all = sentences(text);
    let body: Vec<Sentence> = all.iter().filter(|s| !metadata(text, s, date)).cloned().collect();
    let title = all.first().map_or("", |s| line_of(text, s)).trim();
    let mut figures = Vec::new();
    let mut dates = Vec::new();
    for q in read_quantities(text) {
        let Some(s) = holding(&body, q.span.start) else { continue };
        match q.kind {
            QuantityKind::Date => dates.extend(events::resolve(text, q.span.clone(), year)),
            QuantityKind::Name => {}
            _ if !within(&q.value, f64::MIN, f64::MAX) => {}
            QuantityKind::Ordinal if q.unit.zh.is_empty() => {}
            _ => {
                let before = figures.last().filter(|f: &&Figure| f.source.paragraph == s.paragraph);
                let f = figure(text, s, q, before.map(|f| &f.label));
                figures.push(f);
            }
        }
    }
    dates.extend(events::seasons(text, year).into_iter().filter(|d| holding(&body, d.span.start).is_some()));
    dates.sort_by_key(|d| d.span.start);
    number_figures(&mut figures);
    let events = dates.iter().filter_map(|d| event(text, &body, d)).collect::<Vec<_>>();
    let events = number_events(events);
    if figures.is_empty() {
        return Err(Error::new("text", ErrorKind::Parse("no figure found to draft a story from".into())));
    }
    let groups = unique_groups(groups(&figures, &events));
    let source_name = source_name(text, &all);
    let story = Story {
        format: FORMAT.to_owned(),
        title: Text::new(title, title),
        source: Publication { name: source_name, date: date.to_owned(), url: None, authors: Vec::new() },
        tags: Default::default(),
        figures,
        events,
        groups,
    };
    story::validate(&story)?;
    Ok(story)
}

/// Whether sentence `s` is on a line of the page around the article.
fn metadata(text: &str, s: &Sentence, date: &str) -> bool {
    let line = line_of(text, s).trim();
    let dateline = line.chars().count() <= DATELINE_CHARS && line.contains(date);
    s.paragraph > 1 && (dateline || METADATA.iter().any(|m| labelled(line, m)))
}

/// Whether `line` is one of the page's, labelled `label`: the label then a
/// separator ("记者 张三", "来源：山西日报"), or a line that is no sentence
/// ("记者张三"). A paragraph of the article may open with the same word
/// ("记者从省统计局获悉，…。").
fn labelled(line: &str, label: &str) -> bool {
    let Some(rest) = line.strip_prefix(label) else { return false };
    let separated = rest.is_empty()
        || label.ends_with([':', '：'])
        || rest.starts_with([':', '：', ' ', '　', '|', '丨', '】', ']']);
    separated || !line.contains(['。', '！', '？', '；'])
}

/// The whole line (paragraph) that sentence `s` is in.
fn line_of<'a>(text: &'a str, s: &Sentence) -> &'a str {
    let start = text[..s.span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[s.span.end..].find('\n').map_or(text.len(), |i| s.span.end + i);
    &text[start..end]
}

/// The publication's name from a "来源: 山西日报" line, or a placeholder.
fn source_name(text: &str, all: &[Sentence]) -> Text {
    let found = all.iter().find_map(|s| {
        let line = line_of(text, s);
        let at = line.find("来源")?;
        let rest = line[at + "来源".len()..].trim_start_matches([':', '：', ' ']);
        let name = rest.split(|c: char| c.is_whitespace() || c == '|').next()?.trim();
        (!name.is_empty()).then(|| name.to_owned())
    });
    match found {
        Some(name) => Text::new(&name, &name),
        None => Text::new("来源", "Source"),
    }
}

/// The figure proposed for quantity `q` in sentence `s`. An ordinal with a counter
/// ("第11个") is proposed with a note saying it gives a rank, not a count.
fn figure(text: &str, s: &Sentence, q: Quantity, before: Option<&Text>) -> Figure {
    let mut label = label(text, s.span.start, &q);
    if label.zh.is_empty() {
        label.zh = before.map_or_else(|| label.en.clone(), |b| b.zh.clone());
    }
    let mut end = q.span.end;
    let unit = match q.kind {
        QuantityKind::Number => match unit::latin(&text[end..]) {
            Some(letters) => {
                end += letters.len();
                Text::new(letters, letters)
            }
            None if super::label::english(text, &q) => Text::new("units", "units"),
            None => unit::counter_of(&label.zh).unwrap_or_else(|| Text::new("个", "units")),
        },
        // English counts name the noun counted ("500 outcomes") in English only.
        _ if q.unit.zh.is_empty() => Text::new(&q.unit.en, &q.unit.en),
        // A share lies in 0–100 (the format's rule); a percentage outside it,
        // or one that grew or fell, is a percent of change, not a share.
        _ if q.unit.en == "%" && (!within(&q.value, 0.0, 100.0) || super::label::is_change(&label.zh)) => {
            Text::new("%", "percent")
        }
        _ => q.unit.clone(),
    };
    if unit.en == "percent" && label.en == "Share (%)" {
        label.en = "Percent".to_owned();
    }
    if label.en.starts_with("Number") || label.en.starts_with("Amount") {
        label.en = super::label::plain_en(&Quantity { unit: unit.clone(), ..q.clone() });
    }
    let wording = text[q.span.start..end].to_owned();
    let note = match q.kind {
        QuantityKind::Ordinal => Some(Text::new(
            &format!("原文“{wording}”是序数，不是计数；只有序数意味着数量时才可作为数量。"),
            &format!("The article gives a rank (“{wording}”), not a count: use it as a count only if the rank implies one."),
        )),
        QuantityKind::Number if unit.zh == unit.en => Some(Text::new(
            &format!("单位“{}”照原文，请核实。", unit.zh),
            &format!("The unit “{}” is as printed: check what it means.", unit.en),
        )),
        QuantityKind::Number if unit.zh != "个" && unit.zh != "units" => Some(Text::new(
            &format!("原文没有量词；“{}”是按后面的名词推定的，请核实。", unit.zh),
            &format!("The article prints no counter; “{}” is proposed from the noun after it: check it.", unit.en),
        )),
        QuantityKind::Number => Some(Text::new(
            "原文没有单位，请核实它计数的是什么。",
            "The article prints no unit: check what the number counts.",
        )),
        _ => None,
    };
    Figure {
        id: String::new(),
        label,
        unit,
        value: q.value,
        wording,
        source: Source { paragraph: s.paragraph, sentence: text[s.span.clone()].to_owned() },
        tags: Tags::default(),
        derived: None,
        note,
        signed: !within(&q.value, 0.0, f64::INFINITY),
    }
}

/// Whether every number of `v` lies in `low..=high`.
fn within(v: &Value, low: f64, high: f64) -> bool {
    let ok = |x: f64| (low..=high).contains(&x);
    match v {
        Value::Point { value, .. } => ok(*value),
        Value::Range { low: l, high: h } => ok(l.value) && ok(h.value),
    }
}

/// Ids from the paragraph, the order in it and the unit: `p21_1_mu`.
fn number_figures(figures: &mut [Figure]) {
    let mut last = (0, 0);
    for f in figures.iter_mut() {
        let p = f.source.paragraph;
        last = if last.0 == p { (p, last.1 + 1) } else { (p, 1) };
        let unit = slug(&f.unit.en);
        f.id = if unit.is_empty() { format!("p{p}_{}", last.1) } else { format!("p{p}_{}_{unit}", last.1) };
    }
}

/// Ids of events: `p26_date_1`, dropping a second event on the same words.
fn number_events(mut events: Vec<Event>) -> Vec<Event> {
    events.dedup_by(|b, a| a.source == b.source && a.wording.contains(&b.wording));
    let mut last = (0, 0);
    for e in events.iter_mut() {
        let p = e.source.paragraph;
        last = if last.0 == p { (p, last.1 + 1) } else { (p, 1) };
        e.id = format!("p{p}_date_{}", last.1);
    }
    events
}

/// The event a date proposes, in the sentence that holds it.
fn event(text: &str, body: &[Sentence], d: &FoundDate) -> Option<Event> {
    let s = holding(body, d.span.start).filter(|s| s.span.end >= d.span.end)?;
    let sentence = &text[s.span.clone()];
    let within = d.span.start - s.span.start..d.span.end - s.span.start;
    Some(Event {
        id: String::new(),
        date: d.date.clone(),
        label: event_label(sentence, within, &d.date),
        wording: text[d.span.clone()].to_owned(),
        source: Source { paragraph: s.paragraph, sentence: sentence.to_owned() },
        tags: Tags::default(),
    })
}

/// What happened: the clause's words in Chinese and a plain English label
/// with the date; in English text, the clause's words in both.
fn event_label(sentence: &str, within: std::ops::Range<usize>, date: &str) -> Text {
    let words = events::what_happened(sentence, within);
    let han = sentence.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    Text::new(&words, &if han { events::plain_en(date) } else { words.clone() })
}

/// Group ids made unique by a number after a repeated one.
fn unique_groups(mut groups: Vec<story::Group>) -> Vec<story::Group> {
    let mut seen = std::collections::HashSet::new();
    for g in &mut groups {
        let base = g.id.clone();
        let mut n = 1;
        while !seen.insert(g.id.clone()) {
            n += 1;
            g.id = format!("{base}_{n}");
        }
    }
    groups
}

/// An id's part from an English unit: lowercase letters and digits, `_` between words.
pub(super) fn slug(s: &str) -> String {
    let words: Vec<String> = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    match s {
        "%" => "percent".to_owned(),
        _ => words.join("_"),
    }
}
