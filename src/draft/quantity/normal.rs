//! The text as the reading table reads it: full-width digits and signs as
//! ASCII ("４，５６５" is "4,565"), financial and traditional numerals as
//! everyday ones ("壹佰伍拾" is "一百五十"), and whole Chinese numerals as
//! digits ("一百二十三万" is "123万"), with a map back to the text's own
//! bytes, so every quantity keeps the exact words it was printed with.
//!
//! Whole numerals are read by the `chinese-number` crate (its documented
//! `ChineseToNumber::to_number` with the ten-thousand count, 万 and 亿, that
//! mainland news uses). Forms it does not read stay as written for the
//! reading table, which knows them: adjacent numerals ("三四千"), 几 and 数
//! ("十几", "数十"), 一半. A trailing 万 or 亿 stays a word of its own, so
//! "两到三万" shares its multiplier as "5—10万" does.

use chinese_number::{ChineseCountMethod, ChineseToNumber};

/// Chinese digits, after [`everyday`].
const DIGITS: &str = "零〇一二两三四五六七八九";
/// The units inside a numeral and the multipliers after one.
const UNITS: &str = "十百千";
const MULTIPLIERS: &str = "万亿";

/// A financial or traditional numeral's everyday form; `c` itself otherwise.
fn everyday(c: char) -> char {
    match c {
        '壹' => '一',
        '贰' | '貳' | '貮' => '二',
        '兩' | '倆' => '两',
        '叁' | '參' | '叄' => '三',
        '肆' => '四',
        '伍' => '五',
        '陆' | '陸' => '六',
        '柒' => '七',
        '捌' => '八',
        '玖' => '九',
        '拾' => '十',
        '佰' => '百',
        '仟' => '千',
        '萬' => '万',
        '億' => '亿',
        '幾' => '几',
        '點' => '点',
        '個' => '个',
        '雙' => '双',
        '對' => '对',
        '負' => '负',
        _ => c,
    }
}

/// Whether `c` is a financial or traditional numeral, which a word such as
/// 队伍, 收拾 or 陆地 also uses: it is read only next to another numeral.
fn financial(c: char) -> bool {
    "壹贰貳貮叁參叄肆伍陆陸柒捌玖拾佰仟".contains(c)
}

fn numeral_char(c: char) -> bool {
    let c = everyday(c);
    DIGITS.contains(c) || UNITS.contains(c) || MULTIPLIERS.contains(c)
}

/// A full-width digit or sign as ASCII.
fn half_width(c: char) -> Option<char> {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        '％' => Some('%'),
        '／' => Some('/'),
        '－' => Some('-'),
        _ => None,
    }
}

/// The normalised text and, for each of its bytes (and its end), the byte
/// of the original text where the piece that byte belongs to starts.
pub(super) struct Normal {
    pub text: String,
    map: Vec<usize>,
}

impl Normal {
    /// The original byte offset of normalised offset `i`.
    pub fn orig(&self, i: usize) -> usize {
        self.map[i]
    }

    fn push(&mut self, piece: &str, orig: usize) {
        self.text.push_str(piece);
        self.map.extend(std::iter::repeat_n(orig, piece.len()));
    }
}

/// `text` normalised.
pub(super) fn normalise(text: &str) -> Normal {
    let mut out = Normal { text: String::with_capacity(text.len()), map: Vec::with_capacity(text.len() + 1) };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        if let Some(h) = half_width(c) {
            out.push(h.encode_utf8(&mut [0; 4]), at);
            k += 1;
        } else if matches!(c, '，' | '．') && separator(&chars, k, c == '．') {
            out.push(if c == '，' { "," } else { "." }, at);
            k += 1;
        } else if let Some((value, end)) = mixed(&chars, k) {
            out.push(&value.to_string(), at);
            k = end;
        } else if numeral_char(c) {
            let mut end = (k..chars.len()).find(|&j| !numeral_char(chars[j].1)).unwrap_or(chars.len());
            // "七十百分位": the last 百 starts the next word (百分位, 百分之).
            let is = |j: usize, c: char| everyday(chars[j].1) == c;
            if end - k >= 2
                && is(end - 1, '百')
                && is(end - 2, '十')
                && chars.get(end).is_some_and(|(_, c)| *c == '分')
            {
                end -= 1;
            }
            k = run(&mut out, &chars, k, end, text.len());
        } else {
            out.push(everyday(c).encode_utf8(&mut [0; 4]), at);
            k += 1;
        }
    }
    out.map.push(text.len());
    out
}

