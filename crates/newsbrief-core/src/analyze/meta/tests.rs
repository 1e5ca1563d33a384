use super::*;
use crate::analyze::clean;

fn outlet(text: &str) -> Option<String> {
    detect_outlet(text, &clean::blocks(text))
}

fn headline(text: &str) -> String {
    detect_headline(text, &clean::blocks(text))
}

fn date(text: &str) -> Option<String> {
    detect_date(text, &clean::blocks(text))
}

#[test]
fn outlet_from_generic_footers() {
    let story = "The river rose two metres overnight, officials said.\nSchools were closed.\n";
    assert_eq!(
        outlet(&format!(
            "{story}© 2023 Valley Herald. All rights reserved.\n"
        ))
        .as_deref(),
        Some("Valley Herald")
    );
    assert_eq!(
        outlet(&format!(
            "{story}Copyright 2019 Northern Echo Media, Inc.\n"
        ))
        .as_deref(),
        Some("Northern Echo Media")
    );
    assert_eq!(
        outlet(&format!(
            "{story}© 2021 The Guardian. All rights reserved.\n"
        ))
        .as_deref(),
        Some("The Guardian")
    );
    assert_eq!(
        outlet(&format!(
            "{story}Copyright © 2020 Guardian News & Media Limited\n"
        ))
        .as_deref(),
        Some("The Guardian")
    );
    assert_eq!(
        outlet(&format!(
            "{story}Coast Radio’s website can also be accessed at the following alternate addresses:\n"
        ))
        .as_deref(),
        Some("Coast Radio")
    );
    assert_eq!(
        outlet(&format!(
            "{story}COMMENTS - The Valley Herald commenting system is down for maintenance.\n"
        ))
        .as_deref(),
        Some("Valley Herald")
    );
}

#[test]
fn outlet_is_not_read_from_the_story() {
    let text = "The Washington Post reported the raid on Monday.\n\
        Newsmax. All rights reserved, a spokesman joked, when asked about the leak.\n\
        The ministry said the report was false.\n";
    assert_eq!(outlet(text), None);
    assert_eq!(outlet(""), None);
}

#[test]
fn headline_from_title_print_label_or_lede() {
    assert_eq!(
        headline(
            "Bridge to reopen in May\nThe bridge will reopen in May, the city said.\nWork is nearly done.\n"
        ),
        "Bridge to reopen in May"
    );
    assert_eq!(
        headline(
            "OSLO — The bridge will reopen in May, the city said. Work is nearly done.\nPrint Headline: Oslo bridge reopening set\n"
        ),
        "Oslo bridge reopening set"
    );
    assert_eq!(
        headline(
            "OSLO — The bridge will reopen in May, the city said. Work is nearly done.\nMore later.\n"
        ),
        "The bridge will reopen in May, the city said."
    );
    let long = format!("{} end.\nNext.\n", "word ".repeat(80));
    let h = headline(&long);
    assert!(h.chars().count() <= HEADLINE_MAX_CHARS + 1 && h.ends_with('…'));
    assert_eq!(headline(""), "");
    assert_eq!(headline("Advertisement\n"), "Advertisement");
}

#[test]
fn date_only_from_the_capture_own_lines() {
    let story = "Troops left the base on March 3, 2021, officials said.\nThe move was planned.\n";
    assert_eq!(date(story), None);
    assert_eq!(
        date(&format!("{story}B Section on 11/04/2019\n")).as_deref(),
        Some("2019-11-04")
    );
    assert_eq!(
        date(&format!(
            "Published May 2, 2022\n{story}Updated: 2022-05-03 10:00\n"
        ))
        .as_deref(),
        Some("2022-05-02")
    );
    assert_eq!(
        date(&format!("{story}Updated: 2021-05-08\n")).as_deref(),
        Some("2021-05-08")
    );
    // A caption's date is when the picture was taken.
    assert_eq!(
        date(&format!(
            "{story}Soldiers at the base, January 6, 2021 (Photo by AP)\n"
        )),
        None
    );
}

#[test]
fn headline_drops_wire_dateline() {
    let text = "FLAGSTAFF, Ariz. (AP) — A wildfire forced hundreds to leave on Tuesday. More later.\nNext.\n";
    assert_eq!(
        headline(text),
        "A wildfire forced hundreds to leave on Tuesday."
    );
    assert_eq!(
        outlet("FLAGSTAFF, Ariz. (AP) — A wildfire forced hundreds to leave.\nMore.\n").as_deref(),
        Some("Associated Press")
    );
}
