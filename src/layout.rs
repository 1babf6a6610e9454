//! CSS pixels to device pixels, and line wrapping.
//!
//! Every size in newsfig is written in CSS pixels and multiplied by the pixel
//! ratio here, once, so a chart is as sharp on a phone (ratio 3) as on a
//! desktop (ratio 1) and keeps the same proportions on both.

use crate::error::{Error, ErrorKind};

/// The largest backing store edge we ask a browser for, in device pixels.
/// Browsers cap canvas area; past this we lower the ratio rather than fail.
pub const MAX_DEVICE_EDGE: f64 = 8192.0;

/// The narrowest chart we lay out, in CSS pixels; a narrower box gets this and scrolls.
pub const MIN_CSS_WIDTH: f64 = 240.0;

/// A chart's box: its CSS width and the device pixel ratio.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Width in CSS pixels.
    pub css_width: f64,
    /// Device pixels per CSS pixel.
    pub ratio: f64,
}

impl Viewport {
    /// Checks and clamps a width and ratio as a page reports them.
    pub fn new(css_width: f64, ratio: f64) -> Result<Self, Error> {
        if !css_width.is_finite() || css_width <= 0.0 {
            return Err(Error::new("width", ErrorKind::BadSize(css_width)));
        }
        if !ratio.is_finite() || ratio <= 0.0 {
            return Err(Error::new("pixelRatio", ErrorKind::BadSize(ratio)));
        }
        let css_width = css_width.max(MIN_CSS_WIDTH);
        let ratio = ratio.clamp(0.5, 4.0).min(MAX_DEVICE_EDGE / css_width);
        Ok(Viewport { css_width, ratio })
    }

    /// A CSS length in device pixels.
    pub fn px(&self, css: f64) -> f64 {
        css * self.ratio
    }

    /// A CSS length in whole device pixels, at least one.
    pub fn line(&self, css: f64) -> u32 {
        (css * self.ratio).round().max(1.0) as u32
    }

    /// The width in whole device pixels.
    pub fn device_width(&self) -> u32 {
        self.px(self.css_width).round() as u32
    }
}

/// Splits `text` into lines no wider than `max` by `measure`. English breaks at
/// spaces; Chinese, which has none, may break between any two characters.
/// A single word wider than `max` gets a line of its own.
pub fn wrap(text: &str, max: f64, measure: &dyn Fn(&str) -> f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for token in tokens(text) {
        let candidate = format!("{line}{token}");
        if !line.is_empty() && measure(candidate.trim_end()) > max {
            lines.push(line.trim_end().to_owned());
            line = token.trim_start().to_owned();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// Breakable pieces: a word with its trailing space, or one CJK character
/// (with any closing punctuation after it, which must not start a line).
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let wide = !c.is_ascii() && !matches!(c, '–' | '≈' | '≥' | '≤' | '—');
        let closing = matches!(c, '，' | '。' | '、' | '：' | '；' | '”' | '）' | '％' | '%');
        if closing {
            word.push(c);
        } else if wide {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            word.push(c);
        } else {
            if word.chars().last().is_some_and(|l| !l.is_ascii()) {
                out.push(std::mem::take(&mut word));
            }
            word.push(c);
            if c == ' ' {
                out.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}
