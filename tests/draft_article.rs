//! The drafter measured on the built-in article (issue 25, item 4): its
//! proposals against the built-in story's stated figures (recall of value,
//! qualifier, unit and sentence) and against the article's real quantities
//! (`tests/fixtures/article-quantities.tsv`, precision of every proposal);
//! its dates against the built-in story's events. The figures are printed
//! (`cargo test --test draft_article -- --nocapture`) and the goals asserted.
#![cfg(all(not(target_arch = "wasm32"), feature = "draft"))]

use std::collections::HashMap;
use std::ops::Range;

use newsfig::draft::{draft, Options};
use newsfig::story::{self, Bound, Qualifier, Story, Value};

const ARTICLE: &str = include_str!("fixtures/article.txt");
const REAL: &str = include_str!("fixtures/article-quantities.tsv");
const DATE: &str = "2022-04-27";

fn drafted() -> Story {
    draft(ARTICLE, &Options { date: DATE.into() }).expect("the article drafts")
}

/// The non-blank lines, the title being paragraph 1 (the format's rule).
fn paragraphs() -> Vec<&'static str> {
    ARTICLE.lines().filter(|l| !l.trim().is_empty()).collect()
}

/// Where words stand in their paragraph: the `nth` time they occur in
/// `sentence` (or in the paragraph when no sentence is given).
fn place(paragraph: u32, sentence: &str, words: &str, nth: usize) -> Range<usize> {
    let para = paragraphs()[paragraph as usize - 1];
    let at =
        para.find(sentence).unwrap_or_else(|| panic!("sentence not in paragraph {paragraph}: {sentence}"));
    let within = &para[at..at + sentence.len()];
    let (i, _) = within
        .match_indices(words)
        .nth(nth)
        .unwrap_or_else(|| panic!("{words:?} not {} times in paragraph {paragraph}", nth + 1));
    at + i..at + i + words.len()
}

/// Each item's place, counting repeated words in one sentence in order.
fn places<'a>(items: impl Iterator<Item = (u32, &'a str, &'a str)>) -> Vec<(u32, Range<usize>)> {
    let mut seen: HashMap<(u32, &str, &str), usize> = HashMap::new();
    items
        .map(|(p, sentence, words)| {
            let n = seen.entry((p, sentence, words)).or_insert(0);
            *n += 1;
            (p, place(p, sentence, words, *n - 1))
        })
        .collect()
}

fn overlap(a: &(u32, Range<usize>), b: &(u32, Range<usize>)) -> bool {
    a.0 == b.0 && a.1.start < b.1.end && b.1.start < a.1.end
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= b.abs() * 1e-9
}

fn same_numbers(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Point { value: x, .. }, Value::Point { value: y, .. }) => close(*x, *y),
        (Value::Range { low: l, high: h }, Value::Range { low: m, high: i }) => {
            close(l.value, m.value) && close(h.value, i.value)
        }
        _ => false,
    }
}

fn qualifiers(v: &Value) -> (Qualifier, Option<Qualifier>) {
    match *v {
        Value::Point { qualifier, .. } => (qualifier, None),
        Value::Range { low: Bound { qualifier: l, .. }, high: Bound { qualifier: h, .. } } => (l, Some(h)),
    }
}

/// A qualifier's name for the tables, a range's as "range".
fn qualifier_name(v: &Value) -> &'static str {
    match v {
        Value::Point { qualifier, .. } => story::qualifier_name(*qualifier),
        Value::Range { .. } => "range",
    }
}

fn pct(n: usize, of: usize) -> f64 {
    100.0 * n as f64 / of.max(1) as f64
}

