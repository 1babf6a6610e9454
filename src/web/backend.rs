//! The canvas backend: plotters' `DrawingBackend` on an HTML canvas, drawn
//! with as few canvas calls as the picture needs.
//!
//! Written here rather than taken from plotters-canvas, which sets a freshly
//! formatted `rgba(...)` string before every shape, strokes each line on its
//! own, shifts every straight line by half a pixel whatever its width (a
//! two-pixel smear at a pixel ratio of 2), and measures text through a `<span>`
//! in the host page's `<body>` (a forced layout per label, host CSS leaking in,
//! and a panic where there is no DOM). Here styles are set only when they
//! change, consecutive lines of one stroke share a path, and text is measured
//! with the canvas's own `measureText`.

use std::cell::RefCell;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::error::{Error, ErrorKind};
use crate::text::TextStyle;

/// The canvas backend's error, which cannot happen: none of the calls it
/// makes throws for the values it passes (see `dom`), so there is no value of
/// this type, and the compiler drops every branch that would report one.
#[derive(Debug)]
pub enum CanvasFailure {}

impl std::fmt::Display for CanvasFailure {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for CanvasFailure {}

type Res = Result<(), DrawingErrorKind<CanvasFailure>>;

/// The context state last set, so unchanged styles are not set again.
#[derive(Default)]
struct State {
    fill: Option<(u8, u8, u8)>,
    stroke: Option<((u8, u8, u8), u32)>,
    font: String,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
    /// A stroke whose path is open: consecutive lines join it.
    open_path: Option<((u8, u8, u8), u32)>,
    /// Whether `lineJoin` is `round` (set by the first polyline).
    round_join: bool,
}

/// A canvas to draw on, with its 2D context.
pub struct WebCanvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    state: RefCell<State>,
}

fn no_context() -> Error {
    Error::new("canvas", ErrorKind::Environment("the canvas has no 2D context".into()))
}

/// The CSS `font` shorthand for a style.
fn css_font<S: BackendTextStyle>(style: &S) -> String {
    let size = crate::format::trimmed(style.size(), 2);
    format!("{} {size}px {}", style.style().as_str(), style.family().as_str())
}

impl WebCanvas {
    /// Wraps `canvas`, or says why it cannot be drawn on.
    pub fn new(canvas: HtmlCanvasElement) -> Result<Self, Error> {
        let context = super::dom::context_2d(&canvas).ok_or_else(no_context)?;
        Ok(WebCanvas { canvas, context, state: RefCell::new(State::default()) })
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
        *self.state.borrow_mut() = State::default();
        let css = crate::format::trimmed(css_height, 2);
        super::dom::css(&self.canvas, "height", &format!("{css}px"));
    }

    /// Lays out `group` for `viewport`, measuring text with this canvas, sizes
    /// the canvas to the result and paints it: every path that draws (a
    /// render, an animation frame, a PNG export) goes through here.
    pub fn draw(
        &mut self,
        story: &crate::story::Story,
        group: &crate::story::Group,
        options: &crate::render::Options,
        viewport: &crate::layout::Viewport,
    ) -> Result<crate::render::Scene, Error> {
        let scene = self.lay_out(story, group, options, viewport)?;
        crate::render::paint(self, &scene, options.theme.background)?;
        Ok(scene)
    }

    /// The first half of [`WebCanvas::draw`]: lays out and sizes the canvas,
    /// leaving it blank for `paint`.
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
    pub fn measure(&self, text: &str, style: &TextStyle) -> f64 {
        self.set_font(style);
        super::dom::measure_text(&self.context, text)
    }

    fn set_font<S: BackendTextStyle>(&self, style: &S) {
        let font = css_font(style);
        let mut st = self.state.borrow_mut();
        if st.font != font {
            self.context.set_font(&font);
            st.font = font;
        }
    }

    fn set_fill(&self, c: BackendColor) {
        let mut st = self.state.borrow_mut();
        if st.fill != Some(c.rgb) {
            self.context.set_fill_style_str(&crate::theme::hex(c.rgb));
            st.fill = Some(c.rgb);
        }
    }

    /// Sets the stroke colour and width where they differ from the last.
    fn set_stroke(&self, key: ((u8, u8, u8), u32)) {
        let mut st = self.state.borrow_mut();
        if st.stroke != Some(key) {
            self.context.set_stroke_style_str(&crate::theme::hex(key.0));
            self.context.set_line_width(f64::from(key.1));
            st.stroke = Some(key);
        }
    }

