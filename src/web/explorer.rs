//! The interactive widget's JavaScript API: `mount`, `readStory` and the
//! `Story` it returns, and the `Explorer` that either mounts.

use wasm_bindgen::prelude::*;

use super::{app, css_row, handlers, js_error, parse_lang};
use crate::story::{Lang, Story};
use crate::theme::ThemeName;

#[wasm_bindgen(typescript_custom_section)]
const MOUNT_OPTIONS: &str = r#"
/** Options for `mount`; the same keys as the URL fragment and the embeds' data- attributes. */
export interface MountOptions {
  /** The figure group (chart) to show; the story's first when absent. */
  group?: string;
  /** "zh" (default) or "en". */
  lang?: "zh" | "en";
  /** "light" (default) or "dark". */
  theme?: "light" | "dark";
  /** A log scale where the chart's values span a factor of ten. */
  log?: boolean | "1" | "0";
  /** Filters: tag ids from the story's vocabularies. */
  sector?: string;
  place?: string;
  partner?: string;
  /** Show the chart chooser, filters, language, scale and reset. */
  controls?: boolean | "1" | "0";
  /** Show the table, sources, downloads and embed snippets (default true). */
  tools?: boolean | "1" | "0";
  /** Keep the view in the URL fragment, and start from it. */
  url?: boolean | "1" | "0";
  /** Where newsfig.js, embed.html and static/ live, ending in "/": used in the embed snippets. */
  base?: string;
  /** The story object in the newsfig-story/1 format (see docs/story-format.md): an editor's,
   * or the article's, pkg/changzhi-2022.json. Optional only in builds with the `builtin` feature.
   * `StoryObject` is declared from the Rust types (src/story/) that read it. */
  story?: StoryObject;
}
"#;

/// An interactive chart with its controls, tooltip and keyboard access,
/// mounted inside a host element.
#[wasm_bindgen]
pub struct Explorer {
    app: std::rc::Rc<std::cell::RefCell<app::App>>,
}

fn read(options: &JsValue, key: &str) -> Option<String> {
    let v = js_sys::Reflect::get(options, &key.into()).ok()?;
    if let Some(b) = v.as_bool() {
        return Some(if b { "1".into() } else { "0".into() });
    }
    v.as_string()
}

/// The view keys `options` gives (the same keys as the URL fragment), with their values.
fn view_options(options: &JsValue) -> Vec<(&'static str, String)> {
    ["group", "lang", "log", "sector", "place", "partner"]
        .into_iter()
        .filter_map(|k| read(options, k).map(|v| (k, v)))
        .collect()
}

/// Mounts an interactive chart in `host`. `options` (all optional, the same
/// keys as the URL fragment and the embed's `data-` attributes): `group`,
/// `lang`, `log`, `sector`, `place`, `partner`, `theme` ("light"/"dark"),
/// `controls` (show the chooser and filters), `tools` (false hides the table,
/// sources, downloads and embed snippets), `url` (keep the view in the URL
/// fragment and start from it), `base` (where the embed files live, for the
/// snippets), and `story` (the story object: an editor's, or the article's from
/// pkg/changzhi-2022.json; optional only with the `builtin` feature).
#[wasm_bindgen]
pub fn mount(
    host: web_sys::HtmlElement,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
) -> Result<Explorer, JsValue> {
    app::install_panic_hook();
    let started = js_sys::Date::now();
    let story_value = js_sys::Reflect::get(&options, &"story".into()).unwrap_or(JsValue::UNDEFINED);
    let story = if story_value.is_object() { super::js::story(&story_value) } else { super::js::builtin() }
        .map_err(js_error)?;
    start(host, (story.into(), story_value), &options, started)
}

/// A story read and checked once, for the charts of one page to share: each
/// `mount` from it copies the checked story instead of reading the object
/// again (on the article's page at 4× CPU, 4–21 ms for each of ten charts,
/// and in the first chart's task, reading and compiling the reader).
#[wasm_bindgen(js_name = Story)]
pub struct SharedStory {
    story: std::rc::Rc<Story>,
    /// The object it was read from, which the tools module reads again.
    value: JsValue,
}

#[wasm_bindgen(js_class = Story)]
impl SharedStory {
    /// Mounts an interactive chart of this story in `host`, as `mount` does
    /// (the same options, without `story`).
    pub fn mount(
        &self,
        host: web_sys::HtmlElement,
        #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
    ) -> Result<Explorer, JsValue> {
        app::install_panic_hook();
        start(host, (self.story.clone(), self.value.clone()), &options, js_sys::Date::now())
    }
}

/// Reads and checks a story object (as `JSON.parse` returns it) once, for
/// several charts: `readStory(json).mount(host, options)`. Throws an error
/// whose message starts with the JSON path of the first problem.
#[wasm_bindgen(js_name = readStory)]
pub fn read_story(
    #[wasm_bindgen(unchecked_param_type = "StoryObject")] value: JsValue,
) -> Result<SharedStory, JsValue> {
    super::js::story(&value).map(|story| SharedStory { story: story.into(), value }).map_err(js_error)
}

