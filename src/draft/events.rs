//! Dates in the text as the story's events, resolved against the
//! publication date as the story format says: in an article of April 2022,
//! "去年10月" is 2021-10, "今年3月" 2022-03, "3月25日" 2022-03-25 (a date
//! without a year is in the publication's year) and "去年秋天" 2021, since a
//! season names no month. The reader finds the dates with numbers; the
//! seasons and parts of a year, which have none, are found here.

mod english;

use std::ops::Range;

use crate::story::{read_number, Amount, Lang};

/// Words for a year counted from the publication's, and how far.
const RELATIVE: [(&str, i32); 6] =
    [("前年", -2), ("去年", -1), ("上年", -1), ("今年", 0), ("本年", 0), ("明年", 1)];

/// Parts of a year that name no month ("去年秋天" is a year's event).
/// 底, 初 and 末 right after a relative year are its end or start ("去年底").
const SEASONS: [&str; 15] = [
    "春天",
    "夏天",
    "秋天",
    "冬天",
    "春季",
    "夏季",
    "秋季",
    "冬季",
    "年初",
    "年底",
    "年末",
    "下半年",
    "底",
    "初",
    "末",
];

/// Parts of a month that name no day: the date stays the month's.
const PARTS: [&str; 6] = ["上旬", "中旬", "下旬", "初", "底", "末"];

/// A date found in the text: its words (span) and its resolved date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    /// The exact words, with a relative year before and 份/度 after ("去年10月份").
    pub span: Range<usize>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the words.
    pub date: String,
}

/// The publication date's year, month and day from `YYYY-MM-DD`.
pub fn ymd(date: &str) -> Option<(i32, u32, u32)> {
    let mut parts = date.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    Some((y, m, d))
}