    /// Ends an open batch of lines with its one `stroke()`.
    fn flush(&self) {
        if self.state.borrow_mut().open_path.take().is_some() {
            self.context.stroke();
        }
    }
}

impl DrawingBackend for WebCanvas {
    type ErrorType = CanvasFailure;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Res {
        Ok(())
    }

    fn present(&mut self) -> Res {
        self.flush();
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, c: BackendColor) -> Res {
        self.flush();
        self.set_fill(c);
        self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        Ok(())
    }

    /// Straight lines sit on the pixel grid for their width (half-pixel offset
    /// for odd widths only), and consecutive lines of one colour and width are
    /// drawn as one path with one `stroke()`.
    fn draw_line<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S) -> Res {
        let color = s.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let width = s.stroke_width().max(1);
        let key = (color.rgb, width);
        if self.state.borrow().open_path != Some(key) {
            self.flush();
            self.set_stroke(key);
            self.context.begin_path();
            self.state.borrow_mut().open_path = Some(key);
        }
        let shift = if width % 2 == 1 { 0.5 } else { 0.0 };
        let (mut from, mut to) = ((f64::from(a.0), f64::from(a.1)), (f64::from(b.0), f64::from(b.1)));
        if a.0 == b.0 {
            from.0 += shift;
            to.0 += shift;
        }
        if a.1 == b.1 {
            from.1 += shift;
            to.1 += shift;
        }
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S, fill: bool) -> Res {
        self.flush();
        let color = s.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(a.0.min(b.0)), f64::from(a.1.min(b.1)));
        let (w, h) = (f64::from((b.0 - a.0).abs()), f64::from((b.1 - a.1).abs()));
        if fill {
            self.set_fill(color);
            self.context.fill_rect(x, y, w, h);
        } else {
            let width = s.stroke_width().max(1);
            self.set_stroke((color.rgb, width));
            let shift = if width % 2 == 1 { 0.5 } else { 0.0 };
            self.context.stroke_rect(x + shift, y + shift, w, h);
        }
        Ok(())
    }

    /// A polyline as one path and one `stroke()`, however many points: the
    /// default would stroke each segment (or fill an outline of the path for
    /// wider strokes). Round joins, as uPlot draws, so a dense line's sharp
    /// turns do not grow miter spikes past its points; shifted half a pixel
    /// for odd widths, so its vertical runs cover whole pixels.
    ///
    /// The points cross into JavaScript once, as SVG path data for a
    /// `Path2D`, not as a `lineTo` call each: a decimated 10⁵-point line is
    /// up to four points per device-pixel column, thousands of boundary
    /// crossings, which a profile at 4× CPU put at 9 ms of its first draw.
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, s: &S) -> Res {
        self.flush();
        let color = s.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let width = s.stroke_width().max(1);
        self.set_stroke((color.rgb, width));
        if !self.state.borrow().round_join {
            self.context.set_line_join("round");
            self.state.borrow_mut().round_join = true;
        }
        let data = crate::render::path_data(path, width % 2 == 1);
        self.context.stroke_with_path(&super::dom::path(&data));
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, v: I, s: &S) -> Res {
        self.flush();
        self.set_fill(s.color());
        self.context.begin_path();
        for (i, (x, y)) in v.into_iter().enumerate() {
            if i == 0 {
                self.context.move_to(f64::from(x), f64::from(y));
            } else {
                self.context.line_to(f64::from(x), f64::from(y));
            }
        }
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, (x, y): BackendCoord) -> Res {
        self.flush();
        let color = s.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.set_font(s);
        self.set_fill(color);
        let pos = s.anchor();
        {
            let mut st = self.state.borrow_mut();
            let align = match pos.h_pos {
                HPos::Left => "left",
                HPos::Center => "center",
                HPos::Right => "right",
            };
            if st.align != Some(align) {
                self.context.set_text_align(align);
                st.align = Some(align);
            }
            let baseline = match pos.v_pos {
                VPos::Top => "top",
                VPos::Center => "middle",
                VPos::Bottom => "bottom",
            };
            if st.baseline != Some(baseline) {
                self.context.set_text_baseline(baseline);
                st.baseline = Some(baseline);
            }
        }
        super::dom::fill_text(&self.context, text, f64::from(x), f64::from(y));
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasFailure>> {
        self.set_font(style);
        let width = super::dom::measure_text(&self.context, text);
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }
}
