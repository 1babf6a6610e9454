//! The drafter on text it was not built with (issue 25: "We will also run it
//! on text you have not seen"): ten news passages in `tests/fixtures/unseen/`,
//! each with an answer key written before the drafter was run on it (the
//! fixture's README gives the format). Prints, per passage and overall, the
//! recall of value, qualifier, unit and sentence on the key's quantities,
//! the precision of the proposals, the same per qualifier, and the dates;
//! asserts the floors measured, so a regression fails
//! (`cargo test --test draft_unseen -- --nocapture`).
#![cfg(all(not(target_arch = "wasm32"), feature = "draft"))]

use std::collections::BTreeMap;
use std::ops::Range;

use newsfig::draft::{draft, read_quantities, Options};
use newsfig::story::{self, Story, Value};

mod draft_support;
use draft_support::{same, value};

macro_rules! passages {
    ($($name:literal),*) => {
        [$(($name, include_str!(concat!("fixtures/unseen/", $name, ".txt")),
            include_str!(concat!("fixtures/unseen/", $name, ".tsv")))),*]
    };
}

/// The first set: measured, then the drafter's general failures fixed.
const FIRST: [(&str, &str, &str); 10] = passages!(
    "01-economy",
    "02-agriculture",
    "03-education",
    "04-health",
    "05-transport",
    "06-environment",
    "07-science",
    "08-work-report",
    "09-trade-en",
    "10-erhai-en"
);

/// The second set, written and keyed after those fixes.
const SECOND: [(&str, &str, &str); 4] = passages!("11-housing", "12-tourism", "13-flood", "14-nev-en");

/// What a key row says the words are.
#[derive(Debug)]
enum Expect {
    /// A quantity: its value (qualifier included), its unit and qualifier name.
    Figure { value: Value, unit: String, qualifier: String },
    /// A date resolved against the publication date, or `None` for a period.
    Date(Option<String>),
    /// Neither required nor wrong to propose.
    Skip,
}

struct Row {
    paragraph: u32,
    words: String,
    place: Range<usize>,
    expect: Expect,
}

struct Passage {
    name: &'static str,
    paragraphs: Vec<&'static str>,
    date: String,
    english: bool,
    rows: Vec<Row>,
}

/// The n-th (from 0) place of `words` in `sentence` (or the paragraph).
fn place(para: &str, sentence: &str, words: &str, nth: usize) -> Option<Range<usize>> {
    let at = para.find(sentence)?;
    let (i, _) = para[at..at + sentence.len()].match_indices(words).nth(nth)?;
    Some(at + i..at + i + words.len())
}

fn parse(name: &'static str, text: &'static str, key: &str) -> Passage {
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let date = key
        .lines()
        .find_map(|l| l.strip_prefix("# published "))
        .unwrap_or_else(|| panic!("{name}: no publication date"))
        .trim()
        .to_owned();
    let rows = key
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert_eq!(c.len(), 6, "{name}: {l}");
            let paragraph: u32 = c[0].parse().unwrap();
            let (words, nth) = match c[1].split_once('#') {
                Some((w, n)) => (w, n.parse::<usize>().unwrap() - 1),
                None => (c[1], 0),
            };
            let para = paragraphs[paragraph as usize - 1];
            let place = place(para, para, words, nth).unwrap_or_else(|| panic!("{name}: {l}"));
            let expect = match (c[2], c[3]) {
                ("skip", _) => Expect::Skip,
                ("date", "period") => Expect::Date(None),
                ("date", d) => Expect::Date(Some(d.to_owned())),
                ("range", v) => {
                    Expect::Figure { value: value(v), unit: c[4].into(), qualifier: "range".into() }
                }
                (q, v) => {
                    let marks = [
                        ("exact", ""),
                        ("at_least", ">="),
                        ("at_most", "<="),
                        ("more_than", ">"),
                        ("less_than", "<"),
                        ("approx", "~"),
                        ("nearly", "≈"),
                    ];
                    let mark = marks.iter().find(|m| m.0 == q).unwrap_or_else(|| panic!("{name}: {l}")).1;
                    Expect::Figure {
                        value: value(&format!("{mark}{v}")),
                        unit: c[4].into(),
                        qualifier: q.into(),
                    }
                }
            };
            Row { paragraph, words: words.into(), place, expect }
        })
        .collect();
    Passage { name, paragraphs, date, english: name.ends_with("-en"), rows }
}

