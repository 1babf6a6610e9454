//! The rules of a story's charts: their items, kinds, highlights and
//! annotations, each problem named by its JSON path.

use std::collections::HashMap;

use super::{valid_id, Checker, MAX_ITEMS};
use crate::error::ErrorKind;
use crate::story::{ChartKind, Group, Story, Value};

impl Checker {
    pub(super) fn groups(&mut self, s: &Story) {
        let mut seen = HashMap::new();
        for (gi, g) in s.groups.iter().enumerate() {
            let m = self.enter("groups", Some(gi));
            if !valid_id(&g.id) {
                self.err_at("id", ErrorKind::BadId(g.id.clone()));
            } else if let Some(first) = seen.insert(g.id.as_str(), gi) {
                self.err_at("id", ErrorKind::DuplicateId(format!("groups[{first}].id")));
            }
            self.text(&g.title, "title");
            for (t, name) in [(&g.subtitle, "subtitle"), (&g.note, "note")] {
                if let Some(t) = t {
                    self.text(t, name);
                }
            }
            if g.items.is_empty() {
                self.err_at("items", ErrorKind::EmptyGroup);
            } else if g.items.len() > MAX_ITEMS {
                self.err_at("items", ErrorKind::TooMany(MAX_ITEMS));
            }
            for (ii, item) in g.items.iter().enumerate() {
                let at = self.enter("items", Some(ii));
                if g.kind == ChartKind::Timeline {
                    if !self.event_ids.contains(&item.id) {
                        self.err_at("id", ErrorKind::UnknownEvent(item.id.clone()));
                    }
                } else if !self.figure_ids.contains(&item.id) {
                    self.err_at("id", ErrorKind::UnknownFigure(item.id.clone()));
                }
                if let Some(label) = &item.label {
                    self.text(label, "label");
                }
                self.leave(at);
            }
            self.notes(s, g);
            self.leave(m);
        }
    }

    /// A group's `highlight` and `annotations`: each names one of its items,
    /// an `end` only of a range, and every text in both languages.
    fn notes(&mut self, s: &Story, g: &Group) {
        let is_item = |id: &str| g.items.iter().any(|i| i.id == id);
        for (i, id) in g.highlight.iter().enumerate() {
            if !is_item(id) {
                let at = self.enter("highlight", Some(i));
                self.err(ErrorKind::NotAnItem(id.clone()));
                self.leave(at);
            }
        }
        for (i, a) in g.annotations.iter().enumerate() {
            let at = self.enter("annotations", Some(i));
            if !is_item(&a.item) {
                self.err_at("item", ErrorKind::NotAnItem(a.item.clone()));
            } else if a.end.is_some()
                && s.figure(&a.item).is_some_and(|f| matches!(f.value, Value::Point { .. }))
            {
                self.err_at("end", ErrorKind::EndOfPoint);
            }
            self.text(&a.text, "text");
            self.leave(at);
        }
    }
}
