//! Drawing: a chart is laid out into a [`Scene`] of plain shapes, then painted
//! through any plotters [`DrawingBackend`].
//!
//! Keeping layout apart from painting means the same scene paints the browser
//! canvas and the SVG snapshots, tests can assert on shapes instead of pixels,
//! and hit-testing can reuse the mark boxes without drawing anything.

mod bars;
mod frame;

use plotters_backend::DrawingBackend;

use crate::error::{Error, ErrorKind};
use crate::layout::Viewport;
use crate::story::{ChartKind, Group, Lang, Story};
use crate::text::TextStyle;
use crate::theme::{Color, Stroke, Theme};

/// One thing to draw, in device pixels.
#[derive(Clone, Debug)]
pub enum Shape {
    /// A filled rectangle.
    Fill {
        /// Top-left corner.
        from: (i32, i32),
        /// Bottom-right corner.
        to: (i32, i32),
        /// Fill colour.
        color: Color,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (i32, i32),
        /// End.
        to: (i32, i32),
        /// Colour and width.
        stroke: Stroke,
    },
    /// An outlined rectangle.
    Outline {
        /// Top-left corner.
        from: (i32, i32),
        /// Bottom-right corner.
        to: (i32, i32),
        /// Colour and width.
        stroke: Stroke,
    },
    /// A line of text; `pos` is where the style's anchor sits.
    Text {
        /// The text, never markup.
        text: String,
        /// Anchor point.
        pos: (i32, i32),
        /// Size, colour, weight and anchor.
        style: TextStyle,
    },
}

/// A figure's mark and where it is, for hit-testing and structural tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The figure's id.
    pub figure: String,
    /// Its box: left, top, right, bottom in device pixels.
    pub bounds: (i32, i32, i32, i32),
}

/// A laid-out chart.
#[derive(Clone, Debug)]
pub struct Scene {
    /// Width and height in device pixels.
    pub size: (u32, u32),
    /// Height in CSS pixels, for the element that holds the canvas.
    pub css_height: f64,
    /// What to draw, back to front.
    pub shapes: Vec<Shape>,
    /// One entry per figure drawn.
    pub marks: Vec<Mark>,
    /// The plot area (left, top, right, bottom): marks stay inside it.
    pub plot: (i32, i32, i32, i32),
}

/// Measures text in device pixels; the web edge passes the canvas's own metrics.
pub type Measure<'a> = &'a dyn Fn(&str, &TextStyle) -> f64;

/// Lays out `group` of `story` for a box `viewport` wide.
pub fn layout(
    story: &Story,
    group: &Group,
    lang: Lang,
    theme: &Theme,
    viewport: &Viewport,
    measure: Measure,
) -> Result<Scene, Error> {
    match group.kind {
        ChartKind::Bars => bars::layout(story, group, lang, theme, viewport, measure),
        other => Err(Error::new(
            format!("groups.{}", group.id),
            ErrorKind::Unsupported(format!("{other:?}").to_lowercase()),
        )),
    }
}

fn drawing_error<E: std::error::Error + Send + Sync>(
    e: plotters_backend::DrawingErrorKind<E>,
) -> Error {
    Error::new("canvas", ErrorKind::Drawing(e.to_string()))
}

/// Paints `scene` onto `backend`, background first.
pub fn paint<DB: DrawingBackend>(
    backend: &mut DB,
    scene: &Scene,
    theme: &Theme,
) -> Result<(), Error> {
    backend.ensure_prepared().map_err(drawing_error)?;
    let (w, h) = scene.size;
    backend
        .draw_rect((0, 0), (w as i32, h as i32), &theme.background, true)
        .map_err(drawing_error)?;
    for shape in &scene.shapes {
        match shape {
            Shape::Fill { from, to, color } => backend.draw_rect(*from, *to, color, true),
            Shape::Outline { from, to, stroke } => backend.draw_rect(*from, *to, stroke, false),
            Shape::Line { from, to, stroke } => backend.draw_line(*from, *to, stroke),
            Shape::Text { text, pos, style } => backend.draw_text(text, style, *pos),
        }
        .map_err(drawing_error)?;
    }
    backend.present().map_err(drawing_error)
}
