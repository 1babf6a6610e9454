//! What a reader has chosen (chart, language, scale, filters) and how it
//! travels: in the URL fragment (`#group=shares&lang=en&sector=photovoltaics`)
//! and, under the same keys, in an embed's `data-` attributes.
//!
//! Reading is lenient: an unknown key or a value the story does not have is
//! ignored, so an old or hand-edited link still opens a chart.

use crate::error::Error;
use crate::render::Options;
use crate::story::{ChartKind, Lang, Story, Tags};
use crate::theme::{Theme, ThemeName};

/// The tag vocabularies a reader can filter by, in the order they are shown.
pub const VOCABULARIES: [&str; 3] = ["sector", "place", "partner"];

/// A reader's view of a story.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// The chart shown.
    pub group: String,
    /// The language.
    pub lang: Lang,
    /// A log scale, where it applies.
    pub log: bool,
    /// A tag id per vocabulary (`sector`, `place`, `partner`), or none.
    pub filters: [Option<String>; 3],
}

impl View {
    /// The first chart, in `lang`, unfiltered.
    pub fn new(story: &Story, lang: Lang) -> Self {
        let group = story.groups.iter().find(|g| g.kind.built()).map(|g| g.id.clone()).unwrap_or_default();
        View { group, lang, log: false, filters: [None, None, None] }
    }

    /// Applies `key=value` pairs (from a fragment or attributes) that make sense for `story`.
    ///
    /// A `dyn` iterator, so the one function serves every caller's pairs.
    pub fn apply<'a>(&mut self, story: &Story, pairs: &mut dyn Iterator<Item = (&'a str, &'a str)>) {
        for (key, value) in pairs {
            match key {
                "group" if story.groups.iter().any(|g| g.id == value && g.kind.built()) => {
                    self.group = value.to_owned()
                }
                "lang" => self.lang = Lang::parse(value).unwrap_or(self.lang),
                "log" => self.log = matches!(value, "1" | "true" | "yes"),
                _ => {
                    if let Some(i) = VOCABULARIES.iter().position(|v| *v == key) {
                        let terms = vocabulary(story, i);
                        self.filters[i] = terms.contains(&value).then(|| value.to_owned());
                    }
                }
            }
        }
    }

    /// The view as a URL fragment, without the `#`; keys in a fixed order,
    /// defaults left out.
    pub fn fragment(&self) -> String {
        let mut parts = vec![format!("group={}", self.group)];
        parts.push(format!("lang={}", if self.lang == Lang::Zh { "zh" } else { "en" }));
        if self.log {
            parts.push("log=1".into());
        }
        for (key, value) in VOCABULARIES.iter().zip(&self.filters) {
            if let Some(v) = value {
                parts.push(format!("{key}={v}"));
            }
        }
        parts.join("&")
    }

    /// The options the chart of this view is drawn with, at full growth and
    /// without focus: what the canvas starts from and what a download shows.
    /// `hidden`: per item, whether a legend toggle hid it (compositions only).
    pub fn options(&self, story: &Story, theme: ThemeName, hidden: &[bool]) -> Result<Options, Error> {
        let group = story.group(&self.group)?;
        Ok(Options {
            lang: self.lang,
            theme: Theme::named(theme),
            log: self.log,
            matching: if self.filtered() { self.matching_items(story, &group.id) } else { Vec::new() },
            hidden: if group.kind == ChartKind::Composition { hidden.to_vec() } else { Vec::new() },
            focus: None,
            grow: 1.0,
            previous: Vec::new(),
        })
    }

    /// The file name for a download of this view's chart.
    pub fn file_name(&self, ext: &str) -> String {
        let lang = if self.lang == Lang::Zh { "zh" } else { "en" };
        format!("newsfig-{}-{lang}.{ext}", self.group)
    }

    /// Whether any filter is set.
    pub fn filtered(&self) -> bool {
        self.filters.iter().any(Option::is_some)
    }

    /// Whether tags pass every filter that is set.
    pub fn matches(&self, tags: &Tags) -> bool {
        let lists = [&tags.sector, &tags.place, &tags.partner];
        self.filters.iter().zip(lists).all(|(f, list)| f.as_ref().is_none_or(|id| list.contains(id)))
    }

    /// For each item of `group_id`, whether its figure or event matches.
    pub fn matching_items(&self, story: &Story, group_id: &str) -> Vec<bool> {
        let Some(group) = story.groups.iter().find(|g| g.id == group_id) else { return Vec::new() };
        group
            .items
            .iter()
            .map(|item| {
                let tags = story.figure(&item.id).map(|f| &f.tags).or(story.event(&item.id).map(|e| &e.tags));
                tags.is_some_and(|t| self.matches(t))
            })
            .collect()
    }

    /// The ids of the groups with at least one matching item, in story order
    /// (of the kinds this build draws).
    pub fn matching_groups<'s>(&self, story: &'s Story) -> Vec<&'s str> {
        story
            .groups
            .iter()
            .filter(|g| g.kind.built() && self.matching_items(story, &g.id).contains(&true))
            .map(|g| g.id.as_str())
            .collect()
    }

    /// Keeps the view on a chart that has matches: if the current one has none,
    /// moves to the first that does. Returns false when no chart matches.
    pub fn settle(&mut self, story: &Story) -> bool {
        let groups = self.matching_groups(story);
        if groups.contains(&self.group.as_str()) {
            return true;
        }
        match groups.first() {
            Some(first) => {
                self.group = (*first).to_owned();
                true
            }
            None => false,
        }
    }
}

