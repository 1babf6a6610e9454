//! The Wasm build's allocator, run natively against an arena: blocks are
//! aligned, never overlap, keep their contents, and freed memory is reused
//! so that a steady workload stops growing.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::Layout;

use newsfig::alloc::{Heap, Pages, PAGE};

/// 64 MiB of address space handed out a page at a time, like `memory.grow`.
struct Arena {
    base: usize,
    used: usize,
    grown: usize,
}

impl Arena {
    fn new() -> Self {
        let layout = Layout::from_size_align(1024 * PAGE, PAGE).unwrap();
        // SAFETY: a non-zero size; leaked on purpose for the test's life.
        let base = unsafe { std::alloc::alloc(layout) } as usize;
        Arena { base, used: 0, grown: 0 }
    }
}

impl Pages for Arena {
    fn grow(&mut self, n: usize) -> Option<usize> {
        if self.used + n > 1024 {
            return None;
        }
        let at = self.base + self.used * PAGE;
        self.used += n;
        self.grown += 1;
        Some(at)
    }
}

/// A small deterministic generator, so a failure replays.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn pages_used(heap: &Heap<Arena>) -> usize {
    heap.pages().used
}

#[test]
fn blocks_are_aligned_disjoint_and_keep_their_contents() {
    let mut heap = Heap::new(Arena::new());
    let mut rng = Lcg(7);
    let mut live: Vec<(usize, Layout, u8)> = Vec::new();
    for step in 0..20_000 {
        if live.is_empty() || (live.len() < 300 && rng.next(2) == 0) {
            let size = match rng.next(10) {
                0 => 1 + rng.next(200_000),
                1..=3 => 1 + rng.next(4096),
                _ => 1 + rng.next(100),
            };
            let align = [1, 2, 4, 8, 16, 64][rng.next(6)];
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: a non-zero layout; freed below with the same layout.
            let p = unsafe { heap.alloc(layout) } as usize;
            assert_ne!(p, 0, "out of memory at step {step}");
            assert_eq!(p % align, 0, "alignment");
            let fill = (step % 251) as u8;
            // SAFETY: the block is `size` bytes long and ours.
            unsafe { std::ptr::write_bytes(p as *mut u8, fill, size) };
            for &(q, l, _) in &live {
                assert!(p + size <= q || q + l.size() <= p, "overlap at step {step}");
            }
            live.push((p, layout, fill));
        } else {
            let (p, layout, fill) = live.swap_remove(rng.next(live.len()));
            // SAFETY: reading the block we wrote.
            let bytes = unsafe { std::slice::from_raw_parts(p as *const u8, layout.size()) };
            assert!(bytes.iter().all(|&b| b == fill), "contents kept");
            // SAFETY: allocated above with this layout, freed once.
            unsafe { heap.dealloc(p as *mut u8, layout) };
        }
    }
}

/// The same work again and again (a redraw, a hover) takes no new pages after
/// the first time: every block it frees serves the next round.
#[test]
fn a_repeated_workload_stops_growing() {
    let mut heap = Heap::new(Arena::new());
    let round = |heap: &mut Heap<Arena>| {
        let mut rng = Lcg(11);
        let mut held = Vec::new();
        for _ in 0..500 {
            let layout = Layout::from_size_align(1 + rng.next(3000), 8).unwrap();
            // SAFETY: freed below with the same layout.
            held.push((unsafe { heap.alloc(layout) }, layout));
        }
        for (p, layout) in held {
            // SAFETY: allocated just above.
            unsafe { heap.dealloc(p, layout) };
        }
    };
    round(&mut heap);
    let warm = pages_used(&heap);
    for _ in 0..200 {
        round(&mut heap);
    }
    assert_eq!(pages_used(&heap), warm, "memory grew after warm-up");
}

#[test]
fn large_runs_are_split_and_reused() {
    let mut heap = Heap::new(Arena::new());
    let big = Layout::from_size_align(10 * PAGE, 8).unwrap();
    // SAFETY: freed right away with the same layout.
    let p = unsafe { heap.alloc(big) };
    unsafe { heap.dealloc(p, big) };
    let used = pages_used(&heap);
    let small = Layout::from_size_align(3 * PAGE, 8).unwrap();
    // SAFETY: both come out of the freed run; never freed (the test ends).
    let (a, b) = unsafe { (heap.alloc(small), heap.alloc(small)) };
    assert_eq!(a, p);
    assert_eq!(b as usize, p as usize + 3 * PAGE);
    assert_eq!(pages_used(&heap), used, "no new pages");
}

#[test]
fn realloc_keeps_a_block_that_still_fits() {
    let l = |size| Layout::from_size_align(size, 8).unwrap();
    assert!(Heap::<Arena>::same_block(l(20), 32));
    assert!(!Heap::<Arena>::same_block(l(20), 33));
    assert!(Heap::<Arena>::same_block(l(70_000), 100_000));
    assert!(!Heap::<Arena>::same_block(l(30_000), 70_000));
}
