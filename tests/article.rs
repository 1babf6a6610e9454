//! Every figure cites its sentence verbatim, in the paragraph it names, from
//! the first copy of the article kept in `tests/fixtures/article.txt`.
#![cfg(not(target_arch = "wasm32"))]

const ARTICLE: &str = include_str!("fixtures/article.txt");

/// Paragraphs: the non-blank lines of the article, the title being number 1.
fn paragraphs(text: &str) -> Vec<&str> {
    text.lines().filter(|l| !l.trim().is_empty()).collect()
}

#[test]
fn every_source_sentence_is_verbatim_in_its_paragraph() {
    let paras = paragraphs(ARTICLE);
    let story = newsfig::story::builtin().unwrap();
    for e in &story.events {
        let n = e.source.paragraph as usize;
        assert!(paras[n - 1].contains(&e.source.sentence), "{}: sentence not in paragraph {n}", e.id);
        assert!(
            e.source.sentence.contains(&e.wording),
            "{}: wording {:?} not in its sentence",
            e.id,
            e.wording
        );
    }
    for f in story.figures {
        let n = f.source.paragraph as usize;
        assert!(n >= 1 && n <= paras.len(), "{}: paragraph {n} does not exist", f.id);
        assert!(paras[n - 1].contains(&f.source.sentence), "{}: sentence not found in paragraph {n}", f.id);
        if f.derived.is_none() {
            assert!(
                f.source.sentence.contains(&f.wording),
                "{}: wording {:?} not in its sentence",
                f.id,
                f.wording
            );
        }
    }
}

/// The fixture is the capture's first copy, unchanged. CI and this workplace
/// have the capture beside the repo; elsewhere there is nothing to compare.
#[test]
fn fixture_is_the_first_copy_of_the_capture() {
    let capture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/article.txt");
    let Ok(capture) = std::fs::read_to_string(capture) else {
        eprintln!("../shared/seed/article.txt not present; skipped");
        return;
    };
    assert!(capture.starts_with(ARTICLE.trim_end()), "fixture differs from the capture's first copy");
    assert_eq!(capture.matches(paragraphs(ARTICLE)[0]).count(), 2, "the capture holds the article twice");
}
