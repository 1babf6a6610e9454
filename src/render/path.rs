//! SVG path data for a polyline (`M1 2L3 4`), the form a canvas `Path2D`
//! takes in one call: a line of thousands of points then crosses from Wasm
//! into JavaScript once, as one string, instead of once per `lineTo`.

use std::fmt::Write;

use plotters_backend::BackendCoord;

/// The path data through `points`, each shifted by half a pixel when
/// `half` (an odd stroke width, so vertical runs cover whole pixels).
pub fn path_data(points: impl IntoIterator<Item = BackendCoord>, half: bool) -> String {
    let mut out = String::new();
    for (i, (x, y)) in points.into_iter().enumerate() {
        out.push(if i == 0 { 'M' } else { 'L' });
        push_coord(&mut out, x, half);
        out.push(' ');
        push_coord(&mut out, y, half);
    }
    out
}

/// Writes `v`, or `v + 0.5` when `half`, in the fewest characters.
fn push_coord(out: &mut String, v: i32, half: bool) {
    // In halves, so that -3 + 0.5 is written "-2.5", not "-3.5".
    let twice = 2 * i64::from(v) + i64::from(half);
    let sign = if twice < 0 { "-" } else { "" };
    let fraction = if half { ".5" } else { "" };
    // Writing to a String cannot fail.
    let _ = write!(out, "{sign}{}{fraction}", twice.unsigned_abs() / 2);
}

#[cfg(test)]
mod tests {
    use super::path_data;

    #[test]
    fn whole_pixels() {
        assert_eq!(path_data([(0, 0), (10, -3), (1234, 56)], false), "M0 0L10 -3L1234 56");
    }

    #[test]
    fn half_pixels_round_towards_the_next_pixel_on_both_sides_of_zero() {
        assert_eq!(path_data([(3, -3), (-1, 0)], true), "M3.5 -2.5L-0.5 0.5");
    }

    #[test]
    fn extremes_and_empty() {
        assert_eq!(path_data([], true), "");
        assert_eq!(path_data([(i32::MIN, i32::MAX)], false), "M-2147483648 2147483647");
        assert_eq!(path_data([(i32::MIN, i32::MAX)], true), "M-2147483647.5 2147483647.5");
    }
}
