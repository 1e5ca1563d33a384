#!/usr/bin/env python3
"""Writes a large made-up news page to stdout, for measuring the page import's memory.

    python3 tests/pages/big_page.py MEGABYTES [text|heavy] > big.html

`text`: one article whose body fills the page (the worst case for the analysis).
`heavy`: a 100 KB article inside what makes real pages large: inline scripts and a JSON state
blob, long menus and related-story lists, inline SVG icons, comments.
Deterministic: the same arguments give the same bytes.
"""

import random
import sys

NAMES = ["Anna Weber", "Tomas Lind", "Mira Osei", "Paul Ferrand", "Ines Duarte", "Kofi Mensah"]
PLACES = ["Rotterdam", "Lyon", "Harbour City", "Westmark", "Norrvik", "Calder"]
ORGS = ["the port authority", "the transport union", "City Hall", "the regional council"]
VERBS = ["said", "told reporters", "warned", "added", "wrote in a statement"]
NOUNS = ["the plan", "the strike", "the budget", "the new tram line", "the harbour works"]


def sentence(r):
    kind = r.randrange(4)
    if kind == 0:
        return (f'"We will not accept {r.choice(NOUNS)} as it stands," '
                f"{r.choice(NAMES)} {r.choice(VERBS)} on Monday.")
    if kind == 1:
        return (f"{r.choice(ORGS).capitalize()} said {r.choice(NOUNS)} would cost "
                f"{r.randrange(2, 900)} million euros by {r.randrange(2030, 2040)}.")
    if kind == 2:
        return (f"In {r.choice(PLACES)}, {r.randrange(10, 5000)} workers joined "
                f"{r.choice(NOUNS)}, according to {r.choice(ORGS)}.")
    return (f"{r.choice(NAMES)} of {r.choice(PLACES)} met {r.choice(NAMES)} to discuss "
            f"{r.choice(NOUNS)} before the vote.")


def paragraph(r):
    return "<p>" + " ".join(sentence(r) for _ in range(r.randrange(2, 6))) + "</p>\n"


HEAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dockers end strike | Harbour Gazette</title>
<meta property="og:title" content="Dockers end strike after talks">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2031-05-16T09:30:00Z">
<meta name="author" content="Anna Weber">
<link rel="canonical" href="https://gazette.example/dockers-end-strike">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
"""

SVG = ('<svg viewBox="0 0 24 24" width="16" height="16"><path d="M12 2L2 7l10 5 10-5-10-5z'
       'M2 17l10 5 10-5M2 12l10 5 10-5"/><circle cx="12" cy="12" r="3"/></svg>')


def page(size, kind):
    r = random.Random(7)
    out = [HEAD, "<main><article><h1>Dockers end strike after talks</h1>\n"
           '<p class="byline">By Anna Weber</p>\n']
    n = sum(map(len, out))
    body_limit = size if kind == "text" else min(size, 100_000)
    while n < body_limit - 2000:
        p = paragraph(r)
        out.append(p)
        n += len(p)
    out.append("</article></main>\n")
    if kind == "heavy":
        fill = []
        while n < size - 2000:
            part = r.randrange(4)
            if part == 0:
                s = ("<script>window.__state=" + ",".join(
                    f'{{"id":{r.randrange(10**6)},"t":"{r.choice(NOUNS)}","v":{r.random():.6f}}}'
                    for _ in range(200)) + ";</script>\n")
            elif part == 1:
                s = "<ul class=\"menu\">" + "".join(
                    f'<li><a href="/s/{r.randrange(10**6)}"><span>{r.choice(PLACES)}</span></a></li>'
                    for _ in range(100)) + "</ul>\n"
            elif part == 2:
                s = "<div class=\"share\">" + "".join(
                    f'<a class="icon" href="/share/{i}">{SVG}</a>' for i in range(20)) + "</div>\n"
            else:
                s = "<section class=\"comments\">" + "".join(
                    f'<div class="comment"><b>{r.choice(NAMES)}</b><p>{sentence(r)}</p></div>'
                    for _ in range(20)) + "</section>\n"
            fill.append(s)
            n += len(s)
        out.extend(fill)
    out.append("<footer>© 2031 Harbour Gazette. All rights reserved.</footer></body></html>\n")
    return "".join(out)


if __name__ == "__main__":
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 10
    kind = sys.argv[2] if len(sys.argv) > 2 else "text"
    if kind not in ("text", "heavy"):
        sys.exit("kind must be text or heavy")
    sys.stdout.write(page(int(mb * 1024 * 1024), kind))