/// Digits mixed with the units of a Chinese numeral, as news sometimes
/// prints them: "3万4000", "25万6千", "5亿1万4千6百", "2千零30" (a 万 or 亿
/// after the last digits stays the multiplier: "2千零30万"). Returns the
/// value and the index after it, or `None` unless digits follow a unit.
fn mixed(chars: &[(usize, char)], k: usize) -> Option<(u64, usize)> {
    let digit =
        |j: usize| chars.get(j).and_then(|(_, c)| half_width(*c).or(Some(*c))).filter(char::is_ascii_digit);
    if k > 0 && (digit(k - 1).is_some() || matches!(chars[k - 1].1, '.' | ',' | '．' | '，')) {
        return None;
    }
    let (mut total, mut section, mut num, mut j, mut groups) = (0u64, 0u64, None::<u64>, k, 0);
    let mut last_end = None;
    loop {
        let start = j;
        while digit(j).is_some() {
            j += 1;
        }
        if j > start {
            let text: String = (start..j).filter_map(digit).collect();
            num = Some(text.parse().ok()?);
            groups += 1;
            last_end = Some(j);
        }
        let unit = chars.get(j).map(|(_, c)| everyday(*c));
        let value = match unit {
            Some('十') => 10,
            Some('百') => 100,
            Some('千') => 1000,
            Some('万') => 10_000,
            Some('亿') => 100_000_000,
            Some('零') if num.is_none() && j > k => {
                j += 1;
                continue;
            }
            _ => break,
        };
        let Some(n) = num.take() else { break };
        // A unit with no digits after it ends the numeral; its multiplier stays.
        if digit(j + 1).is_none() && chars.get(j + 1).is_none_or(|(_, c)| *c != '零') {
            if value >= 10_000 {
                num = Some(n);
                break;
            }
            section += n * value;
            j += 1;
            last_end = Some(j);
            break;
        }
        if value >= 10_000 {
            total += (section + n) * value;
            section = 0;
        } else {
            section += n * value;
        }
        j += 1;
    }
    if groups < 2 {
        return None;
    }
    let end = last_end?;
    let value = total + section + num.unwrap_or(0);
    Some((value, end))
}

/// Whether the full-width comma or point at `k` stands between full-width
/// digits: a thousands separator before exactly three, a decimal point before any.
fn separator(chars: &[(usize, char)], k: usize, point: bool) -> bool {
    let digit = |j: usize| chars.get(j).is_some_and(|(_, c)| c.is_ascii_digit() || matches!(c, '０'..='９'));
    let after = (k + 1..).take_while(|&j| digit(j)).count();
    k > 0 && digit(k - 1) && if point { after > 0 } else { after == 3 }
}

