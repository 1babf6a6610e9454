//! Native SVG output of a chart, for snapshot tests and static fallbacks.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_svg::SVGBackend;

use crate::error::Error;
use crate::layout::Viewport;
use crate::render::{layout, paint, Options};
use crate::story::Story;
use crate::text::{estimate_width, TextStyle};

/// plotters-svg writes `font-size` as the style's size divided by 1.24, while
/// the canvas uses the size as is; this factor undoes that so text is the
/// same size in both.
const PLOTTERS_SVG_FONT_FACTOR: f64 = 1.24;

/// [`SVGBackend`] with text sized as on the canvas.
struct Svg<'a>(SVGBackend<'a>);

/// A text style with its size scaled for plotters-svg.
struct Scaled<'s, S>(&'s S);

impl<S: BackendTextStyle> BackendTextStyle for Scaled<'_, S> {
    type FontError = S::FontError;
    fn color(&self) -> BackendColor {
        self.0.color()
    }
    fn size(&self) -> f64 {
        self.0.size() * PLOTTERS_SVG_FONT_FACTOR
    }
    fn transform(&self) -> plotters_backend::FontTransform {
        self.0.transform()
    }
    fn style(&self) -> plotters_backend::FontStyle {
        self.0.style()
    }
    fn anchor(&self) -> plotters_backend::text_anchor::Pos {
        self.0.anchor()
    }
    fn family(&self) -> plotters_backend::FontFamily<'_> {
        self.0.family()
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        self.0.layout_box(text)
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        self.0.draw(text, pos, draw)
    }
}

type Res<'a> = Result<(), DrawingErrorKind<<SVGBackend<'a> as DrawingBackend>::ErrorType>>;

impl<'a> DrawingBackend for Svg<'a> {
    type ErrorType = <SVGBackend<'a> as DrawingBackend>::ErrorType;
    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }
    fn ensure_prepared(&mut self) -> Res<'a> {
        self.0.ensure_prepared()
    }
    fn present(&mut self) -> Res<'a> {
        self.0.present()
    }
    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Res<'a> {
        self.0.draw_pixel(p, c)
    }
    fn draw_line<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S) -> Res<'a> {
        self.0.draw_line(a, b, s)
    }
    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S, fill: bool) -> Res<'a> {
        self.0.draw_rect(a, b, s, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Res<'a> {
        self.0.draw_path(path, s)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        v: I,
        s: &S,
    ) -> Res<'a> {
        self.0.fill_polygon(v, s)
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, pos: BackendCoord) -> Res<'a> {
        self.0.draw_text(text, &Scaled(s), pos)
    }
}

/// Renders group `group_id` of `story` as an SVG document `css_width` pixels wide,
/// measuring text with the deterministic estimate.
pub fn render(story: &Story, group_id: &str, options: &Options, css_width: f64) -> Result<String, Error> {
    let group = story.group(group_id)?;
    let viewport = Viewport::new(css_width, 1.0)?;
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let scene = layout(story, group, options, &viewport, &measure)?;
    let mut out = String::new();
    {
        let mut backend = Svg(SVGBackend::with_string(&mut out, scene.size));
        paint(&mut backend, &scene, options.theme.background)?;
    }
    Ok(out)
}
