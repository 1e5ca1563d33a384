//! The full-screen app: shared state and the dispatch of actions in [`app`], one folder per
//! screen in [`screens`], the help and search popups in [`overlays`], keys in [`keymap`], the
//! frame around the screens in [`ui`], the terminal's lifecycle in [`terminal`]. This module
//! holds the event loop and the one-frame renderer used by `newsbrief render` and the tests.
//! It takes its options as [`Look`] and knows nothing of the command line.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod doc;
pub mod keymap;
pub mod look;
pub mod overlays;
pub mod persist;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod ui;

pub use look::Look;
pub use screens::{RenderTarget, View};

use std::path::Path;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};
use unicode_width::UnicodeWidthStr;

use crate::brief::{self, Brief};
use app::{Action, App, update};
use overlays::search;

/// How often the loop wakes to notice a signal when no key comes.
const POLL: Duration = Duration::from_millis(100);

/// Largest frame `render` draws: a bigger one would only exhaust memory.
pub const MAX_RENDER: u16 = 2000;

/// Opens the app on a brief (the built-in one when `path` is None).
pub fn run_app(path: Option<&Path>, look: &Look) -> Result<(), String> {
    use std::sync::{Arc, Mutex};
    let no_color = theme::no_color_env();
    let theme = theme::fit_depth(
        theme::select(look, no_color)?,
        look,
        no_color,
        theme::Depth::of_env(),
    );
    if !terminal::interactive() {
        // No app will run: a bad brief is still the first thing to report.
        brief::load_with_bytes(path).map_err(|e| e.to_string())?;
    }
    let mut tui = terminal::Tui::enter(!look.no_mouse)?;
    // A big brief takes a while to read and check: say so rather than show a blank screen.
    let _ = tui.terminal.draw(|f| ui::draw_loading(f, path));
    let (brief, bytes) = match brief::load_with_bytes(path) {
        Ok(loaded) => loaded,
        Err(e) => {
            drop(tui);
            return Err(e.to_string());
        }
    };
    let size = tui.terminal.size().unwrap_or_default();
    let mut app = App::new(brief, theme, size.width, size.height);
    app.mouse = !look.no_mouse;
    app.brief_path = path.map(Path::to_path_buf);
    // The file's bytes only name its reading state: a big brief's would otherwise stay in
    // memory beside the brief for the whole session.
    let mut next_store = crate::state::StateStore::for_brief(&bytes);
    drop(bytes);
    // Errors of saving the reading state of briefs left with `O`, reported at the end.
    let mut errors = Vec::new();
    // One pass per brief: `O` ends a pass with the next brief loaded.
    let result = loop {
        let store = next_store.take();
        app.index_in_background();
        // The comparison of the outlets marks the reader's gutter and feeds the compare,
        // coverage and discrepancy screens: it starts now, on its own thread.
        app.analysis.start(&app.brief);
        let autosave = store.map(|store| {
            let (saved, note) = store.load();
            persist::apply(&mut app, &saved);
            app.notice = note;
            Arc::new(Mutex::new(persist::Autosave::new(store, &app)))
        });
        // The state as of the last event, for the watchdog to save if the terminal goes away
        // while the main thread is stuck reading it.
        let latest = Arc::new(Mutex::new(persist::capture(&app)));
        if let Some(a) = &autosave {
            let (a, latest) = (Arc::clone(a), Arc::clone(&latest));
            tui.on_abandon(Box::new(move || {
                let now = latest.lock().map(|l| l.clone());
                if let (Ok(mut a), Ok(now)) = (a.lock(), now) {
                    a.save_state(now);
                }
            }));
        }
        let result = event_loop(&mut tui, &mut app, autosave.as_deref(), &latest);
        errors.extend(autosave.and_then(|a| {
            let mut a = a.lock().ok()?;
            a.save(&app);
            a.error.take()
        }));
        match result {
            Ok(Some((next, next_bytes))) => {
                // The old brief's work is no longer wanted.
                app.analysis.cancel();
                app = next;
                next_store = crate::state::StateStore::for_brief(&next_bytes);
            }
            other => break other.map(|_| ()),
        }
    };
    let signal = tui.pending_signal();
    let left = tui.leave();
    drop(tui);
    for e in errors {
        eprintln!("newsbrief: {e}");
    }
    if let Some(sig) = signal {
        std::process::exit(128 + sig);
    }
    result?;
    left.map_err(|e| format!("cannot restore the terminal: {e}"))
}

