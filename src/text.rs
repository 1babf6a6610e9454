//! Text styles and a deterministic width estimate.
//!
//! Layout must know how wide a label is before drawing it. In the browser the
//! web edge answers with the canvas's own `measureText` (never a `<span>` in the
//! host page, which would force layout and let host CSS leak in). Everywhere
//! else, in SVG snapshots, Node and workers, [`estimate_width`] answers from a
//! small per-character table, so snapshots are the same on every machine.

use std::convert::Infallible;

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, FontFamily, FontStyle};

use crate::theme::Color;

/// The font stack: system sans-serif first, then CJK fonts for Chinese glyphs.
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/// Width of `c` in em, from typical sans-serif metrics.
fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.28,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.28,
        'f' | 't' | 'r' | '(' | ')' | '-' | '/' => 0.36,
        'm' | 'w' | 'M' | 'W' => 0.84,
        '%' => 0.85,
        '0'..='9' => 0.56,
        'A'..='Z' => 0.66,
        c if c.is_ascii() => 0.52,
        '–' | '≈' | '≥' | '≤' => 0.56,
        // CJK ideographs, full-width punctuation and everything else: one em.
        _ => 1.0,
    }
}

/// Estimated advance width of `text` at `size` pixels.
pub fn estimate_width(text: &str, size: f64, bold: bool) -> f64 {
    let em: f64 = text.chars().map(char_em).sum();
    em * size * if bold { 1.05 } else { 1.0 }
}

/// A text style in device pixels, implementing plotters' text-style trait.
#[derive(Clone, Copy)]
pub struct TextStyle {
    /// Font size in device pixels.
    pub size: f64,
    /// Fill colour.
    pub color: Color,
    /// Bold or normal.
    pub bold: bool,
    /// Where `pos` sits on the text's box.
    pub anchor: Pos,
}

impl TextStyle {
    /// A left-aligned, top-anchored style.
    pub fn new(size: f64, color: Color) -> Self {
        TextStyle { size, color, bold: false, anchor: Pos::new(HPos::Left, VPos::Top) }
    }

    /// The same style, bold.
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }

    /// The same style anchored at `h`, `v`.
    pub fn anchored(mut self, h: HPos, v: VPos) -> Self {
        self.anchor = Pos::new(h, v);
        self
    }
}

impl std::fmt::Debug for TextStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let h = match self.anchor.h_pos {
            HPos::Left => "left",
            HPos::Center => "center",
            HPos::Right => "right",
        };
        let v = match self.anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        f.debug_struct("TextStyle")
            .field("size", &self.size)
            .field("color", &self.color)
            .field("bold", &self.bold)
            .field("anchor", &(h, v))
            .finish()
    }
}

impl BackendTextStyle for TextStyle {
    type FontError = Infallible;

    fn color(&self) -> BackendColor {
        self.color.backend()
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_FAMILY)
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Infallible> {
        let w = estimate_width(text, self.size, self.bold).ceil() as i32;
        Ok(((0, 0), (w, self.size.ceil() as i32)))
    }

    /// Rasterising glyphs is left to the backend (canvas `fillText`, SVG `<text>`);
    /// a pixel backend gets no text rather than a wrong one.
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Infallible> {
        Ok(Ok(()))
    }
}