/// A qualifier's name for the tables, a range's as "range".
fn qualifier_name(v: &Value) -> &'static str {
    match v {
        Value::Point { qualifier, .. } => story::qualifier_name(*qualifier),
        Value::Range { .. } => "range",
    }
}

/// A value's qualifiers: a point's, or each end's of a range.
fn qualifiers(v: &Value) -> (story::Qualifier, Option<story::Qualifier>) {
    match *v {
        Value::Point { qualifier, .. } => (qualifier, None),
        Value::Range { low, high } => (low.qualifier, Some(high.qualifier)),
    }
}

fn same_numbers(a: &Value, b: &Value) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() <= y.abs().max(1e-300) * 1e-9;
    match (a, b) {
        (Value::Point { value: x, .. }, Value::Point { value: y, .. }) => close(*x, *y),
        (Value::Range { low: l, high: h }, Value::Range { low: m, high: i }) => {
            close(l.value, m.value) && close(h.value, i.value)
        }
        _ => false,
    }
}

fn pct(n: usize, of: usize) -> f64 {
    100.0 * n as f64 / of.max(1) as f64
}

/// The counts one passage adds to the tables.
#[derive(Default, Clone, Copy)]
struct Tally {
    expected: usize,
    found: usize,
    value: usize,
    qualifier: usize,
    unit: usize,
    sentence: usize,
    all: usize,
    reader: usize,
    proposals: usize,
    right: usize,
    dates: usize,
    dates_right: usize,
    events: usize,
    events_right: usize,
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.expected += o.expected;
        self.found += o.found;
        self.value += o.value;
        self.qualifier += o.qualifier;
        self.unit += o.unit;
        self.sentence += o.sentence;
        self.all += o.all;
        self.reader += o.reader;
        self.proposals += o.proposals;
        self.right += o.right;
        self.dates += o.dates;
        self.dates_right += o.dates_right;
        self.events += o.events;
        self.events_right += o.events_right;
    }
}

/// Per qualifier: expected, proposed with it, right (value and qualifier).
type ByQualifier = BTreeMap<String, (usize, usize, usize)>;

/// Where each proposal's words stand in its paragraph.
fn proposal_places(p: &Passage, items: &[(u32, &str, &str)]) -> Vec<(u32, Range<usize>)> {
    let mut seen: BTreeMap<(u32, &str, &str), usize> = BTreeMap::new();
    items
        .iter()
        .map(|&(para, sentence, words)| {
            let n = seen.entry((para, sentence, words)).or_insert(0);
            *n += 1;
            let text = p.paragraphs[para as usize - 1];
            let at = place(text, sentence, words, *n - 1)
                .unwrap_or_else(|| panic!("{}: {words:?} not in its sentence {sentence:?}", p.name));
            (para, at)
        })
        .collect()
}

fn overlaps(row: &Row, (para, r): &(u32, Range<usize>)) -> bool {
    row.paragraph == *para && row.place.start < r.end && r.start < row.place.end
}

