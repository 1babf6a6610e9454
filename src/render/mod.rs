//! Drawing: a chart is laid out into a [`Scene`] of plain shapes, then painted
//! through any plotters [`DrawingBackend`].
//!
//! Keeping layout apart from painting means the same scene paints the browser
//! canvas and the SVG snapshots, tests can assert on shapes instead of pixels,
//! and hit-testing can reuse the mark boxes without drawing anything.

mod annotate;
mod axis;
mod bars;
#[cfg(feature = "composition")]
mod composition;
mod context;
mod frame;
#[cfg(feature = "headline")]
mod headline;
pub mod line;
mod marks;
#[cfg(feature = "range")]
mod range;
#[cfg(feature = "share")]
mod share;
#[cfg(feature = "timeline")]
mod timeline;

use plotters_backend::DrawingBackend;

pub use annotate::{marker, Callout};
pub use context::Options;
use context::{Ctx, Out};
pub use frame::{format_date, source_line};

use crate::error::{Error, ErrorKind};
use crate::layout::Viewport;
use crate::story::{ChartKind, Group, Story};
use crate::text::TextStyle;
use crate::theme::{Color, Stroke};

/// One thing to draw, in device pixels.
#[derive(Clone, Debug)]
pub enum Shape {
    /// A filled rectangle from the top-left to the bottom-right corner.
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
    /// A filled polygon, such as the arrowhead of an open-ended bar.
    Polygon {
        /// Corners in order.
        points: Vec<(i32, i32)>,
        /// Fill colour.
        color: Color,
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

/// A figure's (or event's) mark and where it is, for hit-testing and tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The figure's or event's id.
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
    /// Legend rows a reader can toggle: item index and box, device px.
    pub legend: Vec<(usize, (i32, i32, i32, i32))>,
    /// Each figure's span as drawn, where the next animation starts from.
    pub spans: Vec<(String, (f64, f64))>,
    /// The annotations drawn beside their marks.
    pub callouts: Vec<Callout>,
    /// The annotations written under the chart instead, by index in the
    /// group's `annotations`, in the order of their numbers (① first).
    pub footnoted: Vec<usize>,
}

/// Measures text in device pixels; the web edge passes the canvas's own metrics.
pub type Measure<'a> = &'a dyn Fn(&str, &TextStyle) -> f64;

/// Whether a logarithmic scale helps `group`: a bar chart whose values span
/// at least a factor of ten.
pub fn log_applies(story: &Story, group: &Group) -> bool {
    bars::log_applies(story, group)
}

/// Lays out `group` of `story` for a box `viewport` wide.
pub fn layout(
    story: &Story,
    group: &Group,
    options: &Options,
    viewport: &Viewport,
    measure: Measure,
) -> Result<Scene, Error> {
    let gi = story.groups.iter().position(|g| g.id == group.id).unwrap_or(0);
    // Where annotations go is decided on the settled chart, so that they
    // stay put while its marks move; each round footnotes those that found
    // no place, whose markers then widen their labels, until all fit.
    let animating = options.grow < 1.0 && !group.annotations.is_empty();
    let settled = animating.then(|| Options { grow: 1.0, previous: Vec::new(), ..options.clone() });
    let mut footnoted: Vec<usize> = Vec::new();
    let (out, bottom, plot, placed) = loop {
        let opts = settled.as_ref().unwrap_or(options);
        let cx = Ctx::new(story, group, gi, opts, viewport, measure, &footnoted);
        let (out, bottom, plot) = compose(&cx)?;
        if group.annotations.is_empty() {
            break (out, bottom, plot, annotate::Placed::default());
        }
        let (left, right) = cx.edges();
        let placed = annotate::place(&cx, &out, (left, f64::from(plot.1), right, bottom));
        if placed.failed.is_empty() {
            break (out, bottom, plot, placed);
        }
        // Numbered in the order of the annotations (a sort would add 4.8 KB of Wasm).
        for k in placed.failed {
            let at = footnoted.partition_point(|&f| f < k);
            footnoted.insert(at, k);
        }
    };
    let cx = Ctx::new(story, group, gi, options, viewport, measure, &footnoted);
    let (mut out, bottom, plot) = if animating { compose(&cx)? } else { (out, bottom, plot) };
    out.shapes.extend(placed.shapes);
    if let Some(mark) = options.focus.and_then(|i| out.marks.get(i)) {
        // The focus ring: 2 CSS px in the text colour, 3 px clear of the mark.
        let (l, t, r, b) = mark.bounds;
        let gap = cx.px(3.0).round() as i32;
        let stroke = Stroke { color: cx.theme.text, width: viewport.line(2.0) };
        out.shapes.push(Shape::Outline { from: (l - gap, t - gap), to: (r + gap, b + gap), stroke });
    }
    let notes = annotate::footnotes(&cx, &mut out, bottom + cx.px(14.0));
    let height = frame::footer(&cx, &mut out, notes).ceil();
    Ok(Scene {
        size: (viewport.device_width(), height as u32),
        css_height: height / viewport.ratio,
        shapes: out.shapes,
        spans: out.spans,
        marks: out.marks,
        plot,
        callouts: placed.callouts,
        footnoted,
        legend: out
            .legend
            .iter()
            .map(|&(i, (l, t, r, b))| (i, (l as i32, t as i32, r.ceil() as i32, b.ceil() as i32)))
            .collect(),
    })
}

/// The header and body of a chart: what it draws, the body's bottom and its plot area.
fn compose(cx: &Ctx) -> Result<(Out, f64, context::Plot), Error> {
    let mut out = Out::default();
    let top = frame::header(cx, &mut out);
    let (bottom, plot) = match cx.group.kind {
        ChartKind::Bars => bars::body(cx, &mut out, top)?,
        #[cfg(feature = "headline")]
        ChartKind::Headline => headline::body(cx, &mut out, top)?,
        #[cfg(feature = "range")]
        ChartKind::Range => range::body(cx, &mut out, top)?,
        #[cfg(feature = "share")]
        ChartKind::Share => share::body(cx, &mut out, top)?,
        #[cfg(feature = "composition")]
        ChartKind::Composition => composition::body(cx, &mut out, top)?,
        #[cfg(feature = "timeline")]
        ChartKind::Timeline => timeline::body(cx, &mut out, top)?,
        // A kind this build leaves out (see ChartKind::built).
        #[allow(unreachable_patterns)]
        kind => return Err(kind.not_built(cx.index)),
    };
    Ok((out, bottom, plot))
}

fn drawing_error<E: std::error::Error + Send + Sync>(e: plotters_backend::DrawingErrorKind<E>) -> Error {
    // The backend's error itself, without plotters' wording of the kind.
    // (plotters-canvas reports an exception from the canvas, which the calls
    // newsfig makes do not throw; font errors come only from plotters' own
    // font code, which newsfig does not use.)
    let m = match e {
        plotters_backend::DrawingErrorKind::DrawingError(e) => e.to_string(),
        plotters_backend::DrawingErrorKind::FontError(_) => "a font could not be read".to_owned(),
    };
    Error::new("canvas", ErrorKind::Drawing(m))
}

/// The order texts are drawn in: grouped by style, so a canvas sets each font,
/// colour and alignment once rather than per label.
fn text_key(style: &TextStyle) -> (u64, bool, (u8, u8, u8), u8) {
    use plotters_backend::text_anchor::{HPos, VPos};
    let h = match style.anchor.h_pos {
        HPos::Left => 0,
        HPos::Center => 1,
        HPos::Right => 2,
    };
    let v = match style.anchor.v_pos {
        VPos::Top => 0,
        VPos::Center => 3,
        VPos::Bottom => 6,
    };
    let c = style.color;
    (style.size.to_bits(), style.bold, (c.0, c.1, c.2), h + v)
}

/// Paints `scene` onto `backend`: background over the backend's whole area
/// (its `get_size`: a canvas's backing store, sized to the scene), then the
/// shapes in order, then all text on top, grouped by style (text never sits
/// under a mark).
pub fn paint<DB: DrawingBackend>(backend: &mut DB, scene: &Scene, background: Color) -> Result<(), Error> {
    draw(backend, scene, background)?;
    backend.present().map_err(drawing_error)
}

/// [`paint`] but for its last step, `present`, for a caller that draws more
/// on top: a backend may finish its output on `present` (plotters-svg
/// closes the document).
pub(crate) fn draw<DB: DrawingBackend>(
    backend: &mut DB,
    scene: &Scene,
    background: Color,
) -> Result<(), Error> {
    backend.ensure_prepared().map_err(drawing_error)?;
    let (w, h) = backend.get_size();
    backend.draw_rect((0, 0), (w as i32, h as i32), &background, true).map_err(drawing_error)?;
    let mut texts = Vec::new();
    for shape in &scene.shapes {
        match shape {
            Shape::Fill { from, to, color } => backend.draw_rect(*from, *to, color, true),
            Shape::Outline { from, to, stroke } => backend.draw_rect(*from, *to, stroke, false),
            Shape::Line { from, to, stroke } => backend.draw_line(*from, *to, stroke),
            Shape::Polygon { points, color } => backend.fill_polygon(points.iter().copied(), color),
            Shape::Text { text, pos, style } => {
                texts.push((text, pos, style));
                Ok(())
            }
        }
        .map_err(drawing_error)?;
    }
    // Each style in the order it first appears, then every text of that style:
    // a handful of styles, so no sort is needed (nor its code in the Wasm).
    let mut keys = Vec::new();
    for (_, _, style) in &texts {
        let k = text_key(style);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    for k in keys {
        for (text, pos, style) in texts.iter().filter(|(_, _, s)| text_key(s) == k) {
            backend.draw_text(text, *style, **pos).map_err(drawing_error)?;
        }
    }
    Ok(())
}

/// A figure's value as its mark's label: qualifier sign, unit, and "derived"
/// spelled out where it applies, so the label never claims the article said it.
fn value_text(cx: &Ctx, f: &crate::story::Figure) -> String {
    let v = crate::format::value_label(&f.value, &f.unit, cx.lang);
    match (&f.derived, cx.lang) {
        (None, _) => v,
        (Some(_), crate::story::Lang::Zh) => format!("{v}（推算）"),
        (Some(_), crate::story::Lang::En) => format!("{v} (derived)"),
    }
}
