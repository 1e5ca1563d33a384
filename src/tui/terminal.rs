//! The terminal's lifecycle, in one place: raw mode and the alternate screen are entered here
//! and always left here, whether the app quits, fails, panics or is told to stop by a signal.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{
    cursor,
    event::{DisableMouseCapture, EnableMouseCapture},
    execute,
    terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode},
};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

/// The terminal while the app owns it; dropping it gives the terminal back.
pub struct Tui {
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
    /// Number of the signal that asked the app to stop (0 while none did).
    pub signal: Arc<AtomicUsize>,
    restored: bool,
}

/// Puts the terminal back as the shell expects it. Safe to call more than once.
pub fn restore() -> io::Result<()> {
    let raw = disable_raw_mode();
    let mut out = io::stdout();
    let screen = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
    raw.and(screen)
}

static PANIC_HOOK: Once = Once::new();

/// Restores the terminal before a panic message is printed, so it is readable.
fn install_panic_hook() {
    PANIC_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = restore();
            previous(info);
        }));
    });
}

impl Tui {
    /// Takes over the terminal: raw mode, alternate screen, mouse reporting, hidden cursor.
    pub fn enter() -> Result<Tui, String> {
        use std::io::IsTerminal;
        if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
            return Err(
                "the full-screen app needs a terminal (for plain output try \
                        `newsbrief list` or `newsbrief render`)"
                    .into(),
            );
        }
        let signal = Arc::new(AtomicUsize::new(0));
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)
                .map_err(|e| format!("cannot watch signals: {e}"))?;
        }
        spawn_signal_watchdog(Arc::clone(&signal));
        install_panic_hook();
        enable_raw_mode().map_err(|e| format!("cannot start the full-screen app: {e}"))?;
        let mut out = io::stdout();
        if let Err(e) = execute!(out, EnterAlternateScreen, EnableMouseCapture, cursor::Hide) {
            let _ = restore();
            return Err(format!("cannot start the full-screen app: {e}"));
        }
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(Tui {
                terminal,
                signal,
                restored: false,
            }),
            Err(e) => {
                let _ = restore();
                Err(format!("cannot start the full-screen app: {e}"))
            }
        }
    }

    /// The signal received, if any.
    pub fn pending_signal(&self) -> Option<i32> {
        match self.signal.load(Ordering::Relaxed) {
            0 => None,
            n => Some(n as i32),
        }
    }

    /// Gives the terminal back now (also done on drop).
    pub fn leave(&mut self) -> io::Result<()> {
        if self.restored {
            return Ok(());
        }
        self.restored = true;
        restore()
    }
}

/// The event loop notices signals between events, but when the terminal itself vanishes
/// (a closed SSH link, a killed tmux server) the input reader can spin without returning. This
/// thread gives the loop a moment to stop on its own, then restores what it can and exits, so
/// no signal leaves a process behind.
fn spawn_signal_watchdog(signal: Arc<AtomicUsize>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_millis(100));
            let sig = signal.load(Ordering::Relaxed);
            if sig != 0 {
                std::thread::sleep(std::time::Duration::from_millis(1500));
                let _ = restore();
                std::process::exit(128 + sig as i32);
            }
        }
    });
}

impl Drop for Tui {
    fn drop(&mut self) {
        let _ = self.leave();
    }
}
