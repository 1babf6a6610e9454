//! What every chart's layout needs at hand: the story, the options, sizes in
//! device pixels, text measurement, and a place to put shapes and marks.

use std::borrow::Cow;

use plotters_backend::text_anchor::{HPos, VPos};

use super::{Mark, Measure, Shape};
use crate::error::{Error, ErrorKind};
use crate::layout::Viewport;
use crate::story::{Figure, Group, Item, Lang, Story};
use crate::text::TextStyle;
use crate::theme::{Color, Theme};

/// How to draw a chart: language, theme, scale, and the reader's state.
#[derive(Clone, Debug)]
pub struct Options {
    /// The language of every text.
    pub lang: Lang,
    /// Colours.
    pub theme: Theme,
    /// A logarithmic value axis, where the chart has one and it applies.
    pub log: bool,
    /// Per item, whether it matches the reader's filters; the others are
    /// drawn pale. Empty: every item matches.
    pub matching: Vec<bool>,
    /// Per item, whether a legend toggle has hidden it (compositions).
    pub hidden: Vec<bool>,
    /// The item with keyboard focus, which gets a focus ring.
    pub focus: Option<usize>,
    /// How far marks have moved, 0 to 1, while they animate into place.
    pub grow: f64,
    /// Where each figure's mark spanned before the change being animated
    /// (figure id, left and right in device px): marks move from there to
    /// their new size. A figure not listed grows from its start.
    pub previous: Vec<(String, (f64, f64))>,
}

impl Options {
    /// Light theme, linear scale, nothing filtered, focused or animating.
    pub fn new(lang: Lang) -> Self {
        Options {
            lang,
            theme: Theme::light(),
            log: false,
            matching: Vec::new(),
            hidden: Vec::new(),
            focus: None,
            grow: 1.0,
            previous: Vec::new(),
        }
    }
}

/// Type sizes and padding in CSS pixels, smaller on phone-width boxes.
pub struct Metrics {
    /// Space around the chart.
    pub pad: f64,
    /// Headline size.
    pub title: f64,
    /// Subtitle, labels and values.
    pub body: f64,
    /// Ticks, note and source.
    pub small: f64,
}

impl Metrics {
    fn for_width(css_width: f64) -> Self {
        let narrow = css_width < 480.0;
        Metrics {
            pad: if narrow { 12.0 } else { 16.0 },
            title: if narrow { 17.0 } else { 20.0 },
            body: if narrow { 13.0 } else { 14.0 },
            small: 12.0,
        }
    }
}

/// Everything a chart layout reads.
pub struct Ctx<'a> {
    pub story: &'a Story,
    pub group: &'a Group,
    /// The group's index in the story, for error paths.
    pub index: usize,
    pub lang: Lang,
    pub theme: Theme,
    pub log: bool,
    pub options: &'a Options,
    pub vp: &'a Viewport,
    pub m: Metrics,
    measure: Measure<'a>,
    /// The annotations (indices in the group's `annotations`) that did not
    /// fit beside their marks: numbered in this order, under the chart.
    pub footnoted: &'a [usize],
}

/// A plot area: left, top, right, bottom, device px.
pub type Plot = (i32, i32, i32, i32);

/// What a chart's body returns: its bottom edge and its plot area.
pub type Body = (f64, Plot);

/// What a chart layout writes.
#[derive(Default)]
pub struct Out {
    pub shapes: Vec<Shape>,
    pub marks: Vec<Mark>,
    /// Legend rows by item index, which a click toggles.
    pub legend: Vec<(usize, (f64, f64, f64, f64))>,
    /// Each figure's span as drawn (left, right), the start of the next animation.
    pub spans: Vec<(String, (f64, f64))>,
}

impl Out {
    /// Adds a line of text.
    pub fn text(&mut self, s: &str, (x, y): (f64, f64), style: TextStyle) {
        self.shapes.push(Shape::Text {
            text: s.to_owned(),
            pos: (x.round() as i32, y.round() as i32),
            style,
        });
    }

    /// Adds a filled rectangle given by its edges in device pixels.
    pub fn fill(&mut self, (l, t, r, b): (f64, f64, f64, f64), color: Color) {
        let from = (l.round() as i32, t.round() as i32);
        self.shapes.push(Shape::Fill { from, to: (r.round() as i32, b.round() as i32), color });
    }

    /// Records the mark of `id` at the given edges.
    pub fn mark(&mut self, id: &str, (l, t, r, b): (f64, f64, f64, f64)) {
        let bounds = (l.round() as i32, t.round() as i32, r.round() as i32, b.round() as i32);
        self.marks.push(Mark { figure: id.to_owned(), bounds });
    }
}

impl<'a> Ctx<'a> {
    pub fn new(
        story: &'a Story,
        group: &'a Group,
        index: usize,
        options: &'a Options,
        vp: &'a Viewport,
        measure: Measure<'a>,
        footnoted: &'a [usize],
    ) -> Self {
        let m = Metrics::for_width(vp.css_width);
        let (lang, theme, log) = (options.lang, options.theme, options.log);
        Ctx { story, group, index, lang, theme, log, options, vp, m, measure, footnoted }
    }

    /// Whether item `i` is drawn pale, not matching the reader's filters.
    pub fn dimmed(&self, i: usize) -> bool {
        self.options.matching.get(i) == Some(&false)
    }

