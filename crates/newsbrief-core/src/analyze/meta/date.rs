//! Finding a calendar date written in one of the usual newspaper forms.

/// Month names, lowercase, in calendar order.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_of(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || ((3..=4).contains(&w.len()) && m.starts_with(w.as_str())))
        .map(|i| i as u32 + 1)
}

#[derive(Debug)]
struct Run<'a> {
    s: &'a str,
    start: usize,
    end: usize,
}

/// Letter runs and digit runs (digits may hold '-' or '/' between them, as in 2021-05-08).
fn runs(s: &str) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, bool)> = None;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let digit = c.is_ascii_digit();
        let alpha = c.is_alphabetic();
        let inner = (c == '-' || c == '/')
            && matches!(cur, Some((_, true)))
            && chars.get(k + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
        match cur {
            Some((_, d)) if (d && (digit || inner)) || (!d && alpha) => {}
            _ => {
                if let Some((st, _)) = cur.take() {
                    out.push(Run {
                        s: &s[st..i],
                        start: st,
                        end: i,
                    });
                }
                if digit || alpha {
                    cur = Some((i, digit));
                }
            }
        }
    }
    if let Some((st, _)) = cur {
        out.push(Run {
            s: &s[st..],
            start: st,
            end: s.len(),
        });
    }
    out
}

fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn numeric(run: &str) -> Option<String> {
    let sep = if run.contains('-') { '-' } else { '/' };
    let p: Vec<u32> = run
        .split(sep)
        .map(|x| x.parse().ok())
        .collect::<Option<_>>()?;
    if p.len() != 3 || run.contains('-') && run.contains('/') {
        return None;
    }
    let widths: Vec<usize> = run.split(sep).map(str::len).collect();
    if widths[0] == 4 {
        return valid(p[0], p[1], p[2]);
    }
    if widths[2] == 4 {
        // Month first unless that cannot be (13/04/2021).
        return if p[0] > 12 {
            valid(p[2], p[1], p[0])
        } else {
            valid(p[2], p[0], p[1])
        };
    }
    None
}

fn number(run: &Run<'_>) -> Option<u32> {
    if run.s.chars().all(|c| c.is_ascii_digit()) {
        run.s.parse().ok()
    } else {
        None
    }
}

/// Gap between two runs holds only spaces, commas, periods (and "st"/"th" is its own run).
fn close(s: &str, a: &Run<'_>, b: &Run<'_>) -> bool {
    let gap = &s[a.end..b.start];
    gap.len() <= 3
        && gap
            .chars()
            .all(|c| c == ' ' || c == ',' || c == '.' || c == '\u{a0}')
}

/// The first date in `s` as `YYYY-MM-DD`, with the byte range it was written in.
pub fn find_date(s: &str) -> Option<(String, usize, usize)> {
    let r = runs(s);
    for k in 0..r.len() {
        if let Some(d) = numeric(r[k].s) {
            return Some((d, r[k].start, r[k].end));
        }
        // March 29, 2020 / Mar. 29 2020
        if let Some(m) = month_of(r[k].s)
            && let (Some(a), Some(b)) = (r.get(k + 1), r.get(k + 2))
            && close(s, &r[k], a)
            && close(s, a, b)
            && let (Some(d), Some(y)) = (number(a), number(b))
            && let Some(out) = valid(y, m, d)
        {
            return Some((out, r[k].start, b.end));
        }
        // 29 March 2020
        if let Some(d) = number(&r[k])
            && let (Some(a), Some(b)) = (r.get(k + 1), r.get(k + 2))
            && close(s, &r[k], a)
            && close(s, a, b)
            && let (Some(m), Some(y)) = (month_of(a.s), number(b))
            && let Some(out) = valid(y, m, d)
        {
            return Some((out, r[k].start, b.end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        find_date(s).map(|x| x.0)
    }

    #[test]
    fn common_forms() {
        assert_eq!(d("A Section on 03/29/2020").as_deref(), Some("2020-03-29"));
        assert_eq!(d("Published March 29, 2020").as_deref(), Some("2020-03-29"));
        assert_eq!(
            d("Updated: 2021-05-08 10:42").as_deref(),
            Some("2021-05-08")
        );
        assert_eq!(
            d("Posted 4 July 2019, 10:00 GMT").as_deref(),
            Some("2019-07-04")
        );
        assert_eq!(d("Sept. 9, 2022").as_deref(), Some("2022-09-09"));
        assert_eq!(d("on 13/04/2021").as_deref(), Some("2021-04-13"));
    }

    #[test]
    fn non_dates() {
        assert_eq!(d("He may 29 years old"), None);
        assert_eq!(d("Score 3-2 in 45/90"), None);
        assert_eq!(d("March 45, 2020"), None);
        assert_eq!(d(""), None);
        assert_eq!(d("é/ü 12/"), None);
    }
}
