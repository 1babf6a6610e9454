//! What the wrapper adds to plotters-svg, and what plotters-svg gives that the
//! snapshots, the static fallbacks and the download rely on.

use plotters_backend::DrawingBackend;

use super::{compensated, SvgWriter, SVG_FONT_DIVISOR};
use crate::text::TextStyle;
use crate::theme::Color;

const INK: Color = Color(0x1a, 0x1a, 0x1a);

/// A document `w` × `h` with `draw` done on it, finished as `paint` finishes.
fn document(size: (u32, u32), draw: impl FnOnce(&mut SvgWriter<'_>)) -> String {
    let mut out = String::new();
    let mut svg = SvgWriter::new(&mut out, size);
    draw(&mut svg);
    svg.present().unwrap();
    drop(svg);
    out
}

#[test]
fn text_is_written_at_the_scenes_size() {
    // SVGBackend alone writes 20 px text as font-size="16.129032258064516".
    let svg = document((100, 40), |svg| svg.draw_text("Ab", &TextStyle::new(20.0, INK), (0, 0)).unwrap());
    assert!(svg.contains(" font-size=\"20\""), "{svg}");
    // The scene's sizes are products of its scale: any size comes back
    // within its last bit (exactly for most; where the sizes × 1.24 are
    // twice as far apart as the sizes, not every size has one that divides
    // back to it exactly).
    let mut exact = 0;
    for hundredths in 600..6000 {
        let size = f64::from(hundredths) / 100.0;
        let back = compensated(size) / SVG_FONT_DIVISOR;
        assert!((back - size).abs() <= size.next_up() - size, "size {size} came back as {back}");
        exact += usize::from(back == size);
    }
    assert!(exact > 4_500, "{exact} of 5,400 sizes exact");
    for size in [12.0, 14.0, 17.0, 20.0, 28.0] {
        assert_eq!(compensated(size) / SVG_FONT_DIVISOR, size, "size {size}");
    }
    let svg = document((100, 40), |svg| svg.draw_text("Ab", &TextStyle::new(23.94, INK), (0, 0)).unwrap());
    assert!(svg.contains(" font-size=\"23.94\""), "{svg}");
}

#[test]
fn bold_text_stays_bold_and_keeps_its_colour() {
    let style = TextStyle::new(14.0, INK).bold();
    let svg = document((100, 40), |svg| svg.draw_text("Ab", &style, (3, 4)).unwrap());
    assert!(svg.contains(" font-weight=\"bold\""), "{svg}");
    assert!(svg.contains(" fill=\"#1A1A1A\""), "{svg}");
    assert!(svg.contains(" x=\"3\" y=\"4\""), "{svg}");
}

#[test]
fn a_standalone_document_with_its_size() {
    let svg = document((640, 263), |_| {});
    assert!(svg.starts_with("<svg "), "{svg}");
    for attr in
        ["width=\"640\"", "height=\"263\"", "viewBox=\"0 0 640 263\"", "xmlns=\"http://www.w3.org/2000/svg\""]
    {
        assert!(svg.contains(attr), "{attr} in {svg}");
    }
    assert!(svg.trim_end().ends_with("</svg>"), "{svg}");
}

#[test]
fn data_never_becomes_markup() {
    let evil = "<script>alert('x')</script> & \"quotes\"";
    let svg = document((100, 40), |svg| svg.draw_text(evil, &TextStyle::new(14.0, INK), (0, 0)).unwrap());
    assert!(!svg.contains("<script"), "{svg}");
    assert!(
        svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;quotes&quot;"),
        "{svg}"
    );
}
