//! Value to pixel, and tick values a reader can read at a glance.

/// A linear map from `[0, max]` onto `[x0, x1]` pixels. Bars start at zero:
/// a bar chart whose axis starts elsewhere misstates every ratio.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    /// The domain's top; the domain's bottom is always zero.
    pub max: f64,
    /// Pixel of zero.
    pub x0: f64,
    /// Pixel of `max`.
    pub x1: f64,
}

impl Linear {
    /// The pixel of `v`, clamped to the range so a mark never leaves the plot.
    pub fn at(&self, v: f64) -> f64 {
        if self.max <= 0.0 || !v.is_finite() {
            return self.x0;
        }
        self.x0 + (v / self.max).clamp(0.0, 1.0) * (self.x1 - self.x0)
    }
}

/// A "nice" step (1, 2, 2.5 or 5 times a power of ten) near `raw`.
fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    let f = raw / power;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 2.5 {
        2.5
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Ticks from zero to at least `max`, about `count` of them, evenly stepped.
/// The last tick is the domain's top.
pub fn ticks(max: f64, count: usize) -> Vec<f64> {
    if !max.is_finite() || max <= 0.0 || count == 0 {
        return vec![0.0, 1.0];
    }
    let step = nice_step(max / count as f64);
    let n = (max / step).ceil() as usize;
    (0..=n).map(|i| i as f64 * step).collect()
}
