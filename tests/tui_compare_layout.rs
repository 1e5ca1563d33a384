//! How the compare view lays its rows out: runs of "only in" rows folded, and a third pane on
//! a wide screen aligned by story point.

mod tui_support;

use newsbrief::tui::app::{Action, App, View, update};
use newsbrief::tui::screens::compare::Mode;
use newsbrief::tui::{buffer_text, render_buffer};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use tui_support::compare::*;
use tui_support::*;

#[test]
fn runs_of_only_in_rows_fold_into_one_and_enter_unfolds_them() {
    use newsbrief::tui::screens::compare::Fold;
    let mut app = press_tv_and_jpost(120, 40);
    let l = app.screens.compare.layout.clone().unwrap();
    let run = l
        .runs
        .first()
        .expect("a run of rows one outlet alone tells")
        .clone();
    assert!(run.len >= 2);
    assert_eq!(l.rows[run.start].fold, Fold::Head);
    assert!(
        l.rows[run.start + 1..run.start + run.len]
            .iter()
            .all(|r| r.fold == Fold::Hidden)
    );
    let teller = app.brief.articles[l.key.0[run.side]].outlet.clone();
    let n = l.run_sentences(0);
    let text = buffer_text(&render_buffer(&app));
    assert!(
        text.contains(&format!("only in {teller}: {n} sentences")),
        "{text}"
    );
    assert!(l.shown.len() < l.rows.len(), "folded rows are not shown");
    // Down and up step over folded rows.
    while app.screens.compare.row != run.start {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Down);
    assert_eq!(
        app.screens.compare.row,
        run.start + run.len,
        "over the folded rows"
    );
    update(&mut app, Action::Up);
    assert_eq!(app.screens.compare.row, run.start);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let l2 = app.screens.compare.layout.clone().unwrap();
    assert_eq!(l2.shown.len(), l.shown.len() + run.len - 1);
    update(&mut app, Action::Down);
    assert_eq!(
        app.screens.compare.row,
        run.start + 1,
        "into the unfolded run"
    );
    let text = buffer_text(&render_buffer(&app));
    assert!(
        !text.contains(&format!("only in {teller}: {n} sentences")),
        "{text}"
    );
    // Enter anywhere in the run folds it again, the cursor on its head.
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.screens.compare.row, run.start);
    assert_eq!(
        app.screens.compare.layout.as_ref().unwrap().shown.len(),
        l.shown.len()
    );
}

#[test]
fn discrepancy_jumps_unfold_the_run_holding_the_row() {
    use newsbrief::tui::screens::compare::Fold;
    let mut app = press_tv_and_jpost(120, 40);
    let l = app.screens.compare.layout.clone().unwrap();
    let flagged = app.screens.compare.flagged().to_vec();
    let hidden = flagged
        .iter()
        .copied()
        .find(|&k| l.rows[k].fold == Fold::Hidden)
        .expect("a flagged row folded away");
    let head = l.runs[l.rows[hidden].run.unwrap()].start;
    // The head of a folded run shows the flag of a row inside it.
    update(&mut app, Action::Top);
    if head != 0 {
        let text = buffer_text(&render_buffer(&app));
        assert!(text.contains("│◆"), "{text}");
    }
    while app.screens.compare.row < hidden {
        let before = app.screens.compare.row;
        update(&mut app, Action::StepDiscrepancy(1));
        assert!(app.screens.compare.row > before, "moves on");
    }
    assert_eq!(app.screens.compare.row, hidden);
    let l2 = app.screens.compare.layout.as_ref().unwrap();
    assert_eq!(l2.rows[hidden].fold, Fold::Open, "the run is unfolded");
    let text = buffer_text(&render_buffer(&app));
    assert!(text.contains("│▌"), "the cursor is drawn on it:\n{text}");
    update(&mut app, Action::StepDiscrepancy(-1));
    if flagged[0] < hidden {
        assert!(app.screens.compare.row < hidden);
    } else {
        assert!(app.message.is_some(), "says there is none before");
    }
}

#[test]
fn a_wide_screen_shows_a_third_outlet_aligned_by_story_point() {
    let mut app = wide(200, 60);
    let c = &app.screens.compare;
    assert_eq!((c.left, c.right, c.third), (0, 1, Some(2)));
    assert_eq!(c.panes(), 3);
    let text = buffer_text(&render_buffer(&app));
    for name in ["1/5 The Washington Post", "2/5 Newsmax", "3/5 Press TV"] {
        assert!(text.contains(name), "{name}:\n{text}");
    }
    assert!(text.contains("aligned by story point"), "{text}");
    // A row with sentences of several panes holds one story point.
    let l = app.screens.compare.layout.clone().unwrap();
    let a = app.analysis.get().unwrap();
    let point_of = |art: usize, s: usize| {
        a.coverage
            .rows
            .iter()
            .position(|r| r.cell(art).is_some_and(|c| c.sentences.contains(&s)))
    };
    let mut shared = 0;
    for r in &l.rows {
        let pts: Vec<_> = r
            .sides
            .iter()
            .flatten()
            .map(|s| point_of(s.article, s.sentence))
            .collect();
        if pts.len() >= 2 {
            shared += 1;
            assert!(pts.windows(2).all(|w| w[0] == w[1]), "{pts:?}");
        }
    }
    assert!(shared >= 3, "{shared} shared rows");
    // `)` and `(` step the third pane past the other two; Tab reaches it; a digit sets it.
    ch(&mut app, ')');
    assert_eq!(app.screens.compare.third, Some(3));
    ch(&mut app, '(');
    ch(&mut app, '(');
    assert_eq!(
        app.screens.compare.third,
        Some(4),
        "past the Post and Newsmax"
    );
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(
        app.screens.compare.focus,
        newsbrief::tui::screens::compare::Pane::Third
    );
    ch(&mut app, '4');
    assert_eq!(app.screens.compare.third, Some(3));
    ch(&mut app, '1');
    assert_eq!(
        app.screens.compare.third,
        Some(3),
        "the Post is on the left"
    );
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .contains("already in another pane")
    );
    let text = buffer_text(&render_buffer(&app));
    assert!(text.contains("4/5 The Jerusalem Post"), "{text}");
    // A click in the third pane focuses it.
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    update(&mut app, Action::Click(190, 3));
    assert_eq!(
        app.screens.compare.focus,
        newsbrief::tui::screens::compare::Pane::Third
    );
}

