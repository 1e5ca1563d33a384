//! The real binary in a real terminal (tmux, 80x24, private server): it shows the default
//! brief, opens the help, quits cleanly, gives the terminal back when sent SIGTERM or stopped
//! with Ctrl-Z, saves the last pin when its terminal is closed under it, and asks the terminal
//! for the colours and mouse modes it should.

use std::process::{Command, Output};
use std::thread::sleep;
use std::time::Duration;

/// A private tmux server, killed when the test ends (even on failure).
struct Tmux {
    socket: String,
}

impl Tmux {
    fn new(tag: &str) -> Tmux {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        Tmux {
            socket: format!("newsbrief-{tag}-{}-{nanos}", std::process::id()),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("tmux runs")
    }

    fn out(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&self.run(args).stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.out(&["capture-pane", "-p", "-t", "main"])
    }

    fn var(&self, name: &str) -> String {
        self.out(&["display-message", "-p", "-t", "main", name])
            .trim()
            .to_string()
    }

    /// Polls the screen until `pred` holds, a bounded number of times.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let mut s = String::new();
        for _ in 0..150 {
            s = self.screen();
            if pred(&s) {
                return s;
            }
            sleep(Duration::from_millis(100));
        }
        panic!("timed out waiting for {what}; screen:\n{s}");
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "main"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Where the app run by [`Self::start`] keeps its reading state.
    fn state_dir(&self) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("{}-state", self.socket))
    }

    /// The pins of every state file the app wrote.
    fn saved_pins(&self) -> usize {
        let dir = self.state_dir().join("newsbrief");
        let Ok(entries) = std::fs::read_dir(dir) else {
            return 0;
        };
        entries
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| std::fs::read(e.path()).ok())
            .filter_map(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            .map(|v| v["pins"].as_array().map_or(0, Vec::len))
            .sum()
    }

    /// Every state file the app wrote, by name, with its contents (for a failure message).
    fn state_files(&self) -> Vec<(String, String)> {
        let Ok(entries) = std::fs::read_dir(self.state_dir().join("newsbrief")) else {
            return Vec::new();
        };
        entries
            .flatten()
            .map(|e| {
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                (e.file_name().to_string_lossy().into_owned(), text)
            })
            .collect()
    }

    /// Starts `sh -c script` in an 80x24 session, with reading state kept in a scratch folder
    /// so the test never touches the user's own.
    fn start(&self, script: &str) {
        let state = self.state_dir();
        let script = format!("export XDG_STATE_HOME='{}'; {script}", state.display());
        let script = script.as_str();
        let out = self.run(&[
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            "80",
            "-y",
            "24",
            "sh",
            "-c",
            script,
        ]);
        assert!(out.status.success(), "tmux new-session: {out:?}");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
        let _ = std::fs::remove_dir_all(self.state_dir());
    }
}

fn have_tmux() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("SKIPPED: tmux is not installed, the end-to-end terminal test did not run");
    }
    ok
}

fn script(tail: &str) -> String {
    format!(
        "unset NO_COLOR; TERM=xterm-256color '{}'; echo DONE-$?; {tail}",
        env!("CARGO_BIN_EXE_newsbrief")
    )
}

#[test]
fn shows_the_brief_opens_help_and_quits_cleanly() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new("quit");
    t.start(&script("sleep 60"));
    let s = t.wait_for("the list", |s| {
        s.contains("? help") && s.contains("Articles (")
    });
    assert_eq!(
        t.var("#{alternate_on}"),
        "1",
        "app uses the alternate screen"
    );
    let brief = newsbrief::brief::default_brief();
    for a in &brief.articles {
        let outlet: String = newsbrief::text::sanitize_line(&a.outlet)
            .chars()
            .take(20)
            .collect();
        assert!(s.contains(&outlet), "{outlet} not listed:\n{s}");
    }
    assert!(s.contains(&format!("Articles ({})", brief.articles.len())));
    t.keys(&["?"]);
    // The last row of the help is drawn last: wait for it so the frame is complete.
    let s = t.wait_for("the help", |s| {
        s.contains("Keys: list") && s.contains("? close")
    });
    // The help scrolls when it is longer than the screen: read all of it, a few rows at a
    // time (fewer than a screen between two reads, however the keys are batched), until its
    // footer no longer says there is more.
    let mut end = String::new();
    let mut last = s.clone();
    for _ in 0..60 {
        if !last.contains("↓ more") {
            break;
        }
        t.keys(&["j"; 4]);
        let before = last.clone();
        last = t.wait_for("the help to scroll", |e| {
            e != before && e.contains("Keys: list")
        });
        end.push_str(&last);
    }
    assert!(
        !last.contains("↓ more"),
        "help never reached its end:\n{last}"
    );
    for b in newsbrief::tui::keymap::view_table(newsbrief::tui::View::List) {
        assert!(
            s.contains(b.help) || end.contains(b.help),
            "help lacks {:?}:\n{s}\n{end}",
            b.help
        );
    }
    t.keys(&["Escape"]);
    t.wait_for("help closed", |s| !s.contains("Keys: list"));
    t.keys(&["q"]);
    let s = t.wait_for("the shell", |s| s.contains("DONE-"));
    assert!(s.contains("DONE-0"), "exit status:\n{s}");
    assert!(!s.contains("Articles ("), "app screen left behind:\n{s}");
    assert_eq!(t.var("#{alternate_on}"), "0", "alternate screen left");
    assert_eq!(t.var("#{cursor_flag}"), "1", "cursor shown again");
}

