//! The canvas backend: plotters-canvas for drawing, the canvas's own
//! `measureText` for text widths.
//!
//! plotters measures text on wasm32 by appending a `<span>` to the host page's
//! `<body>`: a forced layout per label, host CSS leaking into the result, and
//! a panic where there is no DOM. Answering `estimate_text_size` here avoids
//! all three.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::error::{Error, ErrorKind};
use crate::text::{estimate_width, TextStyle};

/// A canvas to draw on, with its 2D context for measuring.
pub struct WebCanvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    inner: CanvasBackend,
}

fn no_context() -> Error {
    Error::new("canvas", ErrorKind::Environment("the canvas has no 2D context".into()))
}

/// The CSS `font` shorthand for a style, as plotters-canvas sets it when drawing.
fn css_font<S: BackendTextStyle>(style: &S) -> String {
    format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str())
}

impl WebCanvas {
    /// Wraps `canvas`, or says why it cannot be drawn on.
    pub fn new(canvas: HtmlCanvasElement) -> Result<Self, Error> {
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(no_context)?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone()).ok_or_else(no_context)?;
        Ok(WebCanvas { canvas, context, inner })
    }

    /// Sizes the backing store in device pixels and the element in CSS pixels.
    /// The height goes through the CSSOM, which strict CSP pages allow, not a
    /// `style` attribute, which they block.
    pub fn resize(&mut self, (w, h): (u32, u32), css_height: f64) -> Result<(), Error> {
        if self.canvas.width() != w {
            self.canvas.set_width(w);
        }
        if self.canvas.height() != h {
            self.canvas.set_height(h);
        }
        self.canvas
            .style()
            .set_property("height", &format!("{css_height}px"))
            .map_err(|_| Error::new("canvas", ErrorKind::Environment("cannot set the canvas height".into())))
    }

    /// The advance width of `text` in device pixels, from the canvas's metrics.
    pub fn measure(&self, text: &str, style: &TextStyle) -> f64 {
        self.context.set_font(&css_font(style));
        match self.context.measure_text(text) {
            Ok(m) => m.width(),
            Err(_) => estimate_width(text, style.size, style.bold),
        }
    }
}

/// plotters-canvas does not export its error type; name it through the trait.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type Res = Result<(), DrawingErrorKind<CanvasError>>;

impl DrawingBackend for WebCanvas {
    type ErrorType = CanvasError;
    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Res {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Res {
        self.inner.present()
    }
    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Res {
        self.inner.draw_pixel(p, c)
    }
    /// Lines are drawn here rather than by plotters-canvas, which shifts every
    /// straight line by half a pixel whatever its width: right for odd widths,
    /// a blurred two-pixel smear for the even widths a pixel ratio of 2 gives.
    fn draw_line<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S) -> Res {
        let color = s.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let width = s.stroke_width().max(1);
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
        let (r, g, bl) = color.rgb;
        self.context.set_stroke_style_str(&format!("rgb({r},{g},{bl})"));
        self.context.set_line_width(f64::from(width));
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, s: &S) -> Res {
        self.inner.draw_path(path, s)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, v: I, s: &S) -> Res {
        self.inner.fill_polygon(v, s)
    }
    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S, fill: bool) -> Res {
        self.inner.draw_rect(a, b, s, fill)
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, pos: BackendCoord) -> Res {
        self.inner.draw_text(text, s, pos)
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.context.set_font(&css_font(style));
        let width = self.context.measure_text(text).map(|m| m.width()).unwrap_or(0.0);
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }
}
