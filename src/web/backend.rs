//! The canvas backend: plotters-canvas's `CanvasBackend`, in a thin wrapper
//! that adds what a chart in a host page needs and it does not do. Every
//! drawing call goes to `CanvasBackend` but these (each tested in
//! `backend/tests.rs`):
//!
//! * Sizing ([`WebCanvas::resize`]): the backing store is the CSS size ×
//!   `devicePixelRatio`, the element's height set through the CSSOM.
//!   `CanvasBackend` draws on the canvas as it finds it; its `get_size` is
//!   then the backing store in device pixels, the scene's own units.
//! * Text measured with the canvas's own `measureText`, in the font its
//!   `draw_text` sets. `CanvasBackend` leaves `estimate_text_size` to the
//!   text style, and plotters' own text style measures in a `<span>` added to
//!   the host page's `<body>`: a forced layout per label, host CSS leaking in,
//!   a panic where there is no body.
//! * Left and right anchors that stay left and right: `CanvasBackend` aligns
//!   text to `start` and `end`, which swap on a right-to-left host page.
//! * Straight edges on the pixel grid at every width. `CanvasBackend`'s
//!   `draw_line` moves a horizontal or vertical line half a pixel up or left,
//!   which puts an odd width (1 CSS px at ratio 1) on the grid; those lines go
//!   to it. An even width (1 CSS px at ratio 2) it smears over three pixels,
//!   so those are filled as a rectangle. Its `strokeRect` is on the grid for
//!   even widths only; an odd-width outline is filled as four rectangles.
//! * Polylines with round joins and, at odd widths, on the pixel grid, see
//!   [`WebCanvas`]'s `draw_path`.

use std::cell::RefCell;

use plotters_backend::{BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::error::{Error, ErrorKind};
use crate::text::TextStyle;

/// plotters-canvas's error type, which it does not export by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;

type Res = Result<(), DrawingErrorKind<CanvasError>>;

/// A canvas to draw on: `CanvasBackend`, and the same 2D context for what
/// the wrapper adds.
pub struct WebCanvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    inner: CanvasBackend,
    /// The font last set for measuring, so a layout sets each font once;
    /// cleared when anything else may have set another.
    font: RefCell<String>,
}

fn no_context() -> Error {
    Error::new("canvas", ErrorKind::Environment("the canvas has no 2D context".into()))
}

/// The CSS `font` shorthand for a style, as `CanvasBackend::draw_text` writes
/// it, so text is measured in the font it is drawn in.
fn css_font<S: BackendTextStyle>(style: &S) -> String {
    format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str())
}

/// How far a straight line `width` px wide reaches before (above, left of)
/// and after its coordinate, as `CanvasBackend::draw_line` places an odd
/// width: a 1 px line at x covers the pixel column x - 1.
fn sides(width: i32) -> (i32, i32) {
    let before = (width + 1) / 2;
    (before, width - before)
}

/// A horizontal or vertical line `width` px wide as the rectangle it covers
/// (top-left, bottom-right); `None` for a slanted line.
fn straight((a, b): (BackendCoord, BackendCoord), width: i32) -> Option<(BackendCoord, BackendCoord)> {
    let (before, after) = sides(width);
    if a.1 == b.1 {
        Some(((a.0.min(b.0), a.1 - before), (a.0.max(b.0), a.1 + after)))
    } else if a.0 == b.0 {
        Some(((a.0 - before, a.1.min(b.1)), (a.0 + after, a.1.max(b.1))))
    } else {
        None
    }
}

