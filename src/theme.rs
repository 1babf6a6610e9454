//! Colours and strokes, in a light and a dark theme.
//!
//! Series colours come from the Okabe–Ito palette, chosen to stay distinct
//! under the common colour-vision deficiencies. Text colours are checked by a
//! test against the background for WCAG's 4.5:1 contrast, small print included.

use plotters_backend::{BackendColor, BackendStyle};

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

/// `#rrggbb`, as CSS and SVG take a colour: one writer for the canvas and
/// the SVG, without core's hex formatting.
pub fn hex((r, g, b): (u8, u8, u8)) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(7);
    s.push('#');
    for v in [r, g, b] {
        s.push(DIGITS[usize::from(v >> 4)] as char);
        s.push(DIGITS[usize::from(v & 15)] as char);
    }
    s
}

/// An opaque colour from its red, green and blue parts.
pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color(r, g, b)
}

impl Color {
    /// The colour as plotters takes it.
    pub fn backend(self) -> BackendColor {
        BackendColor { alpha: 1.0, rgb: (self.0, self.1, self.2) }
    }

    /// `self` moved a fraction `t` (0 to 1) of the way towards `other`; an opaque
    /// tint, since blending with alpha would differ between canvas and SVG.
    pub fn mix(self, other: Color, t: f64) -> Color {
        let t = t.clamp(0.0, 1.0);
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Color(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// Relative luminance as WCAG 2 defines it.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours, from 1 to 21.
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// A filled shape's style: the colour, one device pixel of outline.
impl BackendStyle for Color {
    fn color(&self) -> BackendColor {
        self.backend()
    }
}

/// Which theme a widget draws in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on near-black.
    Dark,
}

impl ThemeName {
    /// Parses `light` or `dark`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "light" => Some(ThemeName::Light),
            "dark" => Some(ThemeName::Dark),
            _ => None,
        }
    }

    /// The name `parse` reads.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Light => "light",
            ThemeName::Dark => "dark",
        }
    }
}

/// The colours a chart is drawn in.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    /// Canvas background.
    pub background: Color,
    /// Titles, labels and values.
    pub text: Color,
    /// Subtitles, ticks, notes and the source line.
    pub muted: Color,
    /// Grid lines.
    pub grid: Color,
    /// Tracks behind share bars.
    pub track: Color,
    /// Series colours, first for single-series charts.
    pub palette: [Color; 6],
    /// Marks a chart does not highlight, where it highlights some: a grey
    /// that keeps 3:1 against the background (WCAG's minimum for graphics).
    pub other: Color,
}

/// Okabe–Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion.
const OKABE_ITO: [Color; 6] = [
    rgb(0x00, 0x72, 0xb2),
    rgb(0xe6, 0x9f, 0x00),
    rgb(0x00, 0x9e, 0x73),
    rgb(0xcc, 0x79, 0xa7),
    rgb(0x56, 0xb4, 0xe9),
    rgb(0xd5, 0x5e, 0x00),
];

impl Theme {
    /// Dark text on white.
    pub const fn light() -> Self {
        Theme {
            background: rgb(0xff, 0xff, 0xff),
            text: rgb(0x1a, 0x1a, 0x1a),
            muted: rgb(0x59, 0x59, 0x59),
            grid: rgb(0xdd, 0xdd, 0xdd),
            track: rgb(0xee, 0xee, 0xee),
            palette: OKABE_ITO,
            other: rgb(0x8a, 0x8d, 0x91),
        }
    }

    /// Light text on near-black; the blue is swapped for the palette's sky
    /// blue, which keeps its contrast on a dark ground.
    pub const fn dark() -> Self {
        let [blue, orange, green, purple, sky, vermillion] = OKABE_ITO;
        Theme {
            background: rgb(0x16, 0x18, 0x1c),
            text: rgb(0xee, 0xee, 0xee),
            muted: rgb(0xa8, 0xab, 0xb0),
            grid: rgb(0x3a, 0x3d, 0x42),
            track: rgb(0x2a, 0x2d, 0x32),
            palette: [sky, orange, green, purple, blue, vermillion],
            other: rgb(0x73, 0x77, 0x7d),
        }
    }

    /// The theme called `name`.
    pub fn named(name: ThemeName) -> Self {
        match name {
            ThemeName::Light => Theme::light(),
            ThemeName::Dark => Theme::dark(),
        }
    }

    /// The main mark colour.
    pub fn mark(&self) -> Color {
        self.palette[0]
    }

    /// A pale version of `c` for fills behind hatching and capped values.
    pub fn tint(&self, c: Color) -> Color {
        c.mix(self.background, 0.72)
    }
}

/// A line colour and width in device pixels.
#[derive(Clone, Copy, Debug)]
pub struct Stroke {
    /// Line colour.
    pub color: Color,
    /// Line width in device pixels, at least 1.
    pub width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color.backend()
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}
