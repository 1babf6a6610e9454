//! Value to pixel, and tick values a reader can read at a glance.

/// A map from values onto `[x0, x1]` pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// From zero to `max`. Bars on a linear scale start at zero: an axis that
    /// starts elsewhere misstates every ratio.
    Linear {
        /// The domain's top.
        max: f64,
        /// Pixel of zero.
        x0: f64,
        /// Pixel of `max`.
        x1: f64,
    },
    /// Powers of ten from `min` to `max`, for values spanning orders of magnitude.
    Log {
        /// The domain's bottom, a power of ten.
        min: f64,
        /// The domain's top, a power of ten.
        max: f64,
        /// Pixel of `min`.
        x0: f64,
        /// Pixel of `max`.
        x1: f64,
    },
}

impl Scale {
    /// The pixel of `v`, clamped to the range so a mark never leaves the plot.
    pub fn at(&self, v: f64) -> f64 {
        let (t, x0, x1) = match *self {
            Scale::Linear { max, x0, x1 } => (if max > 0.0 { v / max } else { 0.0 }, x0, x1),
            Scale::Log { min, max, x0, x1 } => {
                let t = if v > 0.0 { (v.log10() - min.log10()) / (max.log10() - min.log10()) } else { 0.0 };
                (t, x0, x1)
            }
        };
        let t = if t.is_finite() { t.clamp(0.0, 1.0) } else { 0.0 };
        x0 + t * (x1 - x0)
    }

    /// The pixel where bars start: zero, or the log domain's bottom.
    pub fn origin(&self) -> f64 {
        match *self {
            Scale::Linear { x0, .. } | Scale::Log { x0, .. } => x0,
        }
    }
}

/// A value-to-pixel map `v × k + b`, for a line's axes. Not [`Scale`], which
/// starts at zero (right for bars, whose length is the value); a line's values
/// may sit far from zero, so its axes span the data alone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Map {
    /// Pixels per unit (negative for a y axis, which grows downwards).
    pub k: f64,
    /// The pixel of zero.
    pub b: f64,
}

impl Map {
    /// The map taking `lo` to pixel `p0` and `hi` to `p1`. A domain of one
    /// value (or none a float can span) maps everything to the middle.
    pub fn new((lo, hi): (f64, f64), (p0, p1): (f64, f64)) -> Self {
        let k = (p1 - p0) / (hi - lo);
        if hi > lo && k.is_finite() {
            Map { k, b: p0 - lo * k }
        } else {
            Map { k: 0.0, b: (p0 + p1) / 2.0 }
        }
    }

    /// The whole pixel nearest `v`; values far off the canvas saturate.
    pub fn at(&self, v: f64) -> i32 {
        whole(self.half(v))
    }

    /// `v`'s pixel plus a half, unrounded: [`whole`] of it is [`Map::at`].
    pub(crate) fn half(&self, v: f64) -> f64 {
        v * self.k + self.b + 0.5
    }
}

/// floor(u) as a pixel: Wasm instructions, where `round` is a library call.
pub(crate) fn whole(u: f64) -> i32 {
    u.floor() as i32
}

/// A "nice" step (1, 2, 2.5 or 5 times a power of ten) near `raw`.
fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powi(raw.log10().floor() as i32);
    let f = raw / power;
    let nice = match f {
        f if f <= 1.0 => 1.0,
        f if f <= 2.0 => 2.0,
        f if f <= 2.5 => 2.5,
        f if f <= 5.0 => 5.0,
        _ => 10.0,
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

/// Multiples of a nice step inside `[lo, hi]`, about `count` of them, for an
/// axis that need not start at zero (a line's values may sit anywhere). None
/// when the span defeats floats (over 50 steps, or no step at all).
pub fn ticks_within((lo, hi): (f64, f64), count: usize) -> Vec<f64> {
    multiples((lo, hi), nice_step((hi - lo) / count.max(1) as f64))
}

fn multiples((lo, hi): (f64, f64), step: f64) -> Vec<f64> {
    let (k0, k1) = ((lo / step - 1e-9).ceil(), (hi / step + 1e-9).floor());
    if !(step > 0.0 && step.is_finite() && k1 - k0 <= 50.0) {
        return Vec::new();
    }
    // `+ 0.0` turns -0 into 0, which would otherwise be labelled "-0".
    (k0 as i64..=k1 as i64).map(|k| k as f64 * step + 0.0).collect()
}

/// `[lo, hi]` widened to whole nice steps for about `count` ticks, and those
/// ticks, so a line's highest and lowest points sit inside the axis, not on
/// its edge. A flat domain is first opened up around its value.
pub fn nice_domain((lo, hi): (f64, f64), count: usize) -> ((f64, f64), Vec<f64>) {
    let d = if hi > lo { 0.0 } else { (lo.abs() / 10.0).max(1.0) };
    let (lo, hi) = (lo - d, hi + d);
    let step = nice_step((hi - lo) / count.max(1) as f64);
    let (a, b) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let domain = if a.is_finite() && b.is_finite() && b > a { (a, b) } else { (lo, hi) };
    (domain, multiples(domain, step))
}

/// Powers of ten covering `[min, max]` (both above zero): the log scale's ticks.
pub fn log_ticks(min: f64, max: f64) -> Vec<f64> {
    if !(min > 0.0 && max >= min && max.is_finite()) {
        return vec![1.0, 10.0];
    }
    let lo = min.log10().floor() as i32;
    let hi = (max.log10().ceil() as i32).max(lo + 1);
    (lo..=hi).map(|e| 10f64.powi(e)).collect()
}
