//! One error type for the whole crate: what went wrong, and where.
//!
//! Modelled on globset's `Error { glob, kind }`: the `path` names the input the
//! error is about (a JSON path such as `figures[3].value.low`, or an option name
//! such as `lang`), so that a widget can show an editor exactly what to fix.

use std::fmt;

use crate::format::plain;

/// An error with the place it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// Where the bad input is: a JSON path or an option name.
    pub path: String,
    /// What is wrong with it.
    pub kind: ErrorKind,
}

/// What went wrong. New kinds may be added, so match with a wildcard arm.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The JSON does not parse, or an option is not of the kind it must be.
    Parse(String),
    /// A story's field is missing, unknown, or of the wrong type (empty in a
    /// terse build, see [`TERSE`]).
    Shape(String),
    /// The story's `format` is not one this version reads.
    UnsupportedFormat(String),
    /// A text (often one of two translations) is empty.
    Empty,
    /// An id with characters other than lowercase letters, digits and `_`.
    BadId(String),
    /// An id used twice; the payload is the path of its first use.
    DuplicateId(String),
    /// NaN or an infinity.
    NotFinite(f64),
    /// A range whose low end is above its high end; the payload is the high end.
    LowAboveHigh(f64),
    /// A share in percent outside 0–100.
    ShareOutOfRange(f64),
    /// A qualifier that cannot qualify that end of a range.
    BadBoundQualifier(&'static str),
    /// A tag id missing from its vocabulary.
    UnknownTag {
        /// `sector`, `place` or `partner`.
        vocabulary: &'static str,
        /// The id.
        id: String,
    },
    /// A figure id that a group or derivation names but the story lacks.
    UnknownFigure(String),
    /// An event id that a timeline names but the story lacks.
    UnknownEvent(String),
    /// A highlight or annotation naming an id that is not one of its group's items.
    NotAnItem(String),
    /// An annotation's `end` on an item whose value is one number, not a range.
    EndOfPoint,
    /// A derived figure that names itself as a source.
    SelfReference,
    /// A derived figure with article wording: our arithmetic is not the article's words.
    DerivedWording,
    /// A paragraph number below 1.
    BadParagraph,
    /// A date not in `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form, or not a real date.
    BadDate(String),
    /// A link that is not http or https.
    BadUrl(String),
    /// A group with no items.
    EmptyGroup,
    /// A negative number where the figure is not marked `"signed": true`.
    Negative(f64),
    /// A text longer than the limit (its length and the limit, in characters).
    TooLong(usize, usize),
    /// More items than a chart can draw legibly (the limit).
    TooMany(usize),
    /// A language code other than `zh` or `en`.
    UnknownLanguage(String),
    /// A figure group id that the story does not have.
    UnknownGroup { id: String, known: Vec<String> },
    /// A chart kind this build leaves out (its cargo feature is off).
    Unsupported(&'static str),
    /// A size or pixel ratio that is not a finite positive number.
    BadSize(f64),
    /// The drawing backend failed (a canvas call threw, for instance).
    Drawing(String),
    /// The page lacks something the widget needs (no 2D context, no window).
    Environment(String),
    /// Two arrays that pair up by index differ in length: this one's length,
    /// the other's name and length.
    CountMismatch(usize, &'static str, usize),
    /// A value below an earlier one where values must ascend; the payload is
    /// the earlier value's path.
    NotAscending(String),
}

impl Error {
    /// Builds an error about the input at `path`.
    pub fn new(path: impl Into<String>, kind: ErrorKind) -> Self {
        Error { path: path.into(), kind }
    }
}

/// Whether this build leaves the story checks' explanations out: a build
/// without the `tools` feature, as the release widget is. A reader never sees them; an editor whose
/// story fails a check gets the path from the widget and the explanation from
/// the tools module's `checkStory`, which the embeds ask when `readStory`
/// throws (www/src/newsfig.js, www/embed.js). Their text and the code that
/// joins it came to 1.2 KiB of the bars-only widget's gzipped Wasm.
pub const TERSE: bool = cfg!(not(feature = "tools"));

/// Whether this build draws line charts (`LineChart`, the `line` feature).
const LINE: bool = cfg!(any(feature = "line", not(target_arch = "wasm32")));

/// What a terse build says after the path of a story problem.
pub const UNEXPLAINED: &str = "not valid (newsfig_tools.js: checkStory says why)";

impl ErrorKind {
    /// The message, after the path.
    pub fn message(&self) -> String {
        use ErrorKind::*;
        match self {
            Parse(m) | Environment(m) => m.clone(),
            UnknownLanguage(l) => format!("unknown language \"{l}\"; use \"zh\" or \"en\""),
            UnknownGroup { id, known } => {
                format!("no chart has the id \"{id}\"; this story's charts: {}", known.join(", "))
            }
            Unsupported(kind) => {
                format!("{kind} charts are not in this build of newsfig; build it with the `{kind}` feature")
            }
            BadSize(v) => format!("must be a finite number above zero, not {}", plain(*v)),
            Drawing(m) => format!("drawing failed: {m}"),
            // Only a line chart's data makes these: a Wasm build without the
            // line chart leaves their words out.
            CountMismatch(n, other, m) if LINE => {
                format!("has {n} values but {other} has {m}")
            }
            NotAscending(before) if LINE => format!("must not be below {before}; sort the points by x"),
            _ if TERSE => UNEXPLAINED.to_owned(),
            story => story.story_message(),
        }
    }

    /// The message of a problem in a story, which the story checks find.
    fn story_message(&self) -> String {
        use ErrorKind::*;
        match self {
            UnsupportedFormat(v) => {
                format!("format \"{v}\" is not supported; use \"{}\"", crate::story::FORMAT)
            }
            Empty => "must not be empty".to_owned(),
            BadId(id) => format!("id \"{id}\" must be lowercase letters, digits and _"),
            DuplicateId(first) => format!("repeats the id already used at {first}"),
            NotFinite(v) => format!("must be a finite number, not {}", plain(*v)),
            LowAboveHigh(high) => format!("must not exceed high ({})", plain(*high)),
            ShareOutOfRange(v) => format!("a share in % must lie between 0 and 100, not {}", plain(*v)),
            BadBoundQualifier(allowed) => format!("must be one of {allowed}"),
            UnknownTag { vocabulary, id } => {
                format!("no {vocabulary} tag has the id \"{id}\"; define it in tags.{vocabulary}")
            }
            UnknownFigure(id) => format!("no figure has the id \"{id}\""),
            UnknownEvent(id) => format!("no event has the id \"{id}\""),
            NotAnItem(id) => format!("no item of this group has the id \"{id}\"; add it to items"),
            EndOfPoint => "names an end of a range, but this figure's value is one number".to_owned(),
            SelfReference => "a figure cannot be derived from itself".to_owned(),
            DerivedWording => {
                "a derived figure has no article wording; say how it was computed in derived.formula"
                    .to_owned()
            }
            BadParagraph => "paragraphs count from 1".to_owned(),
            BadDate(d) => format!("date \"{d}\" must be YYYY, YYYY-MM or YYYY-MM-DD"),
            BadUrl(u) => format!("link \"{u}\" must start with http:// or https://"),
            EmptyGroup => "a group needs at least one item".to_owned(),
            Negative(v) => {
                format!("is negative ({}); mark the figure \"signed\": true if it can be", plain(*v))
            }
            TooLong(n, max) => format!("is {n} characters long; at most {max}"),
            TooMany(max) => format!("has more than {max} items; split it into several groups"),
            Shape(m) => m.clone(),
            _ => UNEXPLAINED.to_owned(),
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl Error {
    /// `path: message`, as the widget shows it and `mount` throws it, with the
    /// path cut to a readable length ([`readable_path`]); `path` keeps it whole.
    pub fn message(&self) -> String {
        format!("{}: {}", readable_path(&self.path), self.kind.message())
    }
}

/// Steps a path may have before its message shows only its ends.
const PATH_STEPS: usize = 8;
/// Bytes a path may have before its message shows only its ends.
const PATH_BYTES: usize = 80;

/// `path` as a person reads it. A path nested past [`PATH_STEPS`] steps keeps
/// its first three steps and its last, with the depth stated:
/// `format[0][0]…[0] (130 steps)`. A path still longer than [`PATH_BYTES`]
/// (a long key) keeps its start.
pub fn readable_path(path: &str) -> std::borrow::Cow<'_, str> {
    let steps = || path.match_indices(['[', '.']).map(|(i, _)| i).filter(|&i| i > 0);
    let count = steps().count() + 1;
    if let (true, Some(third), Some(last)) = (count > PATH_STEPS, steps().nth(2), steps().last()) {
        return format!("{}…{} ({count} steps)", &path[..third], &path[last..]).into();
    }
    if path.len() > PATH_BYTES {
        return format!("{}…", &path[..path.floor_char_boundary(PATH_BYTES)]).into();
    }
    path.into()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}
