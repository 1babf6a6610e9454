//! English dates: a month's name with a day or a year ("March 25", "25
//! March 2022"), and a month of a relative year ("last October").

use std::ops::Range;

use super::FoundDate;
use crate::render::MONTHS;

/// The month a word names ("October", "Oct", "Oct."), 1 to 12.
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    let i = MONTHS
        .iter()
        .position(|m| w.len() >= 3 && m.len() >= w.len() && m[..w.len()].eq_ignore_ascii_case(w))?;
    Some(i as u32 + 1)
}

/// An English date the reader found ("March 25", "25 March 2022", "2021"),
/// with "last" or "this" before it for a year counted from the publication's.
pub(super) fn date(text: &str, span: Range<usize>, year: i32) -> Option<FoundDate> {
    let (mut y, mut m, mut d) = (None, None, None);
    for word in text[span.clone()].split([' ', ',']).filter(|w| !w.is_empty()) {
        match (word.parse::<u32>(), month(word)) {
            (Ok(n), _) if word.len() == 4 => y = Some(n as i32),
            (Ok(n), _) if (1..=31).contains(&n) => d = Some(n),
            (_, Some(n)) => m = Some(n),
            _ => return None,
        }
    }
    let mut start = span.start;
    let before = text[..start].to_ascii_lowercase();
    for (w, shift) in [("last ", -1), ("this ", 0), ("next ", 1)] {
        if y.is_none() && before.ends_with(w) {
            start -= w.len();
            y = Some(year + shift);
        }
    }
    let date = super::calendar(y.unwrap_or(year), m, d)?;
    Some(FoundDate { span: start..span.end, date })
}

/// "last October", "this March": a month of a relative year, which the
/// reader leaves alone (no number); "in June", a month of the publication's.
pub(super) fn relative_months(text: &str, year: i32) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let lower = text.to_ascii_lowercase();
    for (word, shift) in [("last ", -1), ("this ", 0), ("next ", 1), ("in ", 0), ("end of ", 0)] {
        for (at, _) in lower.match_indices(word) {
            let rest = &text[at + word.len()..];
            let name = &rest[..rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len())];
            // "in June", "the end of June": a month of the publication's year,
            // named in full and capitalised; "in June 2023" and "in June 25"
            // are the reader's dates.
            let bare = !matches!(word, "in " | "end of ")
                || MONTHS.contains(&name)
                    && !rest[name.len()..]
                        .trim_start_matches([' ', ','])
                        .starts_with(|c: char| c.is_ascii_digit());
            let after_word = at == 0 || !text[..at].ends_with(|c: char| c.is_ascii_alphanumeric());
            if let Some(m) = month(name).filter(|_| name.len() >= 3 && bare && after_word) {
                let span = at..at + word.len() + name.len();
                out.push(FoundDate { span, date: format!("{:04}-{m:02}", year + shift) });
            }
        }
    }
    out
}