#[test]
fn sigterm_gives_the_terminal_back() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new("term");
    t.start(&script("echo AFTER-TERM; sleep 60"));
    t.wait_for("the app", |s| s.contains("? help"));
    let sh = t.var("#{pane_pid}");
    let ps = Command::new("ps")
        .args(["-o", "pid=", "--ppid", &sh])
        .output()
        .expect("ps runs");
    let pid = String::from_utf8_lossy(&ps.stdout)
        .split_whitespace()
        .next()
        .map(str::to_string)
        .expect("the app runs under the shell");
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let s = t.wait_for("the shell", |s| s.contains("AFTER-TERM"));
    assert!(s.contains("DONE-143"), "exit status after SIGTERM:\n{s}");
    assert!(!s.contains("? help"), "app screen left behind:\n{s}");
    assert_eq!(t.var("#{alternate_on}"), "0");
    assert_eq!(t.var("#{cursor_flag}"), "1");
}

/// Polls `pred` for up to ten seconds (a loaded machine is slow to save).
fn eventually(pred: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if pred() {
            return true;
        }
        sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn closing_the_terminal_under_the_app_saves_the_last_pin() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new("hangup");
    t.start(&script("sleep 60"));
    t.wait_for("the app", |s| s.contains("? help"));
    // The first pin is saved by the autosave; the second comes right after that save, so the
    // autosave would wait two seconds before writing it: only the hang-up path can save it.
    t.keys(&["Tab", "j", "j", "p"]);
    t.wait_for("the first pin", |s| s.contains("pinned"));
    assert!(eventually(|| t.saved_pins() == 1), "first pin never saved");
    // Keys are handled in order: once the pins view counts two, the second pin is made (the
    // gutter's marks would not say so, as a pinned passage's wrapping can change meanwhile).
    t.keys(&["j", "j", "p", "P"]);
    let s = t.wait_for("the pins view with the second pin", |s| {
        s.contains("Pins (2)")
    });
    // The pty closes with the server: the app reads end of input or EIO and gets SIGHUP.
    t.run(&["kill-server"]);
    assert!(
        eventually(|| t.saved_pins() == 2),
        "the pin made just before the hang-up was lost ({} saved); state files: {:?}; \
         screen before the hang-up:\n{s}",
        t.saved_pins(),
        t.state_files()
    );
}

#[test]
fn ctrl_z_gives_the_shell_its_terminal_and_fg_redraws() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new("tstp");
    t.start("PS1='PROMPT$ ' bash --norc --noprofile -i");
    t.wait_for("the shell", |s| s.contains("PROMPT$"));
    let cmd = format!(
        "unset NO_COLOR; TERM=xterm-256color '{}'",
        env!("CARGO_BIN_EXE_newsbrief")
    );
    t.keys(&[&cmd, "Enter"]);
    t.wait_for("the app", |s| s.contains("? help"));
    t.keys(&["C-z"]);
    let s = t.wait_for("the shell after Ctrl-Z", |s| {
        s.contains("Stopped") && !s.contains("? help")
    });
    assert_eq!(t.var("#{alternate_on}"), "0", "alternate screen left:\n{s}");
    assert_eq!(t.var("#{cursor_flag}"), "1", "cursor shown again");
    t.keys(&["fg", "Enter"]);
    t.wait_for("the app redrawn", |s| {
        s.contains("? help") && s.contains("Articles (")
    });
    assert_eq!(t.var("#{alternate_on}"), "1");
    // In raw mode again: `q` quits at once, without echo or Enter.
    t.keys(&["q"]);
    t.wait_for("the app to quit", |s| !s.contains("? help"));
    t.keys(&["echo RC-$?", "Enter"]);
    // The typed command holds "RC-" too: wait for the line the shell prints.
    let s = t.wait_for("the exit status", |s| {
        s.lines().any(|l| l.trim_start().starts_with("RC-"))
    });
    assert!(s.lines().any(|l| l.trim() == "RC-0"), "exit status:\n{s}");
    assert_eq!(t.var("#{alternate_on}"), "0");
}