impl WebCanvas {
    /// Wraps `canvas`, or says why it cannot be drawn on.
    pub fn new(canvas: HtmlCanvasElement) -> Result<Self, Error> {
        let context = super::dom::context_2d(&canvas).ok_or_else(no_context)?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone()).ok_or_else(no_context)?;
        Ok(WebCanvas { canvas, context, inner, font: RefCell::default() })
    }

    /// Sizes the backing store in device pixels and the element in CSS pixels.
    /// The height goes through the CSSOM, which strict CSP pages allow, not a
    /// `style` attribute, which they block. Resizing resets the context.
    pub fn resize(&mut self, (w, h): (u32, u32), css_height: f64) {
        if self.canvas.width() != w {
            self.canvas.set_width(w);
        }
        if self.canvas.height() != h {
            self.canvas.set_height(h);
        }
        self.font.borrow_mut().clear();
        let css = crate::format::trimmed(css_height, 2);
        super::dom::css(&self.canvas, "height", &format!("{css}px"));
    }

    /// Lays out `group` for `viewport`, measuring text with this canvas, and
    /// sizes the canvas to the result, leaving it blank for `render::paint`.
    pub fn lay_out(
        &mut self,
        story: &crate::story::Story,
        group: &crate::story::Group,
        options: &crate::render::Options,
        viewport: &crate::layout::Viewport,
    ) -> Result<crate::render::Scene, Error> {
        let scene = {
            let measure = |t: &str, s: &TextStyle| self.measure(t, s);
            crate::render::layout(story, group, options, viewport, &measure)?
        };
        self.resize(scene.size, scene.css_height);
        Ok(scene)
    }

    /// The advance width of `text` in device pixels, from the canvas's metrics.
    pub fn measure<S: BackendTextStyle>(&self, text: &str, style: &S) -> f64 {
        let font = css_font(style);
        let mut last = self.font.borrow_mut();
        if *last != font {
            self.context.set_font(&font);
            *last = font;
        }
        // Were the page to make measureText throw, the estimate stands in.
        super::dom::measure_text(&self.context, text)
            .unwrap_or_else(|| crate::text::estimate_width(text, style.size(), false))
    }
}

impl DrawingBackend for WebCanvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    /// Sets the text direction to left-to-right before each paint (resizing
    /// resets it to the page's).
    fn ensure_prepared(&mut self) -> Res {
        super::dom::set_direction(&self.context, "ltr");
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Res {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: plotters_backend::BackendColor) -> Res {
        self.inner.draw_pixel(point, color)
    }

    /// Odd widths to `CanvasBackend`, even ones filled (see the module's doc).
    fn draw_line<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S) -> Res {
        let width = s.stroke_width() as i32;
        match straight((a, b), width) {
            Some((from, to)) if width % 2 == 0 => self.inner.draw_rect(from, to, &s.color(), true),
            _ => self.inner.draw_line(a, b, s),
        }
    }

    /// Fills to `CanvasBackend`, even-width outlines too; an odd-width one as
    /// its four sides, each a filled rectangle (see the module's doc).
    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S, fill: bool) -> Res {
        let width = s.stroke_width() as i32;
        if fill || width % 2 == 0 {
            return self.inner.draw_rect(a, b, s, fill);
        }
        let (l, t, r, bottom) = (a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1));
        let (before, after) = sides(width);
        let (outer_l, outer_t, outer_r, outer_b) = (l - before, t - before, r + after, bottom + after);
        let (inner_t, inner_b) = (t + after, bottom - before);
        let color = s.color();
        self.inner.draw_rect((outer_l, outer_t), (outer_r, inner_t), &color, true)?;
        self.inner.draw_rect((outer_l, inner_b), (outer_r, outer_b), &color, true)?;
        self.inner.draw_rect((outer_l, inner_t), (l + after, inner_b), &color, true)?;
        self.inner.draw_rect((r - before, inner_t), (outer_r, inner_b), &color, true)
    }

    /// Round joins, as uPlot draws, so a dense line's sharp turns do not grow
    /// miter spikes past its points (`CanvasBackend` keeps the canvas's
    /// miter); and for odd widths moved half a pixel up and left, as its
    /// `draw_line` moves a straight line, so vertical and horizontal runs
    /// cover whole pixels. The path itself is `CanvasBackend`'s: one
    /// `lineTo` per point (a `Path2D` from one string of path data, which
    /// this wrapper built before, redrew a 10⁵-point line no faster: 4.7 ms
    /// against 4.0 at 4× CPU, median of 9).
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, s: &S) -> Res {
        self.context.set_line_join("round");
        let shift = if s.stroke_width() % 2 == 1 { 0.5 } else { 0.0 };
        super::dom::translate(&self.context, -shift, -shift);
        let drawn = self.inner.draw_path(path, s);
        super::dom::translate(&self.context, shift, shift);
        drawn
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, v: I, s: &S) -> Res {
        self.inner.fill_polygon(v, s)
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, pos: BackendCoord) -> Res {
        self.font.borrow_mut().clear();
        self.inner.draw_text(text, s, pos)
    }

    /// From `measureText`, not the style's own estimate (see the module's doc).
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        Ok((self.measure(text, style).ceil() as u32, style.size().ceil() as u32))
    }
}

#[cfg(test)]
mod tests;
