//! SVG snapshots of every chart, rendered natively by the same drawing code as
//! the canvas.
//!
//! On a mismatch the new output is written beside the reference as
//! `NAME.new.svg` and the test fails; look at both, and if the new one is
//! right, regenerate every reference with
//! `NEWSFIG_UPDATE_SNAPSHOTS=1 cargo test --test snapshots`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use newsfig::render::Options;
use newsfig::theme::Theme;
use newsfig::{story, svg, Lang};

/// Rounds every decimal number to 2 places and ends every line with `\n`, so a
/// snapshot changes only when the picture does.
fn normalise(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut chars = svg.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut num = c.to_string();
            while let Some(&n) = chars.peek() {
                // A dot belongs to the number only when a digit follows it
                // ("1.5"), not in "w3.org" or at a sentence's end.
                let fraction = n == '.' && !num.contains('.') && {
                    let mut ahead = chars.clone();
                    ahead.next();
                    ahead.peek().is_some_and(char::is_ascii_digit)
                };
                if n.is_ascii_digit() || fraction {
                    num.push(n);
                    chars.next();
                } else {
                    break;
                }
            }
            match num.parse::<f64>() {
                Ok(v) if num.contains('.') => {
                    let r = format!("{v:.2}");
                    out.push_str(r.trim_end_matches('0').trim_end_matches('.'));
                }
                _ => out.push_str(&num),
            }
        } else if c != '\r' {
            out.push(c);
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn check(name: &str, actual: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let reference = dir.join(format!("{name}.svg"));
    let fresh = dir.join(format!("{name}.new.svg"));
    let actual = normalise(actual);
    std::fs::create_dir_all(&dir).expect("create tests/snapshots");
    if std::env::var_os("NEWSFIG_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&reference, &actual).expect("write snapshot");
        let _ = std::fs::remove_file(&fresh);
        return;
    }
    let expected = std::fs::read_to_string(&reference).unwrap_or_default();
    if expected == actual {
        let _ = std::fs::remove_file(&fresh);
    } else {
        std::fs::write(&fresh, &actual).expect("write .new.svg");
        panic!(
            "{name}: SVG differs from {}; the new output is in {}. \
             If it is right, run NEWSFIG_UPDATE_SNAPSHOTS=1 cargo test --test snapshots",
            reference.display(),
            fresh.display()
        );
    }
}

/// One test per group: both languages and both themes at 640 px, and the
/// narrowest box (320 px) in English, whose words are longest.
macro_rules! snapshots {
    ($($group:ident),* $(,)?) => {
        $(#[test]
        fn $group() {
            let story = story::builtin().unwrap();
            let name = stringify!($group);
            for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
                for (theme, theme_name) in [(Theme::light(), "light"), (Theme::dark(), "dark")] {
                    let options = Options { theme, ..Options::new(lang) };
                    let svg = svg::render(&story, name, &options, 640.0).unwrap();
                    check(&format!("{name}.{code}.{theme_name}.640"), &svg);
                }
            }
            let svg = svg::render(&story, name, &Options::new(Lang::En), 320.0).unwrap();
            check(&format!("{name}.en.light.320"), &svg);
        })*
    };
}

snapshots!(
    cooperation_at_a_glance,
    luodangshen_acreage,
    luodangshen_returns,
    shares,
    tsinghua_bases,
    winter_olympics_devices,
    pv_glass,
    projects_and_people,
    timeline,
);

/// The charts with annotations and a highlight, at 320 and 1000 px (640 is
/// above) in both languages and both themes: where the notes go, beside
/// their marks or numbered under the chart, changes with the width.
#[test]
fn annotated_at_320_and_1000() {
    let story = story::builtin().unwrap();
    for name in ["luodangshen_acreage", "luodangshen_returns"] {
        for (lang, code) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
            for (theme, theme_name) in [(Theme::light(), "light"), (Theme::dark(), "dark")] {
                for width in [320, 1000] {
                    let options = Options { theme, ..Options::new(lang) };
                    let svg = svg::render(&story, name, &options, f64::from(width)).unwrap();
                    check(&format!("{name}.{code}.{theme_name}.{width}"), &svg);
                }
            }
        }
    }
}

#[test]
fn luodangshen_acreage_on_a_log_scale() {
    let options = Options { log: true, ..Options::new(Lang::En) };
    let svg = svg::render(&story::builtin().unwrap(), "luodangshen_acreage", &options, 640.0).unwrap();
    check("luodangshen_acreage.en.light.640.log", &svg);
}

#[test]
fn normalise_rounds_decimals_and_line_endings() {
    assert_eq!(normalise("<a x=\"1.23456\" y=\"12\">\r\n"), "<a x=\"1.23\" y=\"12\">\n");
    assert_eq!(normalise("0.5ex 2.000"), "0.5ex 2\n");
    assert_eq!(normalise("http://www.w3.org/2000/svg 3."), "http://www.w3.org/2000/svg 3.\n");
}

/// The line chart: a wave with a one-point spike (which decimation keeps) and
/// a gap of NaNs (which stays a gap), 1,000 points at 640 px.
#[test]
fn line_chart() {
    use newsfig::layout::Viewport;
    use newsfig::render::line::{layout, paint, LineOptions, Points};
    use newsfig::text::{estimate_width, TextStyle};
    let xs: Vec<f64> = (0..1000).map(f64::from).collect();
    let ys: Vec<f64> = xs
        .iter()
        .map(|&x| match x as i32 {
            600..=619 => f64::NAN,
            777 => 180.0,
            _ => (x / 80.0).sin() * 50.0 + (x * 0.7).sin() * 4.0 + 100.0,
        })
        .collect();
    let options = LineOptions { theme: Theme::light(), lang: Lang::En, height: 300.0 };
    let measure = |t: &str, s: &TextStyle| estimate_width(t, s.size, s.bold);
    let points = Points::new(xs, ys).unwrap();
    let chart = layout(&points, &options, &Viewport::new(640.0, 1.0).unwrap(), &measure).unwrap();
    let mut out = String::new();
    paint(&mut svg::SvgWriter::new(&mut out, chart.scene.size), &chart, options.theme.background).unwrap();
    check("line.en.light.640", &out);
}
