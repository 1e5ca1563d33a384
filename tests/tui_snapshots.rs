//! Whole screens as text, at a small and a roomy terminal size, compared with the snapshots kept
//! in `tests/snapshots/`: a change to any screen's layout shows up here as a diff to review
//! (`cargo insta review`, or `INSTA_UPDATE=always` to accept). The assertion tests beside this
//! one check what each screen must show; these catch what they do not ask about.

use newsbrief::brief::default_brief;
use newsbrief::tui::View;
use newsbrief::tui::app::{Action, App, update};
use newsbrief::tui::overlays::search::Edit;
use newsbrief::tui::theme::Theme;
use newsbrief::tui::{buffer_text, render_buffer};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The seed brief with the third article selected, then `steps` applied.
fn app_after(w: u16, h: u16, steps: &[Action]) -> App {
    let mut app = App::new(default_brief(), Theme::default_theme(), w, h);
    update(&mut app, Action::Jump(3));
    for a in steps {
        update(&mut app, *a);
        // The background comparison finished, as a user waiting would see it.
        if app.analysis.wait().is_some() {
            app.refresh();
        }
    }
    app
}

/// The keys that open `view` from the list, and one move inside it.
fn opening(view: View) -> Vec<Action> {
    match view {
        View::List => vec![Action::Down],
        View::Reader => vec![Action::Open, Action::PageDown],
        View::Entities => vec![Action::ShowEntities, Action::Down],
        View::Quotes => vec![Action::ShowQuotes, Action::Down],
        View::Compare => vec![Action::Compare, Action::Down],
        View::Discrepancies => vec![Action::Discrepancies, Action::Down],
        View::Pins => vec![
            Action::FocusNext,
            Action::TogglePin,
            Action::Down,
            Action::TogglePin,
            Action::ShowPins,
            Action::Down,
        ],
        View::Coverage => vec![Action::ShowCoverage, Action::Down],
    }
}

#[test]
fn every_screen_at_two_sizes() {
    for &view in View::ALL {
        for (w, h) in SIZES {
            let app = app_after(w, h, &opening(view));
            assert_eq!(app.view, view);
            let text = buffer_text(&render_buffer(&app));
            insta::assert_snapshot!(format!("{}_{w}x{h}", view.name()), text);
        }
    }
}

#[test]
fn the_help_over_every_screen() {
    for &view in View::ALL {
        let (w, h) = SIZES[1];
        let mut steps = opening(view);
        steps.push(Action::Help);
        let app = app_after(w, h, &steps);
        let text = buffer_text(&render_buffer(&app));
        insta::assert_snapshot!(format!("help_{}_{w}x{h}", view.name()), text);
    }
}

/// The search popup typed into, over every screen (it opens from each) and at the small size
/// over the list.
#[test]
fn the_search_popup_over_every_screen() {
    let typed = |view: View| {
        let mut steps = opening(view);
        steps.push(Action::Search);
        steps.extend("red line".chars().map(|c| Action::Input(Edit::Char(c))));
        steps.push(Action::Down);
        steps
    };
    let (w, h) = SIZES[0];
    let app = app_after(w, h, &typed(View::List));
    let text = buffer_text(&render_buffer(&app));
    insta::assert_snapshot!(format!("search_{w}x{h}"), text);
    for &view in View::ALL {
        let (w, h) = SIZES[1];
        let app = app_after(w, h, &typed(view));
        let text = buffer_text(&render_buffer(&app));
        insta::assert_snapshot!(format!("search_{}_{w}x{h}", view.name()), text);
    }
}

/// The compare view on a wide terminal: three outlets, aligned by story point.
#[test]
fn compare_with_three_panes() {
    let (w, h) = (200, 60);
    let mut app = app_after(w, h, &opening(View::Compare));
    app.analysis.wait();
    app.refresh();
    assert_eq!(app.screens.compare.panes(), 3);
    let text = buffer_text(&render_buffer(&app));
    insta::assert_snapshot!(format!("compare_{w}x{h}"), text);
}
