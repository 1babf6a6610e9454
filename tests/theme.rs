//! Themes: text is readable (WCAG AA, 4.5:1) on the background in both themes,
//! and the series colours stay apart from each other and from the background.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::theme::{rgb, Theme};

#[test]
fn contrast_ratio_matches_wcag_reference_values() {
    assert!((rgb(0, 0, 0).contrast(rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((rgb(0x77, 0x77, 0x77).contrast(rgb(255, 255, 255)) - 4.48).abs() < 0.01);
    assert_eq!(rgb(10, 20, 30).contrast(rgb(10, 20, 30)), 1.0);
}

#[test]
fn text_has_at_least_4_5_to_1_contrast_in_both_themes() {
    for (name, t) in [("light", Theme::light()), ("dark", Theme::dark())] {
        for (what, c) in [("text", t.text), ("muted", t.muted)] {
            let ratio = c.contrast(t.background);
            assert!(ratio >= 4.5, "{name} {what}: {ratio:.2}:1");
        }
    }
}

#[test]
fn the_main_mark_stands_out_from_the_background() {
    // Marks are graphics: WCAG 1.4.11 asks 3:1 against what is next to them.
    for (name, t) in [("light", Theme::light()), ("dark", Theme::dark())] {
        let ratio = t.mark().contrast(t.background);
        assert!(ratio >= 3.0, "{name} mark: {ratio:.2}:1");
        let pale = t.tint(t.mark());
        assert!(pale != t.background && pale != t.mark(), "{name}: the tint is its own colour");
    }
}

#[test]
fn series_colours_are_distinct() {
    for t in [Theme::light(), Theme::dark()] {
        for (i, a) in t.palette.iter().enumerate() {
            for b in &t.palette[i + 1..] {
                let d = (i32::from(a.0) - i32::from(b.0)).abs()
                    + (i32::from(a.1) - i32::from(b.1)).abs()
                    + (i32::from(a.2) - i32::from(b.2)).abs();
                assert!(d > 60, "{a:?} and {b:?} are too alike");
            }
        }
    }
}

/// Where a chart highlights some marks, the others are muted but readable:
/// at least 3:1 against the background (WCAG 1.4.11, graphics), and set
/// apart from the accent they stand beside.
#[test]
fn marks_a_highlight_leaves_out_keep_3_to_1_contrast_in_both_themes() {
    for t in [Theme::light(), Theme::dark()] {
        let muted = t.other.contrast(t.background);
        assert!(muted >= 3.0, "{:?} on {:?}: {muted:.2}", t.other, t.background);
        assert!(muted < t.mark().contrast(t.background) + 1.0, "muted, not louder than the accent");
        assert!(t.other.contrast(t.mark()) > 1.3, "{:?} vs the accent {:?}", t.other, t.mark());
    }
}
