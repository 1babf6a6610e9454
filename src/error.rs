//! One error type for the whole crate: what went wrong, and where.
//!
//! Modelled on globset's `Error { glob, kind }`: the `path` names the input the
//! error is about (a JSON path such as `figures[3].value.low`, or an option name
//! such as `lang`), so that a widget can show an editor exactly what to fix.

use std::fmt;

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
    /// A language code other than `zh` or `en`.
    UnknownLanguage(String),
    /// A figure group id that the story does not have.
    UnknownGroup(String),
    /// A figure id that a group or derivation names but the story lacks.
    UnknownFigure(String),
    /// A size or pixel ratio that is not a finite positive number.
    BadSize(f64),
    /// The drawing backend failed (a canvas call threw, for instance).
    Drawing(String),
    /// The page lacks something the widget needs (no 2D context, no window).
    Environment(String),
}

impl Error {
    /// Builds an error about the input at `path`.
    pub fn new(path: impl Into<String>, kind: ErrorKind) -> Self {
        Error {
            path: path.into(),
            kind,
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::UnknownLanguage(l) => {
                write!(f, "unknown language {l:?}; use \"zh\" or \"en\"")
            }
            ErrorKind::UnknownGroup(g) => write!(f, "unknown figure group {g:?}"),
            ErrorKind::UnknownFigure(id) => write!(f, "no figure has the id {id:?}"),
            ErrorKind::BadSize(v) => write!(f, "must be a finite number above zero, not {v}"),
            ErrorKind::Drawing(m) => write!(f, "drawing failed: {m}"),
            ErrorKind::Environment(m) => write!(f, "{m}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

impl std::error::Error for Error {}
