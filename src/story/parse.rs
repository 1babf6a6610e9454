//! Reading a story from JSON text, through serde_json, with the JSON path of a
//! type error (serde_path_to_error); then the rules of meaning ([`validate`]).
//! Natively, in tests and the fuzzer; in the browser the editor's checks read
//! an object's JSON text this way to find unknown fields (`web/check.rs`).

use std::fmt::Display;

use super::{validate, Story, Text};
use crate::error::{Error, ErrorKind};

/// The built-in story as JSON text: the Shanxi Daily article of 27 April 2022
/// (`changzhi-2022.json`, its indentation removed by `build.rs`).
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/changzhi-2022.min.json"));

/// A serde error as the crate reports it: its path (`figures[3].value.low`,
/// or `story` for the document itself), and `kind` of its message.
/// serde_path_to_error writes the document itself as `.`, and a key it could
/// not read (a syntax error where a key belongs) as `?`: the error is then
/// about the object that holds it.
fn at<E: Display>(e: serde_path_to_error::Error<E>, kind: fn(String) -> ErrorKind) -> Error {
    let path = e.path().to_string();
    let path = path.trim_end_matches('?').trim_end_matches('.');
    let path = if path.is_empty() { "story" } else { path };
    Error::new(path, kind(e.into_inner().to_string()))
}

/// Reads a story from JSON text, unvalidated. Text that is not JSON is an
/// [`ErrorKind::Parse`] error at the path being read; serde_json's messages
/// end in the line and column.
pub fn read_json(text: &str) -> Result<Story, Error> {
    let not_json = |m: String| ErrorKind::Parse(format!("not valid JSON: {m}"));
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let story = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        // serde_json reports a number where an enum's name belongs (`"kind": 3`)
        // as a syntax error ("expected value"); in valid JSON it is a type error.
        let syntax = (e.inner().is_syntax() || e.inner().is_eof())
            && serde_json::from_str::<serde_json::Value>(text).is_err();
        at(e, if syntax { not_json } else { ErrorKind::Shape })
    })?;
    deserializer.end().map_err(|e| Error::new("story", not_json(e.to_string())))?;
    Ok(story)
}

/// Parses and validates a story from JSON text.
pub fn from_json(text: &str) -> Result<Story, Error> {
    let mut story = read_json(text)?;
    validate(&story)?;
    neutralise(&mut story);
    Ok(story)
}

/// Every problem in a story's JSON text: the type error that stops reading,
/// or every rule it breaks. Empty when it is valid.
pub fn check_json(text: &str) -> Vec<Error> {
    match read_json(text) {
        Ok(story) => super::check(&story),
        Err(e) => vec![e],
    }
}

/// The built-in story, parsed and validated. A test keeps it valid, so the
/// error arm is for a broken build, not for readers.
pub fn builtin() -> Result<Story, Error> {
    from_json(BUILTIN_JSON)
}

/// Whether `c` reorders text around it: the bidi embeddings, overrides and
/// isolates. In a label they could make "500+" display as "+005".
fn reorders(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn strip(s: &mut String) {
    if s.chars().any(reorders) {
        s.retain(|c| !reorders(c));
    }
}

fn strip_text(t: &mut Text) {
    strip(&mut t.zh);
    strip(&mut t.en);
}

/// Removes direction overrides from every text a reader sees. Everything
/// else is already inert: text reaches the DOM as text and SVG escaped.
pub fn neutralise(story: &mut Story) {
    strip_text(&mut story.title);
    strip_text(&mut story.source.name);
    story.source.authors.iter_mut().for_each(strip);
    let v = &mut story.tags;
    v.sector
        .iter_mut()
        .chain(v.place.iter_mut())
        .chain(v.partner.iter_mut())
        .for_each(|t| strip_text(&mut t.label));
    for f in &mut story.figures {
        strip_text(&mut f.label);
        strip_text(&mut f.unit);
        strip(&mut f.wording);
        strip(&mut f.source.sentence);
        f.note.iter_mut().for_each(strip_text);
        f.derived.iter_mut().for_each(|d| strip_text(&mut d.formula));
    }
    for e in &mut story.events {
        strip_text(&mut e.label);
        strip(&mut e.wording);
        strip(&mut e.source.sentence);
    }
    for g in &mut story.groups {
        strip_text(&mut g.title);
        g.subtitle.iter_mut().chain(g.note.iter_mut()).for_each(strip_text);
        g.items.iter_mut().filter_map(|i| i.label.as_mut()).for_each(strip_text);
        g.annotations.iter_mut().for_each(|a| strip_text(&mut a.text));
    }
}

/// A file's bytes as UTF-8 text (a UTF-8 byte order mark dropped), or an
/// error naming `what` and what the file is instead: a spreadsheet's
/// "Unicode text" export is UTF-16, and an older Chinese system writes GBK;
/// read as UTF-8 either would be quoted back as garbage characters.
pub fn text_of<'a>(bytes: &'a [u8], what: &str) -> Result<&'a str, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bad = |m: String| Error::new(what, ErrorKind::Parse(m));
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") || bytes.contains(&0) {
        return Err(bad("is UTF-16 text, not UTF-8; save it as UTF-8".into()));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        bad(format!("is not UTF-8 text (byte {at} is 0x{:02X}; GBK, perhaps); save it as UTF-8", bytes[at]))
    })
}
