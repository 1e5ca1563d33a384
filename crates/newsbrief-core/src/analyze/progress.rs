//! Progress of a long comparison, shared between the thread computing it and the one drawing a
//! status line ("comparing 1,000 articles… 40%"): plain atomics, so reading never blocks.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Units of work done out of a total the computation announces as it goes; `cancel` asks it to
/// stop early (its result is then incomplete and should be dropped).
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    cancelled: AtomicBool,
}

impl Progress {
    pub fn new() -> Self {
        Self::default()
    }

    /// Announces more work to come.
    pub fn plan(&self, units: usize) {
        self.total.fetch_add(units, Ordering::Relaxed);
    }

    pub fn advance(&self, units: usize) {
        self.done.fetch_add(units, Ordering::Relaxed);
    }

    /// Done share in `[0, 1]` (0 before any work is announced).
    pub fn fraction(&self) -> f64 {
        let total = self.total.load(Ordering::Relaxed);
        if total == 0 {
            return 0.0;
        }
        (self.done.load(Ordering::Relaxed) as f64 / total as f64).min(1.0)
    }

    /// Whole percent done, for a status line.
    pub fn percent(&self) -> u8 {
        (self.fraction() * 100.0).floor() as u8
    }

    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fraction_follows_announced_work() {
        let p = Progress::new();
        assert_eq!(p.fraction(), 0.0);
        p.plan(4);
        p.advance(1);
        assert_eq!(p.percent(), 25);
        p.advance(10);
        assert_eq!(p.fraction(), 1.0);
        assert!(!p.is_cancelled());
        p.cancel();
        assert!(p.is_cancelled());
    }
}