#[test]
fn recall_and_precision_on_the_built_in_article() {
    let builtin = story::builtin().unwrap();
    let draft = drafted();
    let stated: Vec<_> = builtin.figures.iter().filter(|f| f.derived.is_none()).collect();
    let want =
        places(stated.iter().map(|f| (f.source.paragraph, f.source.sentence.as_str(), f.wording.as_str())));
    let got = places(
        draft.figures.iter().map(|f| (f.source.paragraph, f.source.sentence.as_str(), f.wording.as_str())),
    );
    let (mut found, mut value, mut qualifier, mut unit, mut sentence, mut all) = (0, 0, 0, 0, 0, 0);
    let mut by_qualifier: HashMap<&str, (usize, usize)> = HashMap::new();
    println!("{:<32} {:<28} {:<22} value qual unit sentence", "built-in figure", "its words", "proposal");
    for (f, w) in stated.iter().zip(&want) {
        let hit = got.iter().position(|g| overlap(g, w)).map(|i| &draft.figures[i]);
        let row = by_qualifier.entry(qualifier_name(&f.value)).or_default();
        row.1 += 1;
        let Some(p) = hit else {
            println!("{:<32} {:<28} MISSING", f.id, f.wording);
            continue;
        };
        let ok = [
            same_numbers(&p.value, &f.value),
            qualifiers(&p.value) == qualifiers(&f.value),
            p.unit.zh == f.unit.zh,
            p.source == f.source,
        ];
        found += 1;
        value += ok[0] as usize;
        qualifier += ok[1] as usize;
        unit += ok[2] as usize;
        sentence += ok[3] as usize;
        all += ok.iter().all(|x| *x) as usize;
        row.0 += ok.iter().all(|x| *x) as usize;
        let mark = |b: bool| if b { "ok" } else { "WRONG" };
        println!(
            "{:<32} {:<28} {:<22} {:<5} {:<4} {:<4} {}",
            f.id,
            f.wording,
            p.wording,
            mark(ok[0]),
            mark(ok[1]),
            mark(ok[2]),
            mark(ok[3])
        );
    }
    let n = stated.len();
    println!("\nrecall on the built-in story's {n} stated figures:");
    for (name, k) in [
        ("found", found),
        ("value", value),
        ("qualifier", qualifier),
        ("unit", unit),
        ("sentence", sentence),
        ("all four", all),
    ] {
        println!("  {name:<10} {k}/{n} = {:.1}%", pct(k, n));
    }
    let mut rows: Vec<_> = by_qualifier.into_iter().collect();
    rows.sort();
    for (q, (k, of)) in rows {
        println!("  qualifier {q:<10} all four right {k}/{of}");
    }

    // Precision: every proposal against the article's real quantities.
    let real = real_quantities();
    let mut taken = vec![false; real.len()];
    let mut right = 0;
    for (f, g) in draft.figures.iter().zip(&got) {
        match real.iter().enumerate().position(|(i, r)| !taken[i] && overlap(r, g)) {
            Some(i) => {
                taken[i] = true;
                right += 1;
            }
            None => {
                println!("  not a real quantity: {} {:?} (paragraph {})", f.id, f.wording, f.source.paragraph)
            }
        }
    }
    let proposals = draft.figures.len();
    println!(
        "precision: {right}/{proposals} = {:.1}% of the proposals are real quantities",
        pct(right, proposals)
    );
    let missed: Vec<_> = real.iter().zip(&taken).filter(|(_, t)| !**t).map(|(r, _)| r).collect();
    println!("real quantities not proposed: {}/{}: {missed:?}", missed.len(), real.len());

    assert!(pct(found, n) >= 95.0, "found {found}/{n}");
    assert!(pct(value, n) >= 95.0, "value recall {value}/{n}");
    assert!(pct(qualifier, n) >= 95.0, "qualifier recall {qualifier}/{n}");
    assert!(pct(unit, n) >= 95.0, "unit recall {unit}/{n}");
    assert!(pct(sentence, n) >= 95.0, "sentence recall {sentence}/{n}");
    assert!(pct(right, proposals) >= 85.0, "precision {right}/{proposals}");
}

/// The real quantities listed in the fixture, with their places.
fn real_quantities() -> Vec<(u32, Range<usize>)> {
    let paras = paragraphs();
    REAL.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let p: u32 = cols.next().unwrap().parse().unwrap();
            let words = cols.next().unwrap();
            let (words, nth) = match words.split_once('#') {
                Some((w, n)) => (w, n.parse::<usize>().unwrap() - 1),
                None => (words, 0),
            };
            (p, place(p, paras[p as usize - 1], words, nth))
        })
        .collect()
}

#[test]
fn dates_against_the_built_in_events() {
    let builtin = story::builtin().unwrap();
    let draft = drafted();
    let want = places(
        builtin.events.iter().map(|e| (e.source.paragraph, e.source.sentence.as_str(), e.wording.as_str())),
    );
    let got = places(
        draft.events.iter().map(|e| (e.source.paragraph, e.source.sentence.as_str(), e.wording.as_str())),
    );
    let mut right = 0;
    for (e, w) in builtin.events.iter().zip(&want) {
        match got.iter().position(|g| overlap(g, w)).map(|i| &draft.events[i]) {
            Some(p) if p.date == e.date => right += 1,
            Some(p) => println!("  {} {:?}: proposed {} for {}", e.id, e.wording, p.date, e.date),
            None => println!("  {} {:?} ({}): not proposed", e.id, e.wording, e.date),
        }
    }
    let matched = got.iter().filter(|g| want.iter().any(|w| overlap(g, w))).count();
    let (n, m) = (builtin.events.len(), draft.events.len());
    println!(
        "events: recall {right}/{n} = {:.1}% (right date), precision {matched}/{m} = {:.1}%",
        pct(right, n),
        pct(matched, m)
    );
    assert!(pct(right, n) >= 90.0, "event recall {right}/{n}");
    assert!(pct(matched, m) >= 85.0, "event precision {matched}/{m}");
}