    /// Whether item `i` is hidden by a legend toggle.
    #[cfg(feature = "composition")]
    pub fn hidden(&self, i: usize) -> bool {
        self.options.hidden.get(i) == Some(&true)
    }

    /// The colour of item `i` in a single-series chart: the mark colour, pale when dimmed.
    pub fn item_color(&self, i: usize) -> Color {
        self.series_color(i, 0)
    }

    /// Series colour `k` for item `i`, pale when the item is dimmed. Where
    /// the group highlights items, the others are drawn in the theme's
    /// muted mark colour (its `other`), the highlighted ones as before.
    pub fn series_color(&self, i: usize, k: usize) -> Color {
        let muted = !self.group.highlight.is_empty()
            && self.group.items.get(i).is_some_and(|item| !self.group.highlighted(&item.id));
        let c = if muted { self.theme.other } else { self.theme.palette[k % self.theme.palette.len()] };
        if self.dimmed(i) {
            c.mix(self.theme.background, 0.75)
        } else {
            c
        }
    }

    /// The span of figure `id`'s mark at this point of the animation: on its
    /// way from where it was to `(left, right)`, or growing from `left` if it
    /// is new. Records the span drawn, where a change arriving mid-way starts.
    pub fn tween(&self, out: &mut Out, id: &str, left: f64, right: f64) -> (f64, f64) {
        let t = self.options.grow.clamp(0.0, 1.0);
        let lerp = |a: f64, b: f64| a + (b - a) * t;
        let drawn = match self.options.previous.iter().find(|(p, _)| p == id) {
            Some((_, (l0, r0))) => (lerp(*l0, left), lerp(*r0, right)),
            None => (left, lerp(left, right)),
        };
        out.spans.push((id.to_owned(), drawn));
        drawn
    }

    /// A CSS length in device pixels.
    pub fn px(&self, css: f64) -> f64 {
        self.vp.px(css)
    }

    /// Left and right edges of the content, device px.
    pub fn edges(&self) -> (f64, f64) {
        (self.px(self.m.pad), self.px(self.vp.css_width - self.m.pad))
    }

    /// A text style `css` pixels high in `color`, anchored top-left.
    pub fn style(&self, css: f64, color: Color) -> TextStyle {
        TextStyle::new(self.px(css), color)
    }

    /// Body text: labels and values.
    pub fn body(&self) -> TextStyle {
        self.style(self.m.body, self.theme.text)
    }

    /// Small muted text: ticks and captions.
    pub fn small(&self) -> TextStyle {
        self.style(self.m.small, self.theme.muted).anchored(HPos::Left, VPos::Top)
    }

    /// The width of `text` in `style`, device px.
    pub fn width(&self, text: &str, style: &TextStyle) -> f64 {
        (self.measure)(text, style)
    }

    /// Measurement as a plain closure, for wrapping.
    pub fn measure(&self) -> Measure<'a> {
        self.measure
    }

    /// A tick label centred under `x`, pulled inside the content edges where
    /// centring would push it past them.
    pub fn tick(&self, out: &mut Out, text: &str, x: f64, y: f64) {
        let style = self.small();
        let w = self.width(text, &style);
        let (left, right) = self.edges();
        let h = if x - w / 2.0 < left {
            HPos::Left
        } else if x + w / 2.0 > right {
            HPos::Right
        } else {
            HPos::Center
        };
        let x = match h {
            HPos::Left => x.max(left),
            HPos::Right => x.min(right),
            HPos::Center => x,
        };
        out.text(text, (x, y), style.anchored(h, VPos::Top));
    }

    /// The text in the chart's language.
    pub fn t<'t>(&self, text: &'t crate::story::Text) -> &'t str {
        text.get(self.lang)
    }

    /// Each item with its figure, or an error naming the item that points nowhere.
    pub fn figures(&self) -> Result<Vec<(&'a Item, &'a Figure)>, Error> {
        let group: &'a Group = self.group;
        let story: &'a Story = self.story;
        let index = self.index;
        group
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                story
                    .figure(&item.id)
                    .map(|f| (item, f))
                    .ok_or_else(|| Error::new(item_path(index, i), ErrorKind::UnknownFigure(item.id.clone())))
            })
            .collect()
    }

    /// An item's short label, falling back to its figure's label, with the
    /// numbered markers of its footnoted annotations.
    pub fn label(&self, item: &'a Item, figure: &'a Figure) -> Cow<'a, str> {
        self.marked(&item.id, item.label.as_ref().unwrap_or(&figure.label).get(self.lang))
    }

    /// `text`, the label of item `id`, followed by the numbered markers of
    /// the item's footnoted annotations ("Dingxi, Gansu ①").
    pub fn marked(&self, id: &str, text: &'a str) -> Cow<'a, str> {
        let mut s = Cow::Borrowed(text);
        for (n, &k) in self.footnoted.iter().enumerate() {
            if self.group.annotations.get(k).is_some_and(|a| a.item == id) {
                let s = s.to_mut();
                s.push(' ');
                s.push_str(&super::annotate::marker(n + 1));
            }
        }
        s
    }
}

/// The JSON path of item `i` of group `index`'s id, for errors.
pub(super) fn item_path(index: usize, i: usize) -> String {
    format!("groups[{index}].items[{i}].id")
}