fn measure(p: &Passage, by_q: &mut ByQualifier) -> Tally {
    let story: Story = draft(&p.paragraphs.join("\n\n"), &Options { date: p.date.clone() })
        .unwrap_or_else(|e| panic!("{}: {}", p.name, e.message()));
    assert_eq!(story::check(&story), vec![], "{}: the draft is valid", p.name);
    let figs: Vec<_> = story
        .figures
        .iter()
        .map(|f| (f.source.paragraph, f.source.sentence.as_str(), f.wording.as_str()))
        .collect();
    let got = proposal_places(p, &figs);
    let evs: Vec<_> = story
        .events
        .iter()
        .map(|e| (e.source.paragraph, e.source.sentence.as_str(), e.wording.as_str()))
        .collect();
    let got_events = proposal_places(p, &evs);
    let mut t = Tally::default();
    println!("\n== {} ({})", p.name, p.date);
    let mark = |b: bool| if b { "ok" } else { "WRONG" };
    for row in &p.rows {
        match &row.expect {
            Expect::Figure { value: want, unit, qualifier } => {
                t.expected += 1;
                by_q.entry(qualifier.clone()).or_default().0 += 1;
                // The reader alone: a quantity over the words, read right.
                let para = p.paragraphs[row.paragraph as usize - 1];
                let read = read_quantities(para).into_iter().any(|q| {
                    q.span.start < row.place.end && row.place.start < q.span.end && same(&q.value, want)
                });
                t.reader += read as usize;
                let Some(i) = got.iter().position(|g| overlaps(row, g)) else {
                    println!("  MISSING  {:<28} {qualifier} {unit}", row.words);
                    continue;
                };
                let f = &story.figures[i];
                let u = if p.english { &f.unit.en } else { &f.unit.zh };
                let ok = [
                    same_numbers(&f.value, want),
                    qualifiers(&f.value) == qualifiers(want),
                    u == unit,
                    f.source.sentence.contains(&row.words),
                ];
                t.found += 1;
                t.value += ok[0] as usize;
                t.qualifier += ok[1] as usize;
                t.unit += ok[2] as usize;
                t.sentence += ok[3] as usize;
                t.all += ok.iter().all(|b| *b) as usize;
                if !ok.iter().all(|b| *b) {
                    println!(
                        "  {:<28} as {:<24} value {} qual {} unit {} ({u:?} for {unit:?}) sentence {}",
                        row.words,
                        f.wording,
                        mark(ok[0]),
                        mark(ok[1]),
                        mark(ok[2]),
                        mark(ok[3])
                    );
                }
            }
            Expect::Date(Some(d)) => {
                t.dates += 1;
                match got_events.iter().position(|g| overlaps(row, g)).map(|i| &story.events[i]) {
                    Some(e) if &e.date == d => t.dates_right += 1,
                    Some(e) => println!("  date     {:<28} proposed {} for {d}", row.words, e.date),
                    None => println!("  date     {:<28} ({d}) not proposed", row.words),
                }
            }
            _ => {}
        }
    }
    // Precision: each proposal against the key's rows.
    let mut taken = vec![false; p.rows.len()];
    for (f, g) in story.figures.iter().zip(&got) {
        let hit = p
            .rows
            .iter()
            .enumerate()
            .find(|(i, r)| overlaps(r, g) && !(taken[*i] && matches!(r.expect, Expect::Figure { .. })));
        let name = qualifier_name(&f.value).to_owned();
        match hit {
            Some((_, Row { expect: Expect::Skip, .. })) => continue,
            Some((i, Row { expect: Expect::Figure { value: want, .. }, .. })) => {
                taken[i] = true;
                t.proposals += 1;
                t.right += 1;
                let row = by_q.entry(name).or_default();
                row.1 += 1;
                row.2 += same(&f.value, want) as usize;
            }
            _ => {
                t.proposals += 1;
                by_q.entry(name).or_default().1 += 1;
                println!("  NOT REAL {:<28} proposed as {:?} {}", f.wording, f.value, f.unit.zh);
            }
        }
    }
    for (e, g) in story.events.iter().zip(&got_events) {
        match p.rows.iter().find(|r| overlaps(r, g)).map(|r| &r.expect) {
            Some(Expect::Skip) => continue,
            Some(Expect::Date(None)) => t.events_right += 1,
            Some(Expect::Date(Some(d))) if *d == e.date => t.events_right += 1,
            _ => println!("  EVENT    {:<28} {} is not a date of the key", e.wording, e.date),
        }
        t.events += 1;
    }
    report(&t);
    t
}

