//! Reader tools as pure code: table rows, CSV, generated summaries, embed snippets.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::describe::summary;
use newsfig::embed::snippets;
use newsfig::state::View;
use newsfig::table::{csv, rows};
use newsfig::{story, Lang};

#[test]
fn table_rows_keep_qualifiers_wording_derivation_and_source() {
    let s = story::builtin().unwrap();
    let g = s.group("luodangshen_acreage").unwrap();
    let r = rows(&s, g, Lang::En, &|_| true);
    assert_eq!(r.len(), 3);
    assert_eq!(r[2].value, "more than 359,000 mu");
    assert!(r[2].derived.as_deref().unwrap().contains("× 10"));
    assert_eq!(r[0].wording, "3.59万亩");
    assert_eq!(r[0].paragraph, 21);
    let only_first = rows(&s, g, Lang::En, &|i| i == 0);
    assert_eq!(only_first.len(), 1);
}

#[test]
fn csv_has_a_bom_qualifier_columns_and_quotes_what_needs_quoting() {
    let s = story::builtin().unwrap();
    let text = csv(&s, s.group("cooperation_at_a_glance").unwrap(), Lang::Zh, &|_| true);
    assert!(text.starts_with('\u{feff}'), "BOM for Excel");
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0]
        .starts_with("id,label,qualifier,value,low,low_qualifier,high,high_qualifier,unit,in_words,wording"));
    assert_eq!(lines.len(), 5, "header, three rows, and the empty string after the last CRLF");
    assert!(lines[2].starts_with("cooperation_outcomes,合作成果,more_than,500,"), "{}", lines[2]);
    assert!(lines[2].contains(",500余项,500余项,"));
    // The sentence holds commas, so it is quoted; the note after it is empty.
    assert!(lines[1].ends_with("\"省委、省政府作出关于深化省校合作的战略决策部署以来,长治进一步强化党管人才,突出“人才+项目”导向,积极走出去、请进来,持续深化与国内知名高校、科研院所的合作,与省内外106所高校达成500余项合作成果,集聚了一大批科技行业领军人才和创新团队,促进人才链与创新链、产业链有机衔接,让科技成果从“书架”走向“货架”。\","));
    let ranges = csv(&s, s.group("luodangshen_returns").unwrap(), Lang::En, &|_| true);
    assert!(ranges.contains("luodangshen_return_before,Before,range,,8000,exact,10000,exact,yuan per mu,"));
    let events = csv(&s, s.group("timeline").unwrap(), Lang::En, &|_| true);
    assert!(events.contains(",date,") && events.contains(",2021-10,"));
}

#[test]
fn highlights_and_annotations_are_said_in_words() {
    let s = story::builtin().unwrap();
    let acreage = s.group("luodangshen_acreage").unwrap();
    // The description: the highlighted mark says so, the annotated one carries its note.
    let en = summary(&s, "luodangshen_acreage", Lang::En).unwrap();
    assert!(en.contains("Changzhi: 35,900 mu (Highlighted)"), "{en}");
    assert!(en.contains("(Note: Changzhi has under a tenth of this)"), "{en}");
    let zh = summary(&s, "luodangshen_acreage", Lang::Zh).unwrap();
    assert!(zh.contains("长治市：3.59万亩（突出显示）"), "{zh}");
    assert!(zh.contains("（注：长治“不到甘肃定西市的1/10”）"), "{zh}");
    let returns = summary(&s, "luodangshen_returns", Lang::En).unwrap();
    assert!(returns.contains("50,000–100,000 yuan per mu (Note: The stated aim, not a result)"), "{returns}");
    // The tooltip: after the value, and in the announcement.
    let t = newsfig::describe::item_tooltip(&s, "luodangshen_acreage", 2, Lang::En).unwrap();
    assert_eq!(t.lines()[1], "more than 359,000 mu. Note: Changzhi has under a tenth of this.");
    assert!(t.announcement().contains("Note: Changzhi has under a tenth of this."), "{}", t.announcement());
    let t = newsfig::describe::item_tooltip(&s, "luodangshen_acreage", 0, Lang::Zh).unwrap();
    assert_eq!(t.lines()[1], "3.59万亩。突出显示。");
    let plain = newsfig::describe::item_tooltip(&s, "luodangshen_acreage", 1, Lang::En).unwrap();
    assert_eq!(plain.lines()[1], plain.value, "no note, no change");
    // The table's note column and the CSV's last column.
    let rows = newsfig::table::rows(&s, acreage, Lang::En, &|_| true);
    let notes: Vec<&str> = rows.iter().map(|r| r.note.as_str()).collect();
    assert_eq!(notes, ["Highlighted.", "", "Note: Changzhi has under a tenth of this."]);
    assert_eq!(newsfig::table::headings(Lang::Zh)[3], "注");
    let text = csv(&s, acreage, Lang::Zh, &|_| true);
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].ends_with(",sentence,note"), "{}", lines[0]);
    assert!(lines[1].ends_with(",突出显示。"), "{}", lines[1]);
    assert!(lines[2].ends_with("。\","), "{}", lines[2]);
    assert!(lines[3].ends_with(",注：长治“不到甘肃定西市的1/10”。"), "{}", lines[3]);
}

