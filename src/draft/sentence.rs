//! An article cut into paragraphs and sentences, each with its place in the
//! text, so that a quantity found at a byte offset knows the verbatim
//! sentence and the paragraph number a figure's `source` must name.
//!
//! Paragraphs follow the story format's rule (`source.paragraph`): the n-th
//! non-blank line of the article, the headline being 1. Sentences end after
//! 。！？!?, a full stop before a space (English), and the closing quotes or
//! brackets that follow, or at the
//! paragraph's end; a colon or semicolon does not end one, as the built-in
//! story's sentences show ("…很欣慰:一是…;二是…。").

use std::ops::Range;

/// One sentence of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Its paragraph: the n-th non-blank line, the headline being 1.
    pub paragraph: u32,
    /// Where it is in the article's text (byte offsets), without the blanks around it.
    pub span: Range<usize>,
}

/// Characters that end a sentence.
const ENDS: &[char] = &['。', '！', '？', '!', '?', '…'];
/// Characters that close what the sentence's end stands in: quotes and brackets.
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '"', '\'', '】', '》'];

/// Every sentence of `text`, in order.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        if line.trim().is_empty() {
            continue;
        }
        paragraph += 1;
        let mut from = start;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            // A full stop ends an English sentence before a space or the line's end ("8.5" goes on).
            let full_stop = c == '.'
                && line[i + 1..].chars().next().is_none_or(|d| d.is_whitespace() || CLOSERS.contains(&d))
                && !abbreviation(&line[..i]);
            if !ENDS.contains(&c) && !full_stop {
                continue;
            }
            let mut end = start + i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !(ENDS.contains(&d) || CLOSERS.contains(&d)) {
                    break;
                }
                end = start + j + d.len_utf8();
                chars.next();
            }
            push(text, &mut out, paragraph, from..end);
            from = end;
        }
        push(text, &mut out, paragraph, from..start + line.len());
    }
    out
}

/// Abbreviations a full stop does not end a sentence after: titles and
/// months as English news prints them.
const ABBREVIATIONS: [&str; 14] =
    ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"];

/// Whether the word that ends `before` (just before a full stop) is an
/// abbreviation: initials ("U.S", "U.K", "J") or one of [`ABBREVIATIONS`].
fn abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let initials = !word.is_empty()
        && word.split('.').all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()));
    initials || ABBREVIATIONS.contains(&word)
}

/// Adds the sentence at `span` of `text`, trimmed, unless it is blank.
fn push(text: &str, out: &mut Vec<Sentence>, paragraph: u32, span: Range<usize>) {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead < s.len() {
        out.push(Sentence { paragraph, span: span.start + lead..span.end - trail });
    }
}

/// The sentence that holds byte `at` of the text, if any.
pub fn holding(sentences: &[Sentence], at: usize) -> Option<&Sentence> {
    let i = sentences.partition_point(|s| s.span.end <= at);
    sentences.get(i).filter(|s| s.span.start <= at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<(u32, &str)> {
        sentences(text).into_iter().map(|s| (s.paragraph, &text[s.span])).collect()
    }

    #[test]
    fn paragraphs_are_non_blank_lines_and_sentences_keep_their_quotes() {
        let text = "标题\n \n甲说:“好!”乙走了。丙;丁\r\n\n“回来。”这是一句话。\nIt rose 8.5%. \"Yes.\" Then";
        assert_eq!(
            cut(text),
            vec![
                (1, "标题"),
                (2, "甲说:“好!”"),
                (2, "乙走了。"),
                (2, "丙;丁"),
                (3, "“回来。”"),
                (3, "这是一句话。"),
                (4, "It rose 8.5%."),
                (4, "\"Yes.\""),
                (4, "Then")
            ]
        );
    }

    #[test]
    fn initials_and_titles_do_not_end_a_sentence() {
        let text = "Sales to the U.K. rose, Dr. Wang said. Exports to the EU fell.";
        let got: Vec<&str> = sentences(text).iter().map(|s| &text[s.span.clone()]).collect();
        assert_eq!(got, ["Sales to the U.K. rose, Dr. Wang said.", "Exports to the EU fell."]);
    }

    #[test]
    fn a_byte_finds_its_sentence() {
        let text = "一句。二句。\n三句";
        let s = sentences(text);
        assert_eq!(holding(&s, 0).map(|s| s.paragraph), Some(1));
        assert_eq!(holding(&s, text.find('二').unwrap()).map(|s| &text[s.span.clone()]), Some("二句。"));
        assert_eq!(holding(&s, text.find('三').unwrap()).map(|s| s.paragraph), Some(2));
        assert_eq!(holding(&s, text.find('\n').unwrap()), None);
    }
}
