//! Colours and strokes.
//!
//! Colours are chosen for contrast: body text on the background is above 12:1
//! and muted text above 4.5:1 (WCAG AA), so small print such as the source line
//! stays readable.

use plotters_backend::{BackendColor, BackendStyle};

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

/// An opaque colour from its red, green and blue parts.
pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color(r, g, b)
}

impl Color {
    /// The colour as plotters takes it.
    pub fn backend(self) -> BackendColor {
        BackendColor {
            alpha: 1.0,
            rgb: (self.0, self.1, self.2),
        }
    }
}

/// A filled shape's style: the colour, one device pixel of outline.
impl BackendStyle for Color {
    fn color(&self) -> BackendColor {
        self.backend()
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
    /// Grid lines and the baseline.
    pub grid: Color,
    /// Bars of stated values.
    pub mark: Color,
    /// Fill behind the hatching of derived values.
    pub derived_fill: Color,
}

impl Theme {
    /// Dark text on white.
    pub const fn light() -> Self {
        Theme {
            background: rgb(0xff, 0xff, 0xff),
            text: rgb(0x1a, 0x1a, 0x1a),
            muted: rgb(0x59, 0x59, 0x59),
            grid: rgb(0xd9, 0xd9, 0xd9),
            mark: rgb(0x1f, 0x6f, 0xb2),
            derived_fill: rgb(0xe3, 0xee, 0xf8),
        }
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