#[test]
fn summaries_state_qualifiers_and_derivations_in_words() {
    let s = story::builtin().unwrap();
    let en = summary(&s, "cooperation_at_a_glance", Lang::En).unwrap();
    assert!(en.starts_with("Key figures: Changzhi and 106 universities"), "{en}");
    assert!(en.contains("Cooperation outcomes: more than 500 outcomes"));
    assert!(en.ends_with("Source: Shanxi Daily, 27 April 2022."));
    let returns = summary(&s, "luodangshen_returns", Lang::En).unwrap();
    assert!(
        returns.contains("Before: 8,000–10,000 yuan per mu; Forest-grown (aim): 50,000–100,000 yuan per mu"),
        "{returns}"
    );
    assert!(
        returns.contains("Times the old return: 5–12.5 times (derived: At least 50,000 ÷ 10,000 = 5 times"),
        "{returns}"
    );
    // "94%以上" includes 94% (Civil Code art. 1259): the reading table writes it so.
    let zh = summary(&s, "pv_glass", Lang::Zh).unwrap();
    assert!(zh.contains("透光率：94%以上"), "{zh}");
    assert!(summary(&s, "nope", Lang::Zh).is_none());
    for g in &s.groups {
        for lang in [Lang::Zh, Lang::En] {
            assert!(summary(&s, &g.id, lang).unwrap().len() > 40, "{} {lang:?}", g.id);
        }
    }
}

#[test]
fn snippets_carry_the_view_and_escape_what_they_quote() {
    let s = story::builtin().unwrap();
    let mut v = View::new(&s, Lang::En);
    v.group = "shares".into();
    v.filters[0] = Some("photovoltaics".into());
    let [script, iframe] = snippets("https://example.org/newsfig/", &v, "Shares \"90%\" <b>", 420, false);
    assert!(script
        .starts_with("<script type=\"module\" src=\"https://example.org/newsfig/newsfig.js\"></script>"));
    assert!(script.contains("<news-fig data-group=\"shares\" data-lang=\"en\" data-theme=\"auto\" data-height=\"420\" data-sector=\"photovoltaics\">"));
    assert!(script.contains("<noscript><img src=\"https://example.org/newsfig/static/shares.en.svg\" alt=\"Shares &quot;90%&quot; &lt;b&gt;\""));
    assert!(iframe.contains("embed.html?group=shares&amp;lang=en&amp;sector=photovoltaics"));
    assert!(iframe.contains("height=\"420\"") && iframe.contains("embed-host.js"));
    assert!(
        !script.contains("style=") && !iframe.contains("style="),
        "no inline styles for strict CSP hosts"
    );
    assert!(!script.contains("data-build") && !iframe.contains("bars"), "the full build for shares");
}

#[test]
fn a_bar_charts_snippets_ask_for_the_bars_only_build() {
    let s = story::builtin().unwrap();
    let mut v = View::new(&s, Lang::Zh);
    v.group = "luodangshen_acreage".into();
    let [script, iframe] = snippets("/", &v, "党参", 400, true);
    assert!(script.contains("data-height=\"400\" data-build=\"bars\">"), "{script}");
    assert!(iframe.contains("src=\"/embed-bars.html?group=luodangshen_acreage&amp;lang=zh\""), "{iframe}");
}
