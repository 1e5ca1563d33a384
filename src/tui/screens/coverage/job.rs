//! The brief's whole comparison (story points, coverage, discrepancies) run once on a thread,
//! shared by the screens that show it: opening one before it is done shows how far it got
//! instead of freezing the keys.

use std::sync::{Arc, OnceLock};

use crate::analyze::align::FeatureIndex;
use crate::analyze::coverage::{self, Analysis};
use crate::analyze::progress::Progress;
use crate::brief::Brief;

/// The background comparison: not started, running (with its progress) or done.
#[derive(Debug, Clone, Default)]
pub struct AnalysisJob {
    progress: Option<Arc<Progress>>,
    result: Arc<OnceLock<Arc<Analysis>>>,
    /// The finished result has been drawn once, so the idle loop can stop redrawing.
    shown: bool,
    /// The user stopped the work: screens that only profit from the result (the compare
    /// view's flags) do not start it again, opening a screen made of it does.
    stopped: bool,
    /// The brief's sentence features, the comparison's first step and all the compare view
    /// needs: built once (by the comparison's thread, or by a thread of its own when the
    /// comparison is stopped or not wanted), kept across a stop, shared by both.
    features: Arc<OnceLock<Arc<FeatureIndex>>>,
    /// A thread that sets `features` runs or ran.
    features_started: bool,
    /// The features have been drawn once since they arrived.
    features_shown: bool,
}

/// Briefs with fewer sentences than this have their features built on the spot when the
/// compare view needs them: about 4 µs a sentence, so under 40 ms, where a progress line would
/// only flicker. Bigger briefs build them on a thread while the keys keep answering.
pub const INLINE_SENTENCES: usize = 10_000;

impl AnalysisJob {
    /// Starts the comparison unless it already runs or ran.
    pub fn start(&mut self, brief: &Arc<Brief>) {
        if self.progress.is_some() || self.stopped {
            return;
        }
        let progress = Arc::new(Progress::new());
        self.progress = Some(Arc::clone(&progress));
        let cell = Arc::clone(&self.result);
        let features = Arc::clone(&self.features);
        self.features_started = true;
        let brief = Arc::clone(brief);
        std::thread::spawn(move || {
            let index = || Arc::clone(features.get_or_init(|| Arc::new(FeatureIndex::new(&brief))));
            let a = coverage::compute_with(&brief, index, &progress);
            if !progress.is_cancelled() {
                let _ = cell.set(Arc::new(a));
            }
        });
    }

    /// The sentence features, once built.
    pub fn features(&self) -> Option<&FeatureIndex> {
        self.features.get().map(|f| f.as_ref())
    }

    /// The sentence features, or None while a thread builds them: starts that thread unless
    /// one runs (the comparison's own builds them first). A small brief's are built on the
    /// spot (see [`INLINE_SENTENCES`]).
    pub fn want_features(&mut self, brief: &Arc<Brief>) -> Option<&FeatureIndex> {
        if self.features.get().is_none() {
            let sentences: usize = brief.articles.iter().map(|a| a.sentences.len()).sum();
            if sentences < INLINE_SENTENCES {
                // Waits for the comparison's thread if it is building them already.
                self.features
                    .get_or_init(|| Arc::new(FeatureIndex::new(brief)));
            } else if !self.features_started {
                self.features_started = true;
                let (cell, brief) = (Arc::clone(&self.features), Arc::clone(brief));
                std::thread::spawn(move || {
                    cell.get_or_init(|| Arc::new(FeatureIndex::new(&brief)));
                });
            }
        }
        self.features()
    }

    /// Blocks until the features a thread builds are there (for `render` and tests).
    pub fn wait_features(&self) -> Option<&FeatureIndex> {
        if !self.features_started {
            return self.features();
        }
        Some(self.features.wait().as_ref())
    }

    /// The result, once the thread is done.
    pub fn get(&self) -> Option<&Analysis> {
        self.result.get().map(|a| a.as_ref())
    }

    /// Whole percent done while running, None when not started or done.
    pub fn percent(&self) -> Option<u8> {
        match (&self.progress, self.get()) {
            (Some(p), None) => Some(p.percent()),
            _ => None,
        }
    }

    /// Blocks until the result is there (for `render` and tests, which draw one finished
    /// frame); None when the comparison was never started.
    pub fn wait(&self) -> Option<&Analysis> {
        self.progress.as_ref()?;
        Some(self.result.wait().as_ref())
    }

    /// Called while the app is idle: true when the screen should be drawn again, which is
    /// while the work runs (the percentage moves) and once more when it has finished.
    pub fn tick(&mut self) -> bool {
        if self.features_started && !self.features_shown && self.features().is_some() {
            // The compare view waiting for them can now be laid out.
            self.features_shown = true;
            return true;
        }
        if self.progress.is_none() || self.shown {
            return false;
        }
        if self.get().is_some() {
            self.shown = true;
        }
        true
    }

    /// Asks the thread to stop; its result is dropped.
    pub fn cancel(&self) {
        if let Some(p) = &self.progress {
            p.cancel();
        }
    }

    /// The user stopped the work before it finished (Esc or q on a progress screen): the
    /// thread is asked to stop at its next check, whatever it still sets goes to a cell no one
    /// reads, and the job is as if never started until [`AnalysisJob::resume`]. True when
    /// there was work to stop.
    pub fn stop(&mut self) -> bool {
        if self.percent().is_none() {
            return false;
        }
        self.cancel();
        self.progress = None;
        self.result = Arc::default();
        self.shown = false;
        self.stopped = true;
        true
    }

    /// Lets the next [`AnalysisJob::start`] run the work again after a stop.
    pub fn resume(&mut self) {
        self.stopped = false;
    }

    /// Stopped by the user and not started again.
    pub fn is_stopped(&self) -> bool {
        self.stopped
    }
}

/// The status line while the comparison runs: "comparing 5 articles… 40%".
pub fn progress_line(articles: usize, percent: u8) -> String {
    format!("comparing {articles} articles… {percent}%")
}

#[cfg(test)]
impl AnalysisJob {
    /// A job still running: its progress, no result.
    pub(crate) fn running_at(percent: usize) -> AnalysisJob {
        let p = Progress::new();
        p.plan(100);
        p.advance(percent);
        AnalysisJob {
            progress: Some(Arc::new(p)),
            ..AnalysisJob::default()
        }
    }

    /// The progress the running work checks.
    pub(crate) fn progress(&self) -> Option<Arc<Progress>> {
        self.progress.clone()
    }
}
