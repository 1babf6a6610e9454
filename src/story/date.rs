//! Story dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the article.

/// A run of ASCII digits as a number; `None` for anything else (a sign,
/// which `parse` would take, or over `u32`).
pub fn digits(s: &str) -> Option<u32> {
    s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten()
}

/// Whether `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real day.
pub fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str, len: usize| (s.len() == len).then(|| digits(s)).flatten();
    let Some(year) = parts.first().and_then(|y| num(y, 4)) else {
        return false;
    };
    let month = match parts.get(1) {
        None => return parts.len() == 1,
        Some(m) => match num(m, 2) {
            Some(m @ 1..=12) => m,
            _ => return false,
        },
    };
    let Some(day) = parts.get(2) else {
        return parts.len() == 2;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    parts.len() == 3 && matches!(num(day, 2), Some(d) if (1..=days).contains(&d))
}