/// Builds and wires the widget for a story already read, and asks for its first draw.
fn start(
    host: web_sys::HtmlElement,
    (story, source): (std::rc::Rc<Story>, JsValue),
    options: &JsValue,
    started: f64,
) -> Result<Explorer, JsValue> {
    let lang = read(options, "lang").and_then(|l| Lang::parse(&l)).unwrap_or(Lang::Zh);
    let mut view = crate::state::View::new(&story, lang);
    let given = view_options(options);
    // A mistyped chart id, or a kind this build leaves out, is the
    // editor's to hear, in the widget's box (a URL fragment's falls back).
    let wanted = given.iter().find(|(k, _)| *k == "group").map(|(_, v)| v.as_str());
    crate::state::check_built(&story, wanted).map_err(js_error)?;
    view.apply(&story, &mut given.iter().map(|(k, v)| (*k, v.as_str())));
    let url = read(options, "url").as_deref() == Some("1");
    let initial = view.clone();
    if url {
        let hash = super::dom::hash();
        let pairs = crate::state::parse_pairs(&hash);
        view.apply(&story, &mut pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    }
    let features = app::Features {
        controls: read(options, "controls").as_deref() == Some("1"),
        tools: read(options, "tools").as_deref() != Some("0"),
        url,
        base: read(options, "base").unwrap_or_default(),
        source,
    };
    let doc = host
        .owner_document()
        .ok_or_else(|| JsValue::from(js_sys::Error::new("host: the element is not in a document")))?;
    let app = app::App::build(&doc, &host, story, initial, view, features);
    if let Some(theme) = read(options, "theme").and_then(|t| ThemeName::parse(&t)) {
        app.borrow_mut().theme = theme;
    }
    handlers::wire(&app);
    app::keep(&app);
    app.borrow_mut().first_draw(started);
    Ok(Explorer { app })
}

#[wasm_bindgen]
impl Explorer {
    /// Removes the widget: its DOM, listeners, observer and animation frame.
    /// Until then it lives on, whether or not the page keeps this object.
    pub fn destroy(&self) {
        if let Ok(mut app) = self.app.try_borrow_mut() {
            app.destroy();
        }
        app::release(&self.app);
    }

    /// Changes any of `group`, `lang`, `log`, `sector`, `place`, `partner`
    /// and `theme` (an empty string clears a filter) and redraws.
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
    ) -> Result<(), JsValue> {
        let mut app = self.app.try_borrow_mut().map_err(|_| busy())?;
        if let Some(theme) = read(&options, "theme") {
            app.theme = ThemeName::parse(&theme).ok_or_else(|| {
                JsValue::from(js_sys::Error::new(&format!("theme: unknown theme \"{theme}\"")))
            })?;
        }
        let given = view_options(&options);
        if let Some((_, id)) = given.iter().find(|(k, _)| *k == "group") {
            crate::state::check_built(&app.story, Some(id)).map_err(js_error)?;
        }
        let app = &mut *app;
        app.view.apply(&app.story, &mut given.iter().map(|(k, v)| (*k, v.as_str())));
        app.view.settle(&app.story);
        app.sync_url();
        app.redraw();
        Ok(())
    }

    /// Switches the theme ("light" or "dark") and redraws.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&self, theme: &str) -> Result<(), JsValue> {
        let name = ThemeName::parse(theme)
            .ok_or_else(|| JsValue::from(js_sys::Error::new(&format!("theme: unknown theme \"{theme}\""))))?;
        let mut app = self.app.try_borrow_mut().map_err(|_| busy())?;
        app.theme = name;
        app.redraw();
        Ok(())
    }

    /// Switches the language ("zh" or "en") and redraws.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, lang: &str) -> Result<(), JsValue> {
        let lang = parse_lang(lang).map_err(js_error)?;
        let mut app = self.app.try_borrow_mut().map_err(|_| busy())?;
        app.view.lang = lang;
        app.redraw();
        Ok(())
    }

    /// The current view as a URL fragment (without `#`).
    pub fn fragment(&self) -> String {
        self.app.try_borrow().map(|app| app.view.fragment()).unwrap_or_default()
    }

    /// The marks of the last drawing as `[id, left, top, right, bottom]` in CSS px;
    /// none until the chart is painted: usually within two animation frames of `mount`
    /// (after a slow, cold mount the first frame lays out only the page, and the
    /// paint may come in the third).
    pub fn marks(&self) -> Vec<JsValue> {
        let Ok(app) = self.app.try_borrow() else { return Vec::new() };
        if app.unpainted.is_some() {
            return Vec::new();
        }
        let r = app.ratio;
        app.scene.iter().flat_map(|s| s.marks.iter()).map(|m| css_row(&m.figure, m.bounds, r)).collect()
    }
}

/// The error of a call made while the widget is busy: from inside one of its
/// own events (a page's listener that the widget's work set off).
fn busy() -> JsValue {
    JsValue::from(js_sys::Error::new("the widget is busy: call again after the current event"))
}
