//! What the wrapper adds to plotters-canvas, and what plotters-canvas gives
//! where it is used as is, on a real canvas (`wasm-pack test --headless
//! --chrome`; under `--node` these are skipped).

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::DrawingBackend;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::WebCanvas;
use crate::text::TextStyle;
use crate::theme::{Color, Stroke};

wasm_bindgen_test_configure!(run_in_browser);

const INK: Color = Color(0, 0, 0);
const PAPER: Color = Color(255, 255, 255);

/// A white canvas `w` × `h` device pixels, attached to the page.
fn canvas(w: u32, h: u32) -> (HtmlCanvasElement, WebCanvas) {
    let document = web_sys::window().unwrap().document().unwrap();
    let element: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    let mut canvas = WebCanvas::new(element.clone()).unwrap();
    canvas.resize((w, h), f64::from(h));
    canvas.ensure_prepared().unwrap();
    canvas.draw_rect((0, 0), (w as i32, h as i32), &PAPER, true).unwrap();
    (element, canvas)
}

/// Each pixel as `b'#'` (exactly the ink), `b'.'` (the paper) or `b'~'` (a blend).
fn pixels(element: &HtmlCanvasElement) -> Vec<Vec<u8>> {
    let ctx: CanvasRenderingContext2d = element.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let (w, h) = (element.width(), element.height());
    let data = ctx.get_image_data(0.0, 0.0, f64::from(w), f64::from(h)).unwrap().data();
    let kind = |p: &[u8]| match (p[0], p[1], p[2]) {
        (0, 0, 0) => b'#',
        (255, 255, 255) => b'.',
        _ => b'~',
    };
    data.chunks(4 * w as usize).map(|row| row.chunks(4).map(kind).collect()).collect()
}

/// The pixel columns of `row` that are not paper, with their kind.
fn inked(row: &[u8]) -> Vec<(usize, char)> {
    row.iter().enumerate().filter(|(_, &k)| k != b'.').map(|(x, &k)| (x, char::from(k))).collect()
}

#[wasm_bindgen_test]
fn get_size_is_the_backing_store_in_device_pixels_and_css_height_follows() {
    let (element, canvas) = canvas(300, 120);
    // plotters-canvas's own get_size, forwarded: the scene's units.
    assert_eq!(canvas.get_size(), (300, 120));
    let mut canvas = canvas;
    canvas.resize((600, 240), 120.0);
    assert_eq!(canvas.get_size(), (600, 240));
    assert_eq!(element.client_height(), 120);
    element.remove();
}

#[wasm_bindgen_test]
fn plotters_canvas_puts_odd_width_lines_on_the_grid_and_smears_even_ones() {
    let (element, _) = canvas(20, 4);
    let mut plain = CanvasBackend::with_canvas_object(element.clone()).unwrap();
    plain.draw_line((6, 0), (6, 4), &Stroke { color: INK, width: 1 }).unwrap();
    plain.draw_line((14, 0), (14, 4), &Stroke { color: INK, width: 2 }).unwrap();
    // 1 px at x = 6 is exactly column 5; 2 px at x = 14 is column 13 and half of 12 and 14.
    assert_eq!(inked(&pixels(&element)[1]), [(5, '#'), (12, '~'), (13, '#'), (14, '~')]);
    element.remove();
}

#[wasm_bindgen_test]
fn every_line_width_covers_whole_pixels() {
    let (element, mut canvas) = canvas(40, 24);
    for (x, width) in [(4, 1), (12, 2), (22, 3), (32, 4)] {
        canvas.draw_line((x, 0), (x, 24), &Stroke { color: INK, width }).unwrap();
    }
    canvas.draw_line((0, 20), (2, 20), &Stroke { color: INK, width: 2 }).unwrap();
    let rows = pixels(&element);
    let columns = |w: std::ops::Range<usize>| w.map(|x| (x, '#')).collect::<Vec<_>>();
    let expected = [columns(3..4), columns(11..13), columns(20..23), columns(30..34)].concat();
    assert_eq!(inked(&rows[5]), expected);
    // The horizontal 2 px line: rows 19 and 20, columns 0 and 1.
    assert_eq!(inked(&rows[19])[..2], [(0, '#'), (1, '#')]);
    assert_eq!(inked(&rows[20])[..2], [(0, '#'), (1, '#')]);
    assert_eq!(inked(&rows[21]), inked(&rows[5]));
    element.remove();
}

