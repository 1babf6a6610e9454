//! Numbers written for data (CSV, error messages) and for display: std's
//! formatting, with the two choices newsfig adds on top of it.

use newsfig::format::{decimal, plain};

#[test]
fn plain_numbers_read_back_exactly() {
    assert_eq!(plain(35900.0), "35900");
    assert_eq!(plain(0.9), "0.9");
    assert_eq!(plain(-5.0), "-5");
    assert_eq!(plain(39888.88888888889), "39888.88888888889");
    assert_eq!(plain(1e18), "1000000000000000000");
    for v in [0.1, 1.0 / 3.0, 12.5, 39888.88888888889, 1e-7, -1.5e21] {
        assert_eq!(plain(v).parse::<f64>().unwrap(), v);
    }
}

#[test]
fn non_finite_numbers_are_written_as_javascript_writes_them() {
    // An editor's numbers come from a JS object; `inf` would name nothing there.
    assert_eq!(plain(f64::NAN), "NaN");
    assert_eq!(plain(f64::INFINITY), "Infinity");
    assert_eq!(plain(f64::NEG_INFINITY), "-Infinity");
}

#[test]
fn decimals_are_rounded_and_zero_has_no_sign() {
    assert_eq!(decimal(1.23456, 2), "1.23");
    assert_eq!(decimal(1.235001, 2), "1.24");
    assert_eq!(decimal(-0.001, 2), "0.00");
    assert_eq!(decimal(-1.5, 0), "-2");
}