#[test]
fn the_draft_is_a_valid_story_with_stable_ids() {
    let draft = drafted();
    assert_eq!(story::check(&draft), vec![]);
    let json = serde_json::to_string(&draft).unwrap();
    assert_eq!(story::from_json(&json).unwrap(), draft, "the JSON reads back strictly");
    assert_eq!(drafted(), draft, "the same text drafts the same story");
    let paras = paragraphs();
    for f in &draft.figures {
        assert!(f.id.starts_with(&format!("p{}_", f.source.paragraph)), "{}: id names its paragraph", f.id);
        assert!(paras[f.source.paragraph as usize - 1].contains(&f.source.sentence), "{}: sentence", f.id);
        assert!(f.source.sentence.contains(&f.wording), "{}: wording {:?} in its sentence", f.id, f.wording);
        assert!(!f.label.zh.is_empty() && !f.label.en.is_empty(), "{}: a label to correct", f.id);
    }
    assert!(draft.groups.iter().any(|g| g.id == "timeline"));
    assert!(
        draft.groups.iter().any(|g| g.kind == story::ChartKind::Bars && g.items.len() == 3),
        "the devices"
    );
}

#[test]
fn names_are_not_proposed_and_ordinals_are_flagged() {
    let draft = drafted();
    for name in ["12大基地", "四梁八柱", "60后", "80后", "三年", "五个", "第一", "十年"] {
        assert!(!draft.figures.iter().any(|f| f.wording.contains(name)), "{name} proposed as a figure");
    }
    let ordinal = draft.figures.iter().find(|f| f.wording == "第11个").expect("第11个 proposed, flagged");
    assert!(ordinal.note.as_ref().is_some_and(|n| n.en.contains("rank")), "the ordinal's note");
    assert!(draft.groups.iter().all(|g| g.items.iter().all(|i| i.id != ordinal.id)), "no chart counts it");
}

/// Any part of the article drafts without a panic, and every draft is valid.
#[test]
fn every_prefix_of_the_article_drafts_a_valid_story_or_says_why() {
    let cuts: Vec<usize> = ARTICLE.char_indices().map(|(i, _)| i).step_by(97).collect();
    for &end in &cuts {
        for start in [0, end / 2] {
            let start = (start..=end).find(|i| ARTICLE.is_char_boundary(*i)).unwrap();
            match draft(&ARTICLE[start..end], &Options { date: DATE.into() }) {
                Ok(story) => assert_eq!(story::check(&story), vec![], "{start}..{end}"),
                Err(e) => assert_eq!(e.path, "text", "{start}..{end}: {}", e.message()),
            }
        }
    }
}

#[test]
fn a_bad_date_names_the_option() {
    for date in ["", "2022-13-01", "27.04.2022", "2022-04"] {
        let e = draft(ARTICLE, &Options { date: date.into() }).unwrap_err();
        assert_eq!(e.path, "date", "{date:?}");
    }
    let e = draft("没有数字的文章。", &Options { date: DATE.into() }).unwrap_err();
    assert_eq!(e.path, "text");
}

/// Readers do not pay for the drafter: no product a reader downloads is
/// built with it, and no feature they are built with pulls it in.
#[test]
fn the_widget_products_leave_the_drafter_out() {
    let cargo = include_str!("../Cargo.toml");
    let products = cargo.split("\n[package.metadata.newsfig.products]").nth(1).unwrap();
    let products = products.split("\n[").next().unwrap();
    let line = |name: &str| {
        products
            .lines()
            .find(|l| l.starts_with(&format!("{name} =")))
            .unwrap_or_else(|| panic!("{name}"))
            .to_owned()
    };
    for widget in ["newsfig", "newsfig_bars"] {
        assert!(!line(widget).contains("draft"), "{widget}: {}", line(widget));
    }
    assert!(line("newsfig_tools").contains("\"draft\""));
    let features = cargo.split("\n[features]").nth(1).unwrap().split("\n[").next().unwrap();
    for f in ["explorer", "kinds", "headline", "range", "share", "composition", "timeline", "tools"] {
        let l = features.lines().find(|l| l.starts_with(&format!("{f} ="))).unwrap();
        assert!(!l.contains("draft"), "feature {f} pulls the drafter in: {l}");
    }
}
