//! Story dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the article.

/// A run of ASCII digits as a number; `None` for anything else (or over
/// `u32`). Dates need no more, and core's `parse` is 0.3 KB of Wasm.
pub fn digits(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    s.bytes().try_fold(0u32, |n, b| {
        let d = b.wrapping_sub(b'0');
        (d < 10).then_some(())?;
        n.checked_mul(10)?.checked_add(u32::from(d))
    })
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
