//! A small memory allocator for the Wasm build.
//!
//! Rust's default allocator on wasm32 is dlmalloc: general, and 7 KB of code
//! (about 3 KiB of the gzipped transfer). newsfig's allocations are small
//! strings and vectors made and dropped per frame, plus a few large ones (a
//! pasted story), in one thread. Segregated free lists serve that in a tenth
//! of the code: every request is rounded up to a power of two from 16 bytes
//! to 32 KiB and kept on that size's list when freed; larger requests take
//! whole 64 KiB pages and go back to a list of free runs of pages, split and
//! reused first-fit. Freed memory is reused but never returned to the page,
//! which Wasm memory cannot do anyway.
//!
//! The logic is target-independent over a [`Pages`] source so that native
//! tests can run it against an arena; `web` installs it over `memory.grow`.

use core::alloc::Layout;

/// The smallest block; it holds the free-list link.
const MIN: usize = 16;
/// Size classes 16, 32, … 32 KiB.
const CLASSES: usize = 12;
/// Wasm's page: the unit of `memory.grow` and of large blocks.
pub const PAGE: usize = 65536;
/// A word: a free run keeps its next link and its page count in two.
const W: usize = core::mem::size_of::<usize>();

/// Where fresh pages come from: `memory.grow` in the browser.
pub trait Pages {
    /// Adds `n` pages and returns the address of the first, or `None`.
    fn grow(&mut self, n: usize) -> Option<usize>;
}

/// The allocator's state: a free list per size class, the free runs of
/// pages, and the unused rest of the page small blocks are carved from.
pub struct Heap<P> {
    pages: P,
    free: [usize; CLASSES],
    /// Free runs of pages: each starts with two words, `[next, page count]`.
    runs: usize,
    next: usize,
    end: usize,
}

fn class(size: usize) -> usize {
    let size = size.max(MIN);
    (usize::BITS - (size - 1).leading_zeros()) as usize - 4
}

fn block(class: usize) -> usize {
    MIN << class
}

impl<P: Pages> Heap<P> {
    /// An empty heap over `pages`.
    pub const fn new(pages: P) -> Self {
        Heap { pages, free: [0; CLASSES], runs: 0, next: 0, end: 0 }
    }

    /// The page source, for tests to see how much was taken.
    pub fn pages(&self) -> &P {
        &self.pages
    }

    /// Allocates for `layout`, or returns null when memory cannot grow.
    ///
    /// # Safety
    /// The returned block is uninitialised and must be freed with the same layout.
    pub unsafe fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let size = layout.size().max(layout.align());
        if size > block(CLASSES - 1) {
            return self.alloc_pages(size.div_ceil(PAGE));
        }
        let c = class(size);
        let head = self.free[c];
        if head != 0 {
            self.free[c] = *(head as *const usize);
            return head as *mut u8;
        }
        let len = block(c);
        // Blocks are aligned to their own size, so any alignment up to it holds.
        let start = self.next.next_multiple_of(len);
        if start + len > self.end || self.end == 0 {
            let fresh = self.alloc_pages(1);
            if fresh.is_null() {
                return fresh;
            }
            // The rest of the old page is lost to this class but small.
            self.next = fresh as usize;
            self.end = self.next + PAGE;
            return self.alloc(layout);
        }
        self.next = start + len;
        start as *mut u8
    }

    unsafe fn alloc_pages(&mut self, n: usize) -> *mut u8 {
        let mut link = &mut self.runs as *mut usize;
        while *link != 0 {
            let run = *link;
            let count = *((run + W) as *const usize);
            if count >= n {
                if count > n {
                    let rest = run + n * PAGE;
                    *(rest as *mut usize) = *(run as *const usize);
                    *((rest + W) as *mut usize) = count - n;
                    *link = rest;
                } else {
                    *link = *(run as *const usize);
                }
                return run as *mut u8;
            }
            link = run as *mut usize;
        }
        self.pages.grow(n).map_or(core::ptr::null_mut(), |a| a as *mut u8)
    }

    /// Frees a block from [`Heap::alloc`].
    ///
    /// # Safety
    /// `ptr` must come from `alloc` with this `layout` and not be freed twice.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        let size = layout.size().max(layout.align());
        let at = ptr as usize;
        if size > block(CLASSES - 1) {
            *(at as *mut usize) = self.runs;
            *((at + W) as *mut usize) = size.div_ceil(PAGE);
            self.runs = at;
        } else {
            let c = class(size);
            *(at as *mut usize) = self.free[c];
            self.free[c] = at;
        }
    }

    /// Whether a block for `old` also serves `new` (same class), so that
    /// `realloc` can keep it in place.
    pub fn same_block(old: Layout, new_size: usize) -> bool {
        let (a, b) = (old.size().max(old.align()), new_size.max(old.align()));
        let cap = block(CLASSES - 1);
        match (a > cap, b > cap) {
            (false, false) => class(a) == class(b),
            (true, true) => a.div_ceil(PAGE) == b.div_ceil(PAGE),
            _ => false,
        }
    }
}

/// The browser's heap: `memory.grow` on the Wasm module's own memory.
#[cfg(target_arch = "wasm32")]
pub mod wasm {
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    use super::{Heap, Pages, PAGE};

    pub struct Grow;

    impl Pages for Grow {
        fn grow(&mut self, n: usize) -> Option<usize> {
            let old = core::arch::wasm32::memory_grow(0, n);
            (old != usize::MAX).then_some(old * PAGE)
        }
    }

    /// The global allocator. Wasm here runs one thread, so no lock is needed.
    pub struct Global(UnsafeCell<Heap<Grow>>);

    // SAFETY: wasm32-unknown-unknown without atomics has a single thread.
    unsafe impl Sync for Global {}

    impl Global {
        /// An empty heap; `const` so that it can be the `#[global_allocator]`.
        pub const fn new() -> Self {
            Global(UnsafeCell::new(Heap::new(Grow)))
        }
    }

    impl Default for Global {
        fn default() -> Self {
            Self::new()
        }
    }

    unsafe impl GlobalAlloc for Global {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            (*self.0.get()).alloc(layout)
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            (*self.0.get()).dealloc(ptr, layout)
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if Heap::<Grow>::same_block(layout, new_size) {
                return ptr;
            }
            let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
            if !new.is_null() {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