/// Runs until the user quits, a signal comes or the terminal goes away (end of input, EIO, a
/// hang-up: then the signal is recorded as SIGHUP and the loop ends normally, so the state is
/// saved and the terminal restored), or until a brief asked for with `O` is loaded: then it
/// returns the app on that brief and its bytes.
fn event_loop(
    tui: &mut terminal::Tui,
    app: &mut App,
    autosave: Option<&std::sync::Mutex<persist::Autosave>>,
    latest: &std::sync::Mutex<crate::state::ReadingState>,
) -> Result<Option<(App, Vec<u8>)>, String> {
    let err = |e: std::io::Error| format!("terminal error: {e}");
    let mut dirty = true;
    while !app.quit && tui.pending_signal().is_none() {
        if terminal::hung_up() {
            tui.hang_up();
            break;
        }
        if std::mem::take(&mut app.suspend) || tui.stop_requested() {
            if let Some(a) = autosave
                && let Ok(mut a) = a.lock()
            {
                a.save(app);
            }
            tui.suspend().map_err(err)?;
            dirty = true;
        }
        if tui.resumed().map_err(err)? {
            dirty = true;
        }
        if let Some(seq) = app.clipboard.take() {
            use std::io::Write;
            let mut out = std::io::stdout();
            let _ = out.write_all(seq.as_bytes()).and_then(|()| out.flush());
        }
        if tui.mouse_on() != app.mouse {
            tui.mouse(app.mouse).map_err(err)?;
        }
        if dirty {
            let size = tui.terminal.size().map_err(err)?;
            if (size.width, size.height) != (app.width, app.height) {
                update(app, Action::Resize(size.width, size.height));
            }
            match tui.terminal.draw(|f| ui::draw(f, app)) {
                Ok(_) => {}
                Err(e) if terminal::is_hang_up(&e) => {
                    tui.hang_up();
                    break;
                }
                Err(e) => return Err(err(e)),
            }
            dirty = false;
        }
        match event::poll(POLL) {
            Ok(false) => {
                // A background comparison moved on: show its progress or its result.
                if app.analysis.tick() {
                    app.refresh();
                    dirty = true;
                }
                // A search typed while its index was built gets its results.
                dirty |= search::poll(app);
                // The entity table counted on a thread is shown.
                dirty |= screens::entities::poll(app);
                if let Some(a) = autosave
                    && let Ok(mut a) = a.lock()
                {
                    let before = app.message.clone();
                    a.tick(app);
                    dirty |= app.message != before;
                }
                continue;
            }
            Ok(true) => {}
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) if terminal::is_hang_up(&e) => {
                tui.hang_up();
                break;
            }
            Err(e) => return Err(err(e)),
        }
        let ev = match event::read() {
            Ok(ev) => ev,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) if terminal::is_hang_up(&e) => {
                tui.hang_up();
                break;
            }
            Err(e) => return Err(err(e)),
        };
        if handle_event(app, &ev) {
            dirty = true;
            if let Ok(mut l) = latest.lock() {
                *l = persist::capture(app);
            }
        }
        if app.open_request.is_some() {
            // The reading state of the brief shown is saved before the next one is read.
            if let Some(a) = autosave
                && let Ok(mut a) = a.lock()
            {
                a.save(app);
            }
            let path = app.open_request.clone();
            let _ = tui.terminal.draw(|f| ui::draw_loading(f, path.as_deref()));
            if let Some(next) = overlays::open::take_request(app) {
                return Ok(Some(next));
            }
            dirty = true;
        }
    }
    Ok(None)
}

/// Applies an input event; true when the state changed.
///
/// Esc typed just before another key reaches the app as that key with Alt (the terminal cannot
/// tell them apart), so an Alt key with no binding of its own is taken as Esc then the key.
pub fn handle_event(app: &mut App, ev: &Event) -> bool {
    if let Some(action) = to_action(app, ev) {
        update(app, action);
        return true;
    }
    let Event::Key(k) = ev else { return false };
    if k.kind != KeyEventKind::Press || !k.modifiers.contains(KeyModifiers::ALT) {
        return false;
    }
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    let mut changed = false;
    if let Some(a) = keymap::lookup(keymap::active_table(app), &esc) {
        update(app, a);
        changed = true;
    }
    let mut plain = *k;
    plain.modifiers.remove(KeyModifiers::ALT);
    if let Some(a) = keymap::lookup(keymap::active_table(app), &plain) {
        update(app, a);
        changed = true;
    }
    changed
}