/// Checks the chart an editor asked for (`wanted`, a group id, from
/// `data-group` or `mount`'s `group`): that the story has it, and that this
/// build can draw it; with none asked for, that it can draw some chart of the
/// story. Unlike the lenient view keys of a URL fragment, which a reader may
/// have edited and which fall back quietly, these are errors: an editor who
/// mistyped an id, or built newsfig with bars only and names a timeline,
/// should hear it, with the ids that exist or the feature it needs.
pub fn check_built(story: &Story, wanted: Option<&str>) -> Result<(), Error> {
    let index = match wanted {
        Some(id) => {
            story.group(id)?; // the error lists the ids the story has
            story.groups.iter().position(|g| g.id == id)
        }
        None if story.groups.iter().any(|g| g.kind.built()) => None,
        None => story.groups.first().map(|_| 0),
    };
    match index.map(|i| (i, story.groups[i].kind)) {
        Some((i, kind)) if !kind.built() => Err(kind.not_built(i)),
        _ => Ok(()),
    }
}

/// The tag ids of vocabulary `index` that some figure or event uses, in the
/// vocabulary's order: a filter never offers a choice with no results.
pub fn vocabulary(story: &Story, index: usize) -> Vec<&str> {
    let terms = match index {
        0 => &story.tags.sector,
        1 => &story.tags.place,
        _ => &story.tags.partner,
    };
    let used = |id: &str| {
        let pick = |t: &Tags| match index {
            0 => t.sector.iter().any(|x| x == id),
            1 => t.place.iter().any(|x| x == id),
            _ => t.partner.iter().any(|x| x == id),
        };
        story.figures.iter().any(|f| pick(&f.tags)) || story.events.iter().any(|e| pick(&e.tags))
    };
    terms.iter().map(|t| t.id.as_str()).filter(|id| used(id)).collect()
}

/// Splits `a=1&b=2` (a fragment without `#`, or a query) into pairs,
/// decoding `%XX` escapes and `+`.
pub fn parse_pairs(s: &str) -> Vec<(String, String)> {
    s.trim_start_matches(['#', '?'])
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match hex(bytes[i + 1]).zip(hex(bytes[i + 2])).map(|(h, l)| (h * 16 + l) as u8) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    // Bytes that are not UTF-8 (a mangled link) read as no value at all,
    // which every key ignores, rather than as replacement characters.
    String::from_utf8(out).unwrap_or_default()
}