/// The SGR colour parameters the app left on the screen: "rgb" (38;2 / 48;2), "256"
/// (38;5 / 48;5 past the first 16) and "16" (30-37, 40-47, 90-97, 100-107, and the first 16
/// of the palette, which is how the terminal library writes the named colours).
fn colour_kinds(screen: &str) -> std::collections::BTreeSet<&'static str> {
    let mut kinds = std::collections::BTreeSet::new();
    for seq in screen.split("\x1b[").skip(1) {
        let Some(end) = seq.find('m') else { continue };
        let params: Vec<u32> = seq[..end]
            .split(';')
            .map(|p| p.parse().unwrap_or(0))
            .collect();
        let mut i = 0;
        while i < params.len() {
            match params[i] {
                38 | 48 => {
                    let sub = params.get(i + 1).copied().unwrap_or(0);
                    let index = params.get(i + 2).copied().unwrap_or(0);
                    kinds.insert(match sub {
                        2 => "rgb",
                        _ if index < 16 => "16",
                        _ => "256",
                    });
                    i += if sub == 2 { 5 } else { 3 };
                    continue;
                }
                30..=37 | 40..=47 | 90..=97 | 100..=107 => {
                    kinds.insert("16");
                }
                _ => {}
            }
            i += 1;
        }
    }
    kinds
}

#[test]
fn colours_follow_colorterm_and_term_and_a_named_theme_wins() {
    if !have_tmux() {
        return;
    }
    let theme = std::env::temp_dir().join(format!("newsbrief-rgb-{}.json", std::process::id()));
    std::fs::write(&theme, r##"{"text": {"fg": "#102030"}}"##).unwrap();
    let named = format!("--theme '{}'", theme.display());
    // The default theme is drawn from the 256-colour palette (24-bit colours of a theme are
    // brought down to it, see the theme's unit tests); a named theme is taken as it is.
    let cases: &[(&str, &str, &[&str])] = &[
        ("COLORTERM=truecolor TERM=xterm-256color", "", &["256"]),
        ("TERM=xterm-256color", "", &["256"]),
        ("TERM=xterm", "", &["16"]),
        ("TERM=linux", "", &["16"]),
        ("TERM=screen", "", &["16"]),
        ("TERM=dumb", "", &[]),
        ("TERM=dumb", &named, &["256", "rgb"]),
        ("TERM=xterm", &named, &["256", "rgb"]),
    ];
    for (env, args, want) in cases {
        let t = Tmux::new("colour");
        t.start(&format!(
            "unset NO_COLOR COLORTERM; {env} '{}' {args}; sleep 60",
            env!("CARGO_BIN_EXE_newsbrief")
        ));
        t.wait_for("the app", |s| s.contains("? help"));
        let s = t.out(&["capture-pane", "-e", "-p", "-t", "main"]);
        let got: Vec<&str> = colour_kinds(&s).into_iter().collect();
        assert_eq!(&got, want, "{env} {args}");
    }
    let _ = std::fs::remove_file(theme);
}

#[test]
fn the_mouse_reports_buttons_only_and_can_be_given_back() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new("mouse");
    t.start(&script("sleep 60"));
    t.wait_for("the app", |s| s.contains("? help"));
    assert_eq!(t.var("#{mouse_all_flag}"), "0", "any-motion tracking is on");
    assert_eq!(t.var("#{mouse_button_flag}"), "1", "button tracking is off");
    assert_eq!(t.var("#{mouse_sgr_flag}"), "1");
    t.keys(&["M"]);
    t.wait_for("the note", |s| s.contains("mouse: the terminal's"));
    assert!(
        eventually(|| t.var("#{mouse_any_flag}") == "0"),
        "M did not give the mouse back"
    );
    t.keys(&["M"]);
    assert!(eventually(|| t.var("#{mouse_button_flag}") == "1"));

    let t = Tmux::new("nomouse");
    t.start(&format!(
        "TERM=xterm-256color '{}' --no-mouse; sleep 60",
        env!("CARGO_BIN_EXE_newsbrief")
    ));
    t.wait_for("the app", |s| s.contains("? help"));
    assert_eq!(t.var("#{mouse_any_flag}"), "0", "--no-mouse took the mouse");
}

#[test]
fn y_reaches_the_terminal_clipboard() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new("copy");
    t.start(&script("sleep 60"));
    t.run(&["set-option", "-g", "set-clipboard", "on"]);
    t.wait_for("the app", |s| s.contains("? help"));
    t.keys(&["Tab", "y"]);
    t.wait_for("the note", |s| s.contains("copied the"));
    let brief = newsbrief::brief::default_brief();
    let a = &brief.articles[0];
    let first = &a.sentences[0];
    let want = newsbrief::text::sanitize_line(&a.text[first.start..first.end]);
    assert!(
        eventually(|| t.out(&["show-buffer"]) == want),
        "clipboard holds {:?}, not {want:?}",
        t.out(&["show-buffer"])
    );
}
