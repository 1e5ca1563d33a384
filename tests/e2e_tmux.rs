//! The real binary in a real terminal (tmux, 80x24, private server): it shows the default
//! brief, opens the help, quits cleanly, and gives the terminal back when sent SIGTERM.

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

    /// Starts `sh -c script` in an 80x24 session, with reading state kept in a scratch folder
    /// so the test never touches the user's own.
    fn start(&self, script: &str) {
        let state = std::env::temp_dir().join(format!("{}-state", self.socket));
        let script = format!("XDG_STATE_HOME='{}' {script}", state.display());
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
        s.contains("Keys: list") && s.contains("Ctrl-c quit")
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