/// The Chinese numeral in `chars[k..end]`: as digits if it is a whole
/// numeral, with its decimals after 点; otherwise in everyday characters.
/// Returns the index of the first char not read.
fn run(out: &mut Normal, chars: &[(usize, char)], k: usize, end: usize, len: usize) -> usize {
    let at = |j: usize| chars.get(j).map_or(len, |(a, _)| *a);
    let word: String = chars[k..end].iter().map(|(_, c)| everyday(*c)).collect();
    let before = k.checked_sub(1).map(|j| everyday(chars[j].1));
    let after = chars.get(end).map(|(_, c)| everyday(*c));
    let lone = end - k == 1;
    // One character stays as written: the reading table reads 一 to 十 and
    // 两, and a financial numeral alone is a word (队伍, 收拾, 陆地). 几 and
    // 数 go with the numeral as written ("十几", "数十"), and so does 一半;
    // units right after digits are their multipliers ("3千万亿").
    let decimal =
        after == Some('点') && chars.get(end + 1).is_some_and(|(_, c)| digit(everyday(*c)).is_some());
    // Before 分之 a numeral is whole with its 万 ("一万分之三"); 百, 千, 万
    // alone are a percentage's or per-mille's words ("百分之", "万分之").
    let part = after == Some('分') && chars.get(end + 1).is_some_and(|(_, c)| *c == '之');
    let units_only = word.chars().all(|c| UNITS.contains(c) || MULTIPLIERS.contains(c));
    let keep = (part && units_only)
        || (lone && !decimal && !part && !after_part(chars, k))
        || (!part && MULTIPLIERS.contains(word.chars().next().unwrap_or('万')))
        || matches!(before, Some('几' | '数'))
        || before.is_some_and(|c| c.is_ascii_digit() || half_width(c).is_some_and(|h| h.is_ascii_digit()))
        || matches!(after, Some('几' | '半'));
    // A trailing 万 or 亿 multiplies the whole numeral ("一百二十万") unless
    // the numeral has its own ("四十五亿四千零四万").
    let trimmed = word.trim_end_matches(|c| MULTIPLIERS.contains(c));
    let core = if part || trimmed.contains(|c| MULTIPLIERS.contains(c)) { word.as_str() } else { trimmed };
    let core_end = k + core.chars().count();
    let Some(value) = (!keep).then(|| whole(core)).flatten() else {
        for &(a, c) in &chars[k..end] {
            let c = if lone && financial(c) && !part && !after_part(chars, k) { c } else { everyday(c) };
            out.push(c.encode_utf8(&mut [0; 4]), a);
        }
        return end;
    };
    let mut digits = value.to_string();
    let mut next = end;
    // Decimals: "二点五", "十五点七": the digits after 点, one by one.
    if core_end == end && after == Some('点') {
        let decimals: String = chars[end + 1..].iter().map_while(|(_, c)| digit(everyday(*c))).collect();
        if !decimals.is_empty() {
            digits = format!("{digits}.{decimals}");
            next = end + 1 + decimals.len();
        }
    }
    out.push(&digits, at(k));
    for &(a, c) in &chars[core_end..end] {
        out.push(everyday(c).encode_utf8(&mut [0; 4]), a);
    }
    next
}

/// Whether the numeral at `k` follows 分之 ("仟分之贰"): a financial numeral there is one.
fn after_part(chars: &[(usize, char)], k: usize) -> bool {
    k >= 2 && chars[k - 2].1 == '分' && chars[k - 1].1 == '之'
}

/// A Chinese digit's value as an ASCII digit (零 and 〇 are 0, 两 is 2).
fn digit(c: char) -> Option<char> {
    let i = DIGITS.chars().position(|d| d == c)?;
    Some(b"001223456789"[i] as char)
}

/// A whole numeral's value: digits read one by one ("二〇二二"), or the
/// crate's reading of a numeral with units ("一百零五", "两千三").
/// Adjacent numerals ("三四千", "七八十") are not one number.
fn whole(core: &str) -> Option<u64> {
    let cs: Vec<char> = core.chars().collect();
    let first = cs.first()?;
    if let (Some(a), Some(b)) = (digit(*first), cs.get(1).and_then(|c| digit(*c))) {
        if b as u8 == a as u8 + 1 && *first != '零' {
            return None;
        }
    }
    // Digits one by one are a year or a code ("二〇二二"); two ordinary ones
    // are a word ("三七", a herb) or a name.
    if cs.iter().all(|c| DIGITS.contains(*c)) {
        if cs.len() == 2 && !cs.iter().any(|c| "零〇".contains(*c)) {
            return None;
        }
        return cs.iter().map(|c| digit(*c)).collect::<Option<String>>()?.parse().ok();
    }
    // "一千零十二": 零 before a bare 十 is 零一十, which the crate reads;
    // 百 and 千 without a digit are one of them ("百万", "百分之百").
    let core = core.replace("零十", "零一十");
    let core = if core.starts_with(['百', '千']) { format!("一{core}") } else { core };
    core.to_number(ChineseCountMethod::TenThousand).ok()
}
