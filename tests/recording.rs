//! A recording backend: paints each chart through plotters' `DrawingBackend`
//! into a list of calls, then checks what was drawn, not what was laid out.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::layout::Viewport;
use newsfig::render::{layout, paint, Options, Scene};
use newsfig::text::{estimate_width, TextStyle};
use newsfig::theme::Theme;
use newsfig::{story, Lang};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

#[derive(Debug)]
enum Call {
    Rect { from: BackendCoord, to: BackendCoord, rgb: (u8, u8, u8) },
    Line { from: BackendCoord, to: BackendCoord },
    Polygon { points: Vec<BackendCoord>, rgb: (u8, u8, u8) },
    Text { pos: BackendCoord },
}

struct Recorder {
    size: (u32, u32),
    calls: Vec<Call>,
}

use std::convert::Infallible as Never;

type Res = Result<(), DrawingErrorKind<Never>>;

impl DrawingBackend for Recorder {
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
    fn draw_pixel(&mut self, p: BackendCoord, _: BackendColor) -> Res {
        panic!("a pixel was drawn at {p:?}: shapes must go through the backend's own primitives")
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, _: &S) -> Res {
        self.calls.push(Call::Line { from, to });
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S, _: bool) -> Res {
        self.calls.push(Call::Rect { from, to, rgb: s.color().rgb });
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, v: I, s: &S) -> Res {
        self.calls.push(Call::Polygon { points: v.into_iter().collect(), rgb: s.color().rgb });
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(&mut self, _: &str, _: &S, pos: BackendCoord) -> Res {
        self.calls.push(Call::Text { pos });
        Ok(())
    }
}

/// Every group of the built-in story, by id.
fn groups() -> Vec<String> {
    story::builtin().unwrap().groups.into_iter().map(|g| g.id).collect()
}

fn record(group: &str, lang: Lang, width: f64, theme: Theme) -> (Scene, Vec<Call>) {
    let story = story::builtin().unwrap();
    let vp = Viewport::new(width, 2.0).unwrap();
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let options = Options { theme, ..Options::new(lang) };
    let scene = layout(&story, story.group(group).unwrap(), &options, &vp, &measure).unwrap();
    let mut rec = Recorder { size: scene.size, calls: Vec::new() };
    paint(&mut rec, &scene, theme.background).unwrap();
    (scene, rec.calls)
}

fn inside((x, y): BackendCoord, (w, h): (u32, u32)) -> bool {
    x >= 0 && y >= 0 && x <= w as i32 && y <= h as i32
}

#[test]
fn nothing_is_drawn_off_the_canvas() {
    for group in groups() {
        let group = group.as_str();
        for width in [320.0, 640.0, 1000.0] {
            let (scene, calls) = record(group, Lang::En, width, Theme::light());
            assert!(calls.len() > 5, "{group}: only {} calls", calls.len());
            for call in &calls {
                let points: Vec<BackendCoord> = match call {
                    Call::Rect { from, to, .. } | Call::Line { from, to } => vec![*from, *to],
                    Call::Polygon { points, .. } => points.clone(),
                    Call::Text { pos } => vec![*pos],
                };
                for p in points {
                    assert!(inside(p, scene.size), "{group} {width}: {call:?} leaves {:?}", scene.size);
                }
            }
        }
    }
}

#[test]
fn every_figure_gets_a_mark_in_the_series_colours_inside_its_box() {
    for group in groups() {
        let group = group.as_str();
        for theme in [Theme::light(), Theme::dark()] {
            let (scene, calls) = record(group, Lang::Zh, 640.0, theme);
            // The palette, and the grey of marks a highlight leaves out.
            let colours: Vec<(u8, u8, u8)> = theme
                .palette
                .iter()
                .chain([&theme.other])
                .flat_map(|c| [c.backend().rgb, theme.tint(*c).backend().rgb])
                .collect();
            for mark in &scene.marks {
                let (l, t, r, b) = mark.bounds;
                let drawn = calls.iter().any(|c| match c {
                    Call::Rect { from, to, rgb } => {
                        colours.contains(rgb) && from.0 >= l && from.1 >= t && to.0 <= r && to.1 <= b
                    }
                    Call::Polygon { points, rgb } => {
                        colours.contains(rgb) && points.iter().all(|p| p.1 >= t - 8 && p.1 <= b + 8)
                    }
                    _ => false,
                });
                assert!(drawn, "{group}: nothing drawn for {} in {:?}", mark.figure, mark.bounds);
            }
        }
    }
}

#[test]
fn bars_are_drawn_inside_the_plot_area() {
    for log in [false, true] {
        let story = story::builtin().unwrap();
        let vp = Viewport::new(640.0, 1.0).unwrap();
        let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
        let options = Options { log, ..Options::new(Lang::En) };
        let scene =
            layout(&story, story.group("luodangshen_acreage").unwrap(), &options, &vp, &measure).unwrap();
        let mut rec = Recorder { size: scene.size, calls: Vec::new() };
        paint(&mut rec, &scene, options.theme.background).unwrap();
        let (l, t, r, b) = scene.plot;
        // The highlighted bar in the mark colour, the others in the grey.
        let colours: Vec<_> = [options.theme.mark(), options.theme.other]
            .into_iter()
            .flat_map(|c| [c.backend().rgb, options.theme.tint(c).backend().rgb])
            .collect();
        let mut bars = 0;
        for call in &rec.calls {
            if let Call::Rect { from, to, rgb } = call {
                if colours.contains(rgb) {
                    bars += 1;
                    assert!(
                        from.0 >= l && from.1 >= t && to.0 <= r && to.1 <= b,
                        "{call:?} outside {:?}",
                        scene.plot
                    );
                }
            }
        }
        assert!(bars >= 3, "three bars, found {bars} bar rectangles");
    }
}