/// The action an input event asks for, if any.
pub fn to_action(app: &App, ev: &Event) -> Option<Action> {
    match ev {
        // `q` on the progress of the comparison stops it rather than quitting the app (as Esc
        // does; Ctrl-c still quits).
        Event::Key(k)
            if k.kind == KeyEventKind::Press
                && k.code == KeyCode::Char('q')
                && k.modifiers.difference(KeyModifiers::SHIFT).is_empty()
                && app::comparing_shown(app) =>
        {
            Some(Action::Back)
        }
        Event::Key(k) if k.kind == KeyEventKind::Press => {
            keymap::lookup(keymap::active_table(app), k).or_else(|| search::typed(app, k))
        }
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
            MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
            MouseEventKind::Down(_) => Some(Action::Click(m.column, m.row)),
            _ => None,
        },
        _ => None,
    }
}

/// The app set up as `render` draws it: `view` shown, `article` selected.
pub fn app_for(
    brief: Brief,
    view: View,
    width: u16,
    height: u16,
    article: Option<&str>,
    theme: theme::Theme,
) -> Result<App, String> {
    let selected = match article {
        None => 0,
        Some(id) => brief
            .articles
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| {
                let ids: Vec<&str> = brief.articles.iter().map(|a| a.id.as_str()).collect();
                format!(
                    "unknown article \"{id}\" (valid: {})",
                    if ids.is_empty() {
                        "none, the brief has no articles".to_string()
                    } else {
                        ids.join(", ")
                    }
                )
            })?,
    };
    let mut app = App::new(brief, theme, width, height);
    app.view = view;
    if view == View::Reader {
        app.focus = app::Focus::Reader;
    }
    app.selected = selected;
    app.refresh();
    Ok(app)
}

/// Draws the app once into an off-screen buffer.
pub fn render_buffer(app: &App) -> Buffer {
    let backend = TestBackend::new(app.width, app.height);
    let mut term = match Terminal::new(backend) {
        Ok(t) => t,
        Err(never) => match never {},
    };
    match term.draw(|f| ui::draw(f, app)) {
        Ok(_) => {}
        Err(never) => match never {},
    }
    term.backend().buffer().clone()
}

/// The text of a buffer, one line per row, trailing spaces trimmed. The cells hidden behind a
/// wide character are skipped so columns line up as on a terminal.
pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in area.left()..area.right() {
            let Some(cell) = buf.cell((x, y)) else {
                continue;
            };
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = cell.symbol();
            line.push_str(sym);
            skip = UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Draws one frame of `view` as plain text.
pub fn render_to_string(
    brief: &Brief,
    view: &str,
    width: u16,
    height: u16,
    article: Option<&str>,
    look: &Look,
) -> Result<String, String> {
    let spec = RenderSpec {
        view: RenderTarget::parse(view)?,
        width,
        height,
        article,
        left: None,
        right: None,
    };
    render_view(brief.clone(), &spec, look)
}

/// What `newsbrief render` draws.
#[derive(Debug, Clone, Copy)]
pub struct RenderSpec<'a> {
    pub view: RenderTarget,
    pub width: u16,
    pub height: u16,
    /// Article selected (list, reader) and default left article (compare).
    pub article: Option<&'a str>,
    /// Articles of the compare view's panes, by id or outlet.
    pub left: Option<&'a str>,
    pub right: Option<&'a str>,
}

/// Draws one frame of a view as plain text, the compare view with the articles asked for.
/// Takes the brief by value: the app owns it, and a copy would double the memory of a big one.
pub fn render_view(brief: Brief, spec: &RenderSpec, look: &Look) -> Result<String, String> {
    let RenderSpec {
        view,
        width,
        height,
        article,
        ..
    } = *spec;
    if (spec.left.is_some() || spec.right.is_some()) && view != RenderTarget::Screen(View::Compare)
    {
        return Err("--left and --right apply to --view compare".into());
    }
    check_render_size(width, height)?;
    let view = match view {
        RenderTarget::Search => return search::render_popup(brief, width, height, "", look),
        RenderTarget::Screen(v) => v,
    };
    let theme = theme::select(look, theme::no_color_env())?;
    let mut app = app_for(brief, view, width, height, article, theme)?;
    if matches!(view, View::Coverage | View::Discrepancies | View::Compare) {
        screens::coverage::prepare(&mut app);
    }
    if view == View::Compare {
        screens::compare::prepare(&mut app, spec.left, spec.right)?;
    }
    if view == View::Entities {
        screens::entities::prepare(&mut app);
    }
    Ok(buffer_text(&render_buffer(&app)))
}

/// Refuses a frame `render` cannot draw: empty, or big enough to exhaust memory.
pub fn check_render_size(width: u16, height: u16) -> Result<(), String> {
    if width == 0 || height == 0 {
        return Err("--width and --height must be at least 1".into());
    }
    if width > MAX_RENDER || height > MAX_RENDER {
        return Err(format!("--width and --height must be at most {MAX_RENDER}"));
    }
    Ok(())
}
