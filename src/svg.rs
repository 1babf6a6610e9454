//! SVG output of a chart through plotters' [`DrawingBackend`]: the snapshot
//! tests, the static no-JavaScript fallbacks and the reader's SVG download all
//! come from the same scene as the canvas.
//!
//! A small writer of our own rather than plotters-svg: it keeps text at the
//! canvas's size (plotters-svg divides font sizes by 1.24), writes compact
//! integer coordinates, escapes text, and builds for wasm32 without bringing a
//! second backend crate into the Wasm file.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
};

use crate::error::Error;
use crate::layout::Viewport;
use crate::render::{layout, paint, Options};
use crate::story::Story;
use crate::text::{estimate_width, TextStyle};

/// An SVG document being written.
pub struct SvgWriter {
    size: (u32, u32),
    out: String,
}

/// Writing to a `String` cannot fail: there is no value of this error type,
/// so no code to report one is compiled.
#[derive(Debug)]
pub enum Never {}

impl std::fmt::Display for Never {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

type Res = Result<(), DrawingErrorKind<Never>>;

fn hex(c: BackendColor) -> String {
    crate::theme::hex(c.rgb)
}

/// A coordinate or size in digits (newsfig's own writer, not `Display`: the
/// SVG download is made in the tools module, which then carries no
/// `core::fmt`).
fn n(v: i32) -> String {
    crate::format::decimal(f64::from(v), 0)
}

/// A width or height in digits.
fn u(v: u32) -> String {
    crate::format::int(v.into())
}

/// `s` with the five XML-special characters escaped, so data never becomes markup.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl SvgWriter {
    /// An empty document `size` device pixels large.
    pub fn new(size: (u32, u32)) -> Self {
        let (w, h) = size;
        let (w, h) = (u(w), u(h));
        let out = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n");
        SvgWriter { size, out }
    }

    /// The finished document.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

impl DrawingBackend for SvgWriter {
    type ErrorType = Never;
    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Res {
        Ok(())
    }
    fn present(&mut self) -> Res {
        Ok(())
    }
    fn draw_pixel(&mut self, (x, y): BackendCoord, c: BackendColor) -> Res {
        let rect =
            format!("<rect x=\"{}\" y=\"{}\" width=\"1\" height=\"1\" fill=\"{}\"/>\n", n(x), n(y), hex(c));
        self.out.push_str(&rect);
        Ok(())
    }
    fn draw_line<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S) -> Res {
        let (c, w) = (hex(s.color()), u(s.stroke_width()));
        let line = format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{c}\" stroke-width=\"{w}\"/>\n",
            n(a.0),
            n(a.1),
            n(b.0),
            n(b.1)
        );
        self.out.push_str(&line);
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S, fill: bool) -> Res {
        let (x, y, w, h) = (a.0.min(b.0), a.1.min(b.1), (b.0 - a.0).abs(), (b.1 - a.1).abs());
        let paint = if fill {
            format!("fill=\"{}\"", hex(s.color()))
        } else {
            format!("fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"", hex(s.color()), u(s.stroke_width()))
        };
        let rect =
            format!("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {paint}/>\n", n(x), n(y), n(w), n(h));
        self.out.push_str(&rect);
        Ok(())
    }
    /// A path as one `<polyline>`, where plotters' default writes a `<line>`
    /// per segment (or, for a wider stroke, a filled outline of the path).
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, s: &S) -> Res {
        self.out.push_str("<polyline points=\"");
        for (i, (x, y)) in path.into_iter().enumerate() {
            let point = format!("{}{},{}", if i == 0 { "" } else { " " }, n(x), n(y));
            self.out.push_str(&point);
        }
        let (c, w) = (hex(s.color()), u(s.stroke_width()));
        let end =
            format!("\" fill=\"none\" stroke=\"{c}\" stroke-width=\"{w}\" stroke-linejoin=\"round\"/>\n");
        self.out.push_str(&end);
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, v: I, s: &S) -> Res {
        let points: Vec<String> = v.into_iter().map(|(x, y)| format!("{},{}", n(x), n(y))).collect();
        let polygon = format!(
            "<polygon points=\"{}\" fill=\"{}\"/>\n",
            crate::format::join(&points, " "),
            hex(s.color())
        );
        self.out.push_str(&polygon);
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, (x, y): BackendCoord) -> Res {
        let anchor = match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        // Baseline shifts in em, which every SVG renderer honours (not all
        // support `dominant-baseline`).
        let dy = match s.anchor().v_pos {
            VPos::Top => "0.8em",
            VPos::Center => "0.35em",
            VPos::Bottom => "0",
        };
        let weight = if matches!(s.style(), FontStyle::Bold) { " font-weight=\"bold\"" } else { "" };
        let element = format!("<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-family=\"{}\" fill=\"{}\" text-anchor=\"{anchor}\" dy=\"{dy}\"{weight}>{}</text>\n", n(x), n(y), crate::format::trimmed(s.size(), 2), escape(s.family().as_str()), hex(s.color()), escape(text));
        self.out.push_str(&element);
        Ok(())
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
    let mut svg = SvgWriter::new(scene.size);
    paint(&mut svg, &scene, options.theme.background)?;
    Ok(svg.finish())
}

/// Renders group `group_id` of `story` as an SVG document `css_width` pixels
/// wide, measuring text with the deterministic estimate.
pub fn render(story: &Story, group_id: &str, options: &Options, css_width: f64) -> Result<String, Error> {
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    render_with(story, group_id, options, css_width, 1.0, &measure)
}
