//! The terminal's lifecycle, in one place: raw mode and the alternate screen are entered here
//! and always left here, whether the app quits, fails, panics, is stopped (Ctrl-Z, SIGTSTP),
//! is told to stop by a signal, or loses its terminal (a closed SSH link, a killed tmux pane).

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{
    Command, cursor, execute,
    terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode},
};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};

/// Mouse reporting of presses, releases, drags and the wheel (modes 1000 and 1002, in SGR
/// encoding 1006), but not of bare motion (1003): with any-motion tracking on, a terminal
/// gives the user no way to select text without holding Shift.
#[derive(Debug, Clone, Copy)]
pub struct EnableButtonMouse;

impl Command for EnableButtonMouse {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1002h\x1b[?1006h")
    }
}

/// Turns every mouse mode off, 1003 and 1015 too, whoever turned them on.
#[derive(Debug, Clone, Copy)]
pub struct DisableMouse;

impl Command for DisableMouse {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l")
    }
}

/// Run when the app must end but its main thread cannot (see [`spawn_watchdog`]): saves what
/// the user would otherwise lose.
pub type Abandon = Box<dyn FnOnce() + Send>;

/// The terminal while the app owns it; dropping it gives the terminal back.
pub struct Tui {
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
    /// Number of the signal that asked the app to stop (0 while none did); a hang-up is
    /// recorded as SIGHUP.
    pub signal: Arc<AtomicUsize>,
    /// Set by SIGTSTP (a `kill -TSTP`; Ctrl-Z reaches the app as a key).
    stop: Arc<AtomicBool>,
    /// Set by SIGCONT, however the app was stopped.
    resumed: Arc<AtomicBool>,
    abandon: Arc<Mutex<Option<Abandon>>>,
    mouse: bool,
    restored: bool,
}

