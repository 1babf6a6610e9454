//! The editor's drafter: `draftStory(text, { date })` proposes a story from
//! an article's text (src/draft). In the tools module, never in the widget
//! a reader downloads.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use super::{js, js_error};
use crate::draft::{draft, Options};
use crate::error::{Error, ErrorKind};

#[wasm_bindgen(typescript_custom_section)]
const DRAFT_OPTIONS: &str = r#"
/** Options for `draftStory`. */
export interface DraftOptions {
  /** The article's publication date, "YYYY-MM-DD": relative dates ("去年10月") resolve against it. */
  date: string;
}
"#;

/// The options as the page gives them, read through serde-wasm-bindgen.
#[derive(Deserialize)]
struct DraftOptions {
    date: String,
}

/// Drafts a story from an article's text: its quantities as figures (each
/// with its exact words, sentence, paragraph and a label to correct), its
/// dates as events, and proposed charts. Returns the story object (which
/// `checkStory` accepts), or throws an error naming the bad option (`date:
/// …`), or `text: …` when the text is not a string or holds no figure.
#[wasm_bindgen(js_name = draftStory, unchecked_return_type = "StoryObject")]
pub fn draft_story(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DraftOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let Some(text) = text.as_string() else {
        return Err(js_error(Error::new(
            "text",
            ErrorKind::Parse("expected the article's text, a string".into()),
        )));
    };
    if !options.is_object() {
        let m = "expected an object such as { date: \"2022-04-27\" }";
        return Err(js_error(Error::new("options", ErrorKind::Parse(m.into()))));
    }
    let read: DraftOptions = serde_wasm_bindgen::from_value(options).map_err(|e| {
        js_error(Error::new("date", ErrorKind::Parse(format!("{e}; expected \"YYYY-MM-DD\""))))
    })?;
    let story = draft(&text, &Options { date: read.date }).map_err(js_error)?;
    js::to_js(&story).map_err(js_error)
}