fn report(t: &Tally) {
    let n = t.expected;
    println!(
        "  recall: found {:.1}%, value {:.1}%, qualifier {:.1}%, unit {:.1}%, sentence {:.1}%, all four {:.1}% ({}/{n}); reader alone {:.1}%",
        pct(t.found, n),
        pct(t.value, n),
        pct(t.qualifier, n),
        pct(t.unit, n),
        pct(t.sentence, n),
        pct(t.all, n),
        t.all,
        pct(t.reader, n),
    );
    println!(
        "  precision {}/{} = {:.1}%; dates {}/{} = {:.1}%, events right {}/{} = {:.1}%",
        t.right,
        t.proposals,
        pct(t.right, t.proposals),
        t.dates_right,
        t.dates,
        pct(t.dates_right, t.dates),
        t.events_right,
        t.events,
        pct(t.events_right, t.events)
    );
}

/// Measures a set of passages, prints its tables and returns its totals.
fn measure_set(name: &str, set: &[(&'static str, &'static str, &'static str)]) -> Tally {
    let mut total = Tally::default();
    let mut by_q = ByQualifier::new();
    for &(file, text, key) in set {
        total += measure(&parse(file, text, key), &mut by_q);
    }
    println!("\n== {name}: all {} passages", set.len());
    report(&total);
    println!("\n| qualifier | expected | found | right | precision | recall |\n|---|---|---|---|---|---|");
    for (q, (e, f, r)) in &by_q {
        println!("| {q} | {e} | {f} | {r} | {:.1}% | {:.1}% |", pct(*r, *f), pct(*r, *e));
    }
    total
}

/// Holds a set's totals to its floors, in percent: found, value, qualifier,
/// unit, sentence, precision, dates, events.
#[track_caller]
fn floors(t: &Tally, min: [f64; 8]) {
    let measured = [
        (t.found, t.expected, "found"),
        (t.value, t.expected, "value recall"),
        (t.qualifier, t.expected, "qualifier recall"),
        (t.unit, t.expected, "unit recall"),
        (t.sentence, t.expected, "sentence recall"),
        (t.right, t.proposals, "precision"),
        (t.dates_right, t.dates, "date recall"),
        (t.events_right, t.events, "event precision"),
    ];
    for ((k, of, what), min) in measured.into_iter().zip(min) {
        assert!(pct(k, of) >= min, "{what}: {k}/{of} = {:.1}% under the floor {min}%", pct(k, of));
    }
}

/// The floors: the measurements recorded in docs/drafting.md, less a point
/// or two, so a regression fails and a small change of a key does not.
#[test]
fn the_drafter_on_passages_it_was_not_built_with() {
    let t = measure_set("first set", &FIRST);
    // Before the fixes: found 94.7%, value 92.1%, qualifier 90.5%, unit
    // 80.5%, sentence 94.2%, precision 98.9%, dates 76.5%, events 94.4%.
    floors(&t, [98.0, 98.0, 97.0, 93.0, 98.0, 98.0, 94.0, 91.0]);
}

#[test]
fn the_drafter_on_passages_written_after_the_fixes() {
    let t = measure_set("second set", &SECOND);
    // First run: found 100%, value 98.4%, qualifier 100%, unit 86.9%,
    // sentence 100%, precision 93.8%, dates 83.3%, events 100%.
    floors(&t, [97.0, 97.0, 97.0, 91.0, 97.0, 96.0, 83.0, 87.0]);
}

/// A paragraph may open with 记者 ("记者从省统计局获悉"): it is drafted; a
/// byline ("记者 张三") is not.
#[test]
fn a_paragraph_opening_with_the_reporter_is_drafted_and_a_byline_is_not() {
    let text =
        "标题\n\n记者 张三 通讯员 李四 2人\n\n记者从市统计局获悉，今年全市粮食产量达到120万吨，为历年最高。";
    let story = draft(text, &Options { date: "2024-10-22".into() }).unwrap();
    let words: Vec<&str> = story.figures.iter().map(|f| f.wording.as_str()).collect();
    assert_eq!(words, ["120万吨"]);
}
