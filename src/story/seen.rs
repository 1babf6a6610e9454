//! A small string-keyed table for the validator's duplicate and reference
//! checks.
//!
//! std's `HashMap` would do the job, but it brings hashbrown and SipHash into
//! the Wasm file (about 8 KB) for a few hundred ids. This is open addressing
//! with FNV-1a and linear probing: a few hundred bytes, and still linear time
//! for a 10,000-figure story. Hash flooding is no concern: the input is one
//! editor's own story, checked in their own browser.

/// Ids with a number each (an index, or nothing). One value type, so the
/// table is compiled once, not once per type of value.
#[derive(Default)]
pub struct Seen {
    slots: Vec<Option<(String, usize)>>,
    len: usize,
}

fn fnv1a(key: &str) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h as usize
}

impl Seen {
    /// The slot holding `key`, or the empty slot where it would go.
    fn slot(&self, key: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = fnv1a(key) & mask;
        while let Some((k, _)) = &self.slots[i] {
            if k == key {
                break;
            }
            i = (i + 1) & mask;
        }
        i
    }

    /// The value for `key`.
    pub fn get(&self, key: &str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        self.slots[self.slot(key)].as_ref().map(|(_, v)| *v)
    }

    /// Whether `key` is in the table.
    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets the value for `key`, returning the one it replaces.
    pub fn insert(&mut self, key: &str, value: usize) -> Option<usize> {
        // Keep the table at most half full, so probes stay short.
        if (self.len + 1) * 2 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            self.slots = (0..(old.len() * 2).max(16)).map(|_| None).collect();
            for (k, v) in old.into_iter().flatten() {
                let i = self.slot(&k);
                self.slots[i] = Some((k, v));
            }
        }
        let i = self.slot(key);
        match &mut self.slots[i] {
            Some((_, v)) => Some(std::mem::replace(v, value)),
            empty => {
                *empty = Some((key.to_owned(), value));
                self.len += 1;
                None
            }
        }
    }
}
