//! The chart kinds as cargo features. The default build draws every kind; a
//! build without them (`cargo test --no-default-features --test kinds`, which
//! `scripts/test.sh` runs) draws bars alone, lists only bar charts, and names
//! the feature a chart of another kind needs.
#![cfg(not(target_arch = "wasm32"))]

use newsfig::render::Options;
use newsfig::state::{check_built, View};
use newsfig::story::{self, ChartKind};
use newsfig::{svg, ErrorKind, Lang};

#[test]
fn each_group_is_drawn_or_names_the_feature_it_needs() {
    let story = story::builtin().unwrap();
    for (i, group) in story.groups.iter().enumerate() {
        let drawn = svg::render(&story, &group.id, &Options::new(Lang::En), 640.0);
        let checked = check_built(&story, Some(&group.id));
        if group.kind.built() {
            assert!(drawn.is_ok(), "{}: {:?}", group.id, drawn.err());
            assert_eq!(checked, Ok(()));
        } else {
            let name = story::kind_name(group.kind);
            let err = drawn.expect_err(&group.id);
            assert_eq!(err.kind, ErrorKind::Unsupported(name));
            assert_eq!(err.path, format!("groups[{i}].kind"));
            assert_eq!(checked, Err(err.clone()));
            assert!(err.to_string().contains(&format!("the `{name}` feature")), "{err}");
        }
    }
}

#[test]
fn a_reader_is_offered_only_the_charts_this_build_draws() {
    let story = story::builtin().unwrap();
    let view = View::new(&story, Lang::Zh);
    let first = story.groups.iter().find(|g| g.kind.built()).unwrap();
    assert_eq!(view.group, first.id);
    let offered = view.matching_groups(&story);
    let built: Vec<&str> = story.groups.iter().filter(|g| g.kind.built()).map(|g| g.id.as_str()).collect();
    assert_eq!(offered, built);
    // A link naming a chart this build does not draw keeps the view where it was.
    for group in story.groups.iter().filter(|g| !g.kind.built()) {
        let mut v = view.clone();
        v.apply(&story, &mut [("group", group.id.as_str())].into_iter());
        assert_eq!(v.group, first.id);
    }
    // No chart asked for: fine while the story has one this build draws.
    assert_eq!(check_built(&story, None), Ok(()));
}

#[test]
fn bars_are_always_built_and_the_rest_follow_their_features() {
    assert!(ChartKind::Bars.built());
    let all = cfg!(all(
        feature = "headline",
        feature = "range",
        feature = "share",
        feature = "composition",
        feature = "timeline"
    ));
    let none = !cfg!(any(
        feature = "headline",
        feature = "range",
        feature = "share",
        feature = "composition",
        feature = "timeline"
    ));
    for kind in story::KIND_VALUES {
        if all {
            assert!(kind.built(), "{kind:?}");
        }
        if none {
            assert_eq!(kind.built(), kind == ChartKind::Bars, "{kind:?}");
        }
    }
}
