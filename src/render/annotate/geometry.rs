//! The plane geometry annotations are placed with: boxes, segments and
//! distances in device px.

/// Left, top, right, bottom in device px.
pub type Rect = (f64, f64, f64, f64);

/// A line segment's ends, device px.
pub type Segment = ((f64, f64), (f64, f64));

/// Whether two boxes overlap.
pub(super) fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// `r` grown by `d` on every side.
pub(super) fn grow(r: Rect, d: f64) -> Rect {
    (r.0 - d, r.1 - d, r.2 + d, r.3 + d)
}

/// Whether the segment from `p` to `q` passes through `r` (Liang–Barsky clipping).
pub(super) fn crosses(p: (f64, f64), q: (f64, f64), r: Rect) -> bool {
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (den, num) in [(-dx, p.0 - r.0), (dx, r.2 - p.0), (-dy, p.1 - r.1), (dy, r.3 - p.1)] {
        if den == 0.0 {
            if num < 0.0 {
                return false;
            }
        } else {
            let t = num / den;
            if den < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t0 < t1
}

/// `v` moved into `[lo, hi]` (`f64::clamp`, but without its panic for
/// `lo > hi`, whose message formats floats: 1.3 KB of the Wasm).
pub(super) fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// The distance between two points (`f64::hypot` is libm's, 0.4 KB of Wasm;
/// a square root is one instruction, and chart coordinates cannot overflow).
pub(super) fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((b.0 - a.0) * (b.0 - a.0) + (b.1 - a.1) * (b.1 - a.1)).sqrt()
}

/// The distance between two boxes (0 when they touch).
pub(super) fn gap(a: Rect, b: Rect) -> f64 {
    let dx = (b.0 - a.2).max(a.0 - b.2).max(0.0);
    let dy = (b.1 - a.3).max(a.1 - b.3).max(0.0);
    (dx * dx + dy * dy).sqrt()
}

/// The segment less `d` at each end.
pub(super) fn shorten(from: (f64, f64), to: (f64, f64), d: f64) -> Segment {
    let len = distance(from, to).max(f64::EPSILON);
    let (ux, uy) = ((to.0 - from.0) / len * d, (to.1 - from.1) / len * d);
    ((from.0 + ux, from.1 + uy), (to.0 - ux, to.1 - uy))
}
