//! SVG output of a chart: the snapshot tests, the static no-JavaScript
//! fallbacks and the reader's SVG download all come from the same scene as
//! the canvas, drawn through plotters-svg's `SVGBackend`.
//!
//! [`SvgWriter`] is a thin wrapper that forwards every drawing call to
//! `SVGBackend::with_string` but one (tested in `svg/tests.rs`): text. The
//! scene's font sizes are canvas pixels, and `SVGBackend::draw_text` writes
//! `font-size` as the style's size divided by 1.24, so the wrapper hands it a
//! size 1.24 times larger, chosen so that the division gives back exactly the
//! scene's size: SVG text is as large as the canvas's.

use plotters_backend::text_anchor::Pos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontStyle, FontTransform,
};
use plotters_svg::SVGBackend;

use crate::error::Error;
use crate::layout::Viewport;
use crate::render::{layout, paint, Options};
use crate::story::Story;
use crate::text::{estimate_width, TextStyle};

#[cfg(test)]
mod tests;

/// `SVGBackend`'s divisor of font sizes (its `draw_text` writes
/// `style.size() / 1.24`).
const SVG_FONT_DIVISOR: f64 = 1.24;

type Res = Result<(), DrawingErrorKind<std::io::Error>>;

/// An SVG document being written into a `String`: `SVGBackend`, with text at
/// the canvas's size. The document is complete (its `</svg>` written) after
/// `present`, which [`paint`] calls last, or when the writer is dropped.
pub struct SvgWriter<'a> {
    inner: SVGBackend<'a>,
}

impl<'a> SvgWriter<'a> {
    /// An empty document `size` device pixels large, written into `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        SvgWriter { inner: SVGBackend::with_string(out, size) }
    }
}

/// The size to give `SVGBackend` for text `size` px high: `size` × 1.24, or
/// a neighbour a bit or two away whose division comes closer to `size`
/// (exactly `size` where one exists: 20, not 20.000000000000004, in the
/// document).
fn compensated(size: f64) -> f64 {
    let scaled = size * SVG_FONT_DIVISOR;
    let (up, down) = (scaled.next_up(), scaled.next_down());
    let error = |s: &f64| (s / SVG_FONT_DIVISOR - size).abs();
    [scaled, up, down, up.next_up(), down.next_down()]
        .into_iter()
        .min_by(|a, b| error(a).total_cmp(&error(b)))
        .unwrap_or(scaled)
}

/// A text style as the scene has it, but for its size, [`compensated`].
struct Compensated<'s, S>(&'s S);

impl<S: BackendTextStyle> BackendTextStyle for Compensated<'_, S> {
    type FontError = S::FontError;
    fn color(&self) -> BackendColor {
        self.0.color()
    }
    fn size(&self) -> f64 {
        compensated(self.0.size())
    }
    fn transform(&self) -> FontTransform {
        self.0.transform()
    }
    fn style(&self) -> FontStyle {
        self.0.style()
    }
    fn anchor(&self) -> Pos {
        self.0.anchor()
    }
    fn family(&self) -> FontFamily<'_> {
        self.0.family()
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        self.0.layout_box(text)
    }
    fn draw<E, DR: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: DR,
    ) -> Result<Result<(), E>, Self::FontError> {
        self.0.draw(text, pos, draw)
    }
}

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = std::io::Error;
    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Res {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Res {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Res {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Res {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, style: &S, fill: bool) -> Res {
        self.inner.draw_rect(a, b, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Res {
        self.inner.draw_path(path, style)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Res {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Res {
        self.inner.draw_text(text, &Compensated(style), pos)
    }
}

/// Renders group `group_id` of `story` as an SVG document `css_width` pixels
/// wide at `ratio` device pixels per CSS pixel, measuring text with `measure`.
pub fn render_with(
    story: &Story,
    group_id: &str,
    options: &Options,
    css_width: f64,
    ratio: f64,
    measure: crate::render::Measure,
) -> Result<String, Error> {
    let group = story.group(group_id)?;
    let viewport = Viewport::new(css_width, ratio)?;
    let scene = layout(story, group, options, &viewport, measure)?;
    let mut out = String::new();
    paint(&mut SvgWriter::new(&mut out, scene.size), &scene, options.theme.background)?;
    Ok(out)
}

/// Renders group `group_id` of `story` as an SVG document `css_width` pixels
/// wide, measuring text with the deterministic estimate.
pub fn render(story: &Story, group_id: &str, options: &Options, css_width: f64) -> Result<String, Error> {
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    render_with(story, group_id, options, css_width, 1.0, &measure)
}