/// The date a reader's Date quantity at `span` of `text` names, in an
/// article published in `year`; `None` for a class year ("2020届"), an
/// attribute ("四月的太行山") or words that are not a calendar date.
pub fn resolve(text: &str, span: Range<usize>, year: i32) -> Option<FoundDate> {
    let words = &text[span.clone()];
    if words.ends_with(['届', '级']) {
        return None;
    }
    if let Some(iso) = iso(words) {
        return Some(FoundDate { span, date: iso });
    }
    if words.is_ascii() {
        return english::date(text, span, year);
    }
    let (mut y, mut m, mut d) = (None, None, None);
    let mut rest = words;
    while let Some((amount, len)) = read_number(rest, Lang::Zh) {
        let Amount::Point(end) = amount else { return None };
        let n = end.value;
        if n.fract() != 0.0 || n < 0.0 {
            return None;
        }
        let after = &rest[len..];
        let c = after.chars().next()?;
        match c {
            '年' => y = Some(n as i32),
            '月' => m = Some(n as u32),
            '日' | '号' => d = Some(n as u32),
            _ => return None,
        }
        rest = &after[c.len_utf8()..];
    }
    let mut start = span.start;
    let mut end = span.end;
    let before = &text[..start];
    if let Some((w, shift)) = RELATIVE.iter().find(|(w, _)| before.ends_with(w)).filter(|_| y.is_none()) {
        start -= w.len();
        y = Some(year + shift);
    }
    let tail = &text[end..];
    if (m.is_some() && d.is_none() && tail.starts_with('份')) || (m.is_none() && tail.starts_with('度')) {
        end += '份'.len_utf8();
    }
    // "6月底", "3月中旬": a part of the month, as precise as the month.
    if let Some(part) = PARTS.iter().find(|p| m.is_some() && d.is_none() && text[end..].starts_with(**p)) {
        end += part.len();
    }
    if text[end..].starts_with('的') {
        return None;
    }
    let date = calendar(y.unwrap_or(year), m, d)?;
    Some(FoundDate { span: start..end, date })
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from what the words give, if it is a real date.
fn calendar(y: i32, m: Option<u32>, d: Option<u32>) -> Option<String> {
    let date = match (m, d) {
        (None, None) => format!("{y:04}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (None, Some(_)) => return None,
    };
    crate::story::valid_date(&date).then_some(date)
}

/// "2022-04-27" or "2022-04" as written.
fn iso(words: &str) -> Option<String> {
    let ok = matches!(words.len(), 7 | 10) && words.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    ok.then(|| words.to_owned()).filter(|w| crate::story::valid_date(w))
}

/// Seasons and parts of a relative year ("去年秋天", "今年年底"): dates with
/// no number, which the reader leaves alone.
pub fn seasons(text: &str, year: i32) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for (word, shift) in RELATIVE {
        for (at, _) in text.match_indices(word) {
            let rest = &text[at + word.len()..];
            if let Some(season) = SEASONS.iter().find(|s| rest.starts_with(**s)) {
                let span = at..at + word.len() + season.len();
                out.push(FoundDate { span, date: format!("{:04}", year + shift) });
            }
        }
    }
    out.extend(english::relative_months(text, year));
    out.sort_by_key(|d| d.span.start);
    out
}

/// What happened, in Chinese: the clause that holds the date, less the
/// date's words; or, when the date stands alone before a comma ("去年12月,
/// 长治市组织…"), the clause after it.
pub fn what_happened(sentence: &str, date: Range<usize>) -> String {
    let start = last_stop(&sentence[..date.start]).map_or(0, |i| i + char_len(sentence, i));
    let end = first_stop(&sentence[date.end..]).map_or(sentence.len(), |i| date.end + i);
    let mut words = format!("{}{}", &sentence[start..date.start], &sentence[date.end..end]);
    if words.trim().chars().count() < 3 && end < sentence.len() {
        let next = &sentence[end + char_len(sentence, end)..];
        words = next[..first_stop(next).unwrap_or(next.len())].to_owned();
    }
    let words = shorten(words.trim());
    if words.is_empty() {
        sentence[date].to_owned()
    } else {
        words
    }
}

/// At most 40 characters: cut after the last 、 or 和 before them ("…镀膜涂层…"),
/// with an ellipsis, rather than inside a word.
fn shorten(words: &str) -> String {
    const MAX: usize = 40;
    if words.chars().count() <= MAX {
        return words.to_owned();
    }
    let head: String = words.chars().take(MAX).collect();
    let cut = head.rfind(['、', '和', ' ']).filter(|i| *i > head.len() / 2).unwrap_or(head.len());
    format!("{}…", &head[..cut])
}

/// Where a clause ends in `s`: a stop, but not a separator or point
/// between digits ("8,000" and "8.5" go on).
fn stops(s: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
    s.char_indices().filter_map(move |(i, c)| {
        let digit_before = s[..i].ends_with(|d: char| d.is_ascii_digit());
        let digit_after = s[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
        let number = ",.".contains(c) && digit_before && digit_after;
        ("，；：。！？,;:.!?".contains(c) && !number).then_some(i)
    })
}

fn first_stop(s: &str) -> Option<usize> {
    stops(s).next()
}

fn last_stop(s: &str) -> Option<usize> {
    stops(s).next_back()
}

fn char_len(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(1, char::len_utf8)
}

/// The plain English label of an event on `date`: "Event, October 2021",
/// the date as the widget writes it.
pub fn plain_en(date: &str) -> String {
    format!("Event, {}", crate::render::format_date(date, crate::story::Lang::En))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, words: &str) -> Option<(String, String)> {
        let i = text.find(words).unwrap();
        resolve(text, i..i + words.len(), 2022).map(|d| (text[d.span].to_owned(), d.date))
    }

    #[test]
    fn relative_dates_resolve_against_the_publication_year() {
        let pair = |w: &str, d: &str| Some((w.to_owned(), d.to_owned()));
        assert_eq!(at("去年10月份,山西", "10月"), pair("去年10月份", "2021-10"));
        assert_eq!(at("今年3月,省科技厅", "3月"), pair("今年3月", "2022-03"));
        assert_eq!(at("3月25日,长治市", "3月25日"), pair("3月25日", "2022-03-25"));
        assert_eq!(at("列入了2022年度山西省", "2022年"), pair("2022年度", "2022"));
        assert_eq!(at("2019年3月5日", "2019年3月5日"), pair("2019年3月5日", "2019-03-05"));
        assert_eq!(at("截至去年6月底,全省", "6月"), pair("去年6月底", "2021-06"));
        assert_eq!(at("四月的太行山", "四月"), None);
        assert_eq!(at("2020届学生", "2020届"), None);
    }

    #[test]
    fn a_season_is_its_year() {
        let text = "在推进中,去年秋天,公司与院士牵手;今年年底完工。";
        let found: Vec<_> =
            seasons(text, 2022).into_iter().map(|d| (text[d.span].to_owned(), d.date)).collect();
        assert_eq!(
            found,
            [("去年秋天".to_owned(), "2021".to_owned()), ("今年年底".to_owned(), "2022".to_owned())]
        );
        let text = "Last October, returns rose; this March they fell. The last one.";
        let found: Vec<_> =
            seasons(text, 2022).into_iter().map(|d| (text[d.span].to_owned(), d.date)).collect();
        let want = [("Last October", "2021-10"), ("this March", "2022-03")]
            .map(|(a, b)| (a.to_owned(), b.to_owned()));
        assert_eq!(found, want);
        // A relative year's end or start without 年, and a bare month named in full.
        let text = "到明年初建成,前年末立项。In May, output rose; in March 2020 and in Marchetti's; by the end of June.";
        let found: Vec<_> =
            seasons(text, 2022).into_iter().map(|d| (text[d.span].to_owned(), d.date)).collect();
        let want =
            [("明年初", "2023"), ("前年末", "2020"), ("In May", "2022-05"), ("end of June", "2022-06")]
                .map(|(a, b)| (a.to_owned(), b.to_owned()));
        assert_eq!(found, want);
    }

    #[test]
    fn english_dates_resolve_too() {
        let pair = |w: &str, d: &str| Some((w.to_owned(), d.to_owned()));
        assert_eq!(
            at("It opened on March 25, 2021.", "March 25, 2021"),
            pair("March 25, 2021", "2021-03-25")
        );
        assert_eq!(at("It opened on 25 March.", "25 March"), pair("25 March", "2022-03-25"));
        assert_eq!(at("Sales fell in 2021.", "2021"), pair("2021", "2021"));
        assert_eq!(plain_en("2021"), "Event, 2021");
    }

    #[test]
    fn an_event_is_what_its_clause_says() {
        let s = "去年12月,长治市组织相关企事业单位,赴武汉开展活动。";
        assert_eq!(what_happened(s, 0..s.find(',').unwrap()), "长治市组织相关企事业单位");
        let s = "这是朱有勇院士去年11月份带领团队到平顺县考察时讲得最多的一句话。";
        let d = s.find("去年").unwrap()..s.find("带领").unwrap();
        assert_eq!(what_happened(s, d), "这是朱有勇院士带领团队到平顺县考察时讲得最多的一句话");
        assert_eq!(plain_en("2021-10"), "Event, October 2021");
        let long =
            "山西日盛达公司与武汉理工大学就光伏玻璃工艺流程设计仿真技术、薄膜材料镀膜涂层、玻璃透光率提升";
        assert_eq!(
            shorten(long),
            "山西日盛达公司与武汉理工大学就光伏玻璃工艺流程设计仿真技术、薄膜材料镀膜涂层…"
        );
        assert_eq!(plain_en("2022-03-25"), "Event, 25 March 2022");
    }
}