#[test]
fn narrowing_goes_back_to_two_panes_and_widening_brings_the_third_back() {
    use newsbrief::tui::screens::compare::Pane;
    let mut app = wide(200, 60);
    for _ in 0..6 {
        update(&mut app, Action::Down);
    }
    let cursor = |a: &App| {
        let c = &a.screens.compare;
        let l = c.layout.as_ref().unwrap();
        let r = &l.rows[c.row];
        r.sides[0].as_ref().map(|s| s.sentence)
    };
    let before = cursor(&app);
    assert!(before.is_some());
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(app.screens.compare.focus, Pane::Third);
    update(&mut app, Action::Resize(179, 50));
    let c = &app.screens.compare;
    assert_eq!((c.panes(), c.third, c.focus), (2, Some(2), Pane::Right));
    let text = buffer_text(&render_buffer(&app));
    assert!(!text.contains("Press TV"), "{text}");
    // The cursor stayed on the Post's sentence (or the row before it).
    let now = cursor(&app).or_else(|| {
        let c = &app.screens.compare;
        c.rows()[c.row].left.as_ref().map(|s| s.sentence)
    });
    assert!(
        now.is_some_and(|s| s <= before.unwrap()),
        "{now:?} vs {before:?}"
    );
    let k = app.screens.compare.row;
    let left = app.screens.compare.rows()[k].left.clone();
    update(&mut app, Action::Resize(200, 60));
    assert_eq!(app.screens.compare.panes(), 3);
    assert_eq!(app.screens.compare.third, Some(2));
    if let Some(l) = left {
        assert_eq!(
            cursor(&app).map(|s| s <= l.last_sentence),
            Some(true),
            "back on the same sentence"
        );
    }
    // Free mode has two panes, the cursor on the same sentence; back in aligned mode the
    // third returns.
    ch(&mut app, 'h');
    ch(&mut app, 'h');
    while cursor(&app).is_none() {
        update(&mut app, Action::Down);
    }
    let post = cursor(&app).unwrap();
    ch(&mut app, 'm');
    assert_eq!(
        (app.screens.compare.mode, app.screens.compare.panes()),
        (Mode::Free, 2)
    );
    let c = &app.screens.compare;
    let l = c.layout.as_ref().unwrap();
    let s = l.rows[c.current_row().unwrap()].sides[0].as_ref().unwrap();
    assert!(
        s.sentence <= post && post <= s.last_sentence,
        "{post} in {s:?}"
    );
    ch(&mut app, 'm');
    assert_eq!(
        (app.screens.compare.mode, app.screens.compare.panes()),
        (Mode::Aligned, 3)
    );
}

#[test]
fn a_discrepancy_opened_on_a_wide_screen_lands_on_its_row_among_three_panes() {
    let mut a = seed_app(200, 60);
    settle(&mut a);
    jump_to_made_in(&mut a);
    assert_eq!(a.view, View::Compare);
    let c = &a.screens.compare;
    assert_eq!(c.panes(), 3);
    let l = c.layout.as_ref().unwrap();
    let row = &l.rows[c.current_row().unwrap()];
    let said: Vec<String> = row.sides.iter().flatten().map(|s| s.text.clone()).collect();
    assert!(
        said.iter().any(|t| t.contains("made in Iran"))
            && said.iter().any(|t| t.contains("made in Iraq")),
        "{said:?}"
    );
    let text = buffer_text(&render_buffer(&a));
    assert!(text.contains("│▌"), "{text}");
}

#[test]
fn with_three_panes_the_flags_mark_conflicts_between_shown_outlets_and_the_jumps_reach_them() {
    let mut app = wide(200, 60);
    assert_eq!(app.screens.compare.panes(), 3);
    let flagged = app.screens.compare.flagged().to_vec();
    assert!(!flagged.is_empty(), "the made-in row at least");
    let l = app.screens.compare.layout.clone().unwrap();
    for &k in &flagged {
        assert!(
            l.rows[k]
                .sides
                .iter()
                .flatten()
                .any(|s| !s.diffs.is_empty()),
            "row {k} holds marked words"
        );
    }
    update(&mut app, Action::Top);
    let mut reached = Vec::new();
    for _ in 0..flagged.len() + 1 {
        update(&mut app, Action::StepDiscrepancy(1));
        reached.push(app.screens.compare.row);
    }
    reached.dedup();
    let want: Vec<usize> = flagged.iter().copied().filter(|&k| k > 0).collect();
    assert_eq!(
        reached, want,
        "each flagged row in turn, then no further one"
    );
    assert!(app.message.is_some());
}