/// Puts the terminal back as the shell expects it. Safe to call more than once.
pub fn restore() -> io::Result<()> {
    let raw = disable_raw_mode();
    let mut out = io::stdout();
    let screen = execute!(out, DisableMouse, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
    raw.and(screen)
}

/// Raw mode, the alternate screen, the mouse if wanted, the cursor hidden.
fn take_over(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    set_mouse(mouse)
}

/// Turns mouse reporting on or off.
pub fn set_mouse(on: bool) -> io::Result<()> {
    let mut out = io::stdout();
    if on {
        execute!(out, EnableButtonMouse)
    } else {
        execute!(out, DisableMouse)
    }
}

/// The terminal is gone: the other end of the pty closed (the kernel then reports a hang-up
/// on it) or the descriptor is no longer valid. Reading such a terminal returns end of input
/// at once and forever, which the event reader would spin on.
#[cfg(unix)]
pub fn hung_up() -> bool {
    let mut fds = [libc::pollfd {
        fd: 0,
        events: libc::POLLIN,
        revents: 0,
    }];
    // SAFETY: one valid pollfd, its length given, no timeout.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), 1, 0) };
    n > 0 && fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

#[cfg(not(unix))]
pub fn hung_up() -> bool {
    false
}

/// An I/O error that means the terminal went away rather than a fault of the app.
pub fn is_hang_up(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::UnexpectedEof | io::ErrorKind::BrokenPipe
    ) || e.raw_os_error() == Some(5) // EIO
        || hung_up()
}

/// Both standard input and output are a terminal, as the full-screen app needs.
pub fn interactive() -> bool {
    use std::io::IsTerminal;
    io::stdout().is_terminal() && io::stdin().is_terminal()
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
    /// Takes over the terminal: raw mode, alternate screen, mouse reporting (unless `mouse` is
    /// false), hidden cursor.
    pub fn enter(mouse: bool) -> Result<Tui, String> {
        if !interactive() {
            return Err(
                "the full-screen app needs a terminal (for plain output try \
                        `newsbrief list` or `newsbrief render`)"
                    .into(),
            );
        }
        let watch = |e: io::Error| format!("cannot watch signals: {e}");
        let signal = Arc::new(AtomicUsize::new(0));
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)
                .map_err(watch)?;
        }
        let stop = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGTSTP, Arc::clone(&stop)).map_err(watch)?;
        let resumed = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGCONT, Arc::clone(&resumed)).map_err(watch)?;
        let abandon: Arc<Mutex<Option<Abandon>>> = Arc::default();
        spawn_watchdog(Arc::clone(&signal), Arc::clone(&abandon));
        install_panic_hook();
        if let Err(e) = take_over(mouse) {
            let _ = restore();
            return Err(format!("cannot start the full-screen app: {e}"));
        }
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(Tui {
                terminal,
                signal,
                stop,
                resumed,
                abandon,
                mouse,
                restored: false,
            }),
            Err(e) => {
                let _ = restore();
                Err(format!("cannot start the full-screen app: {e}"))
            }
        }
    }

    /// What to run if the main thread is stuck when the app must end.
    pub fn on_abandon(&self, f: Abandon) {
        if let Ok(mut a) = self.abandon.lock() {
            *a = Some(f);
        }
    }

    /// The signal received, if any.
    pub fn pending_signal(&self) -> Option<i32> {
        match self.signal.load(Ordering::Relaxed) {
            0 => None,
            n => Some(n as i32),
        }
    }

    /// Records a hang-up noticed by the event loop, so the app ends as on SIGHUP.
    pub fn hang_up(&self) {
        let _ =
            self.signal
                .compare_exchange(0, SIGHUP as usize, Ordering::Relaxed, Ordering::Relaxed);
    }

    /// Mouse reporting on or off while the app runs.
    pub fn mouse(&mut self, on: bool) -> io::Result<()> {
        self.mouse = on;
        set_mouse(on)
    }

    /// Mouse reporting is on.
    pub fn mouse_on(&self) -> bool {
        self.mouse
    }

    /// A SIGTSTP came: the caller should [`Self::suspend`].
    pub fn stop_requested(&self) -> bool {
        self.stop.swap(false, Ordering::Relaxed)
    }

    /// Gives the terminal back to the shell, stops the process as the shell's job control
    /// expects, and takes the terminal again when continued (`fg`). The caller redraws.
    pub fn suspend(&mut self) -> io::Result<()> {
        restore()?;
        self.resumed.store(false, Ordering::Relaxed);
        // Stops here until SIGCONT.
        signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
        self.resume()
    }

    /// After a SIGCONT (from `fg`, or after any stop): takes the terminal back, since the
    /// shell reset it, and clears the screen so the next frame is drawn whole. True when
    /// there was one.
    pub fn resumed(&mut self) -> io::Result<bool> {
        if !self.resumed.swap(false, Ordering::Relaxed) {
            return Ok(false);
        }
        self.resume()?;
        Ok(true)
    }

    fn resume(&mut self) -> io::Result<()> {
        take_over(self.mouse)?;
        self.terminal.clear()
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

/// The event loop notices signals and hang-ups between events, but when the terminal itself
/// vanishes the input reader can spin without returning. This thread notices a hang-up by
/// itself too, gives the loop a moment to end on its own (saving as it goes), then runs the
/// abandon hook (which saves the last state the loop published), restores what it can and
/// exits, so no hang-up loses work and no signal leaves a process behind.
fn spawn_watchdog(signal: Arc<AtomicUsize>, abandon: Arc<Mutex<Option<Abandon>>>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(100));
            let grace = if hung_up() {
                let _ = signal.compare_exchange(
                    0,
                    SIGHUP as usize,
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                );
                Duration::from_millis(500)
            } else {
                Duration::from_millis(1500)
            };
            let sig = signal.load(Ordering::Relaxed);
            if sig != 0 {
                std::thread::sleep(grace);
                if let Some(f) = abandon.lock().ok().and_then(|mut a| a.take()) {
                    f();
                }
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