#[wasm_bindgen_test]
fn an_odd_width_outline_covers_whole_pixels_and_its_corners() {
    let (element, mut canvas) = canvas(20, 20);
    canvas.draw_rect((5, 5), (15, 15), &Stroke { color: INK, width: 3 }, false).unwrap();
    let rows = pixels(&element);
    assert!(rows.iter().flatten().all(|&k| k != b'~'), "no blended pixel");
    // Each side covers 3 px centred half a pixel before its coordinate, as
    // plotters-canvas places an odd-width line: columns 3-5 for x = 5, 13-15 for x = 15.
    assert_eq!(inked(&rows[3]), (3..16).map(|x| (x, '#')).collect::<Vec<_>>());
    assert_eq!(inked(&rows[10]), [(3, '#'), (4, '#'), (5, '#'), (13, '#'), (14, '#'), (15, '#')]);
    assert!(inked(&rows[2]).is_empty() && inked(&rows[16]).is_empty());
    element.remove();
}

#[wasm_bindgen_test]
fn text_is_measured_by_the_canvas_in_the_font_it_is_drawn_in_adding_nothing_to_the_page() {
    let body = web_sys::window().unwrap().document().unwrap().body().unwrap();
    let (element, mut canvas) = canvas(200, 40);
    let children = body.child_element_count();
    let style = TextStyle::new(20.0, INK);
    let (wide, _) = canvas.estimate_text_size("WWWW", &style).unwrap();
    let (narrow, high) = canvas.estimate_text_size("iiii", &style).unwrap();
    assert!(wide > narrow, "{wide} vs {narrow}");
    assert_eq!(high, 20);
    assert_eq!(body.child_element_count(), children);
    // Drawing sets the font the measure used: the canvas itself agrees.
    canvas.draw_text("WWWW", &style, (0, 0)).unwrap();
    let ctx: CanvasRenderingContext2d = element.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(ctx.measure_text("WWWW").unwrap().width().ceil() as u32, wide);
    assert_eq!(canvas.estimate_text_size("WWWW", &style).unwrap().0, wide);
    element.remove();
}

#[wasm_bindgen_test]
fn left_anchored_text_stays_left_on_a_right_to_left_page() {
    let (element, mut canvas) = canvas(200, 40);
    element.set_attribute("dir", "rtl").unwrap();
    let style = TextStyle::new(20.0, INK).anchored(HPos::Left, VPos::Top);
    canvas.ensure_prepared().unwrap();
    canvas.draw_text("Left", &style, (100, 5)).unwrap();
    let rows = pixels(&element);
    let xs: Vec<usize> = rows.iter().flat_map(|r| inked(r).into_iter().map(|(x, _)| x)).collect();
    assert!(!xs.is_empty() && xs.iter().all(|&x| x >= 99), "text starts at x = 100: {:?}", xs.iter().min());
    element.remove();
}

#[wasm_bindgen_test]
fn a_polyline_of_odd_width_covers_whole_pixels_as_a_line_does() {
    let (element, mut canvas) = canvas(20, 20);
    canvas.draw_path([(6, 2), (6, 12), (16, 12)], &Stroke { color: INK, width: 1 }).unwrap();
    let rows = pixels(&element);
    // Column 5 and row 11, as draw_line would put a 1 px line at x = 6 and y = 12
    // (the run's ends, at pixel centres, half cover their pixels).
    assert_eq!(inked(&rows[6]), [(5, '#')]);
    let row: Vec<_> = (6..15).map(|x| (x, '#')).collect();
    assert_eq!(inked(&rows[11]), [vec![(5, '~')], row, vec![(15, '~')]].concat());
    assert!(inked(&rows[10]).iter().all(|&(x, _)| x == 5) && inked(&rows[12]).is_empty());
    element.remove();
}

#[wasm_bindgen_test]
fn a_polyline_turns_with_round_joins_not_miter_spikes() {
    let (element, mut round) = canvas(100, 60);
    let turn = [(10, 17), (60, 30), (10, 43)];
    round.draw_path(turn, &Stroke { color: INK, width: 9 }).unwrap();
    let reach = |rows: &[Vec<u8>]| rows.iter().flat_map(|r| inked(r).into_iter().map(|(x, _)| x)).max();
    // Round: the stroke ends within half its width of the turn.
    assert!(reach(&pixels(&element)).is_some_and(|x| (59..=65).contains(&x)));
    // plotters-canvas's own path keeps the default miter, which reaches far past it.
    let (plain, _) = canvas(100, 60);
    CanvasBackend::with_canvas_object(plain.clone())
        .unwrap()
        .draw_path(turn, &Stroke { color: INK, width: 9 })
        .unwrap();
    assert!(reach(&pixels(&plain)).is_some_and(|x| x > 70));
    element.remove();
    plain.remove();
}
