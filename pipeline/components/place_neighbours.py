"""Place mentions read with their neighbours, for the `cutoff_places` stage: a name that is
part of a longer name ("Kellem Wollega", "the newspaper Granma") and a place qualified by
the larger place beside it ("Hyderabad, Pakistan", "Sirsa in Haryana", "Iraqi Kurdistan")."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Doc

from pipeline.components.place_index import Candidate, Mention, PlaceIndex, Words

CONTAINERS = frozenset({"the", "a", "an", "capital", "city", "town", "village", "suburb", "part", "heart", "seat", "hub", "port"})  # "Wad Madani, the capital of Gezira"


def in_other_name(doc: Doc, m: Mention, w: Words, index: PlaceIndex) -> bool:
    """Part of a longer name ("Georgia Mills", "Real Madrid", "Pakistan Tehreek-e-Insaf",
    "Kashmir Files") or something named after the place ("the newspaper Granma",
    "Casablanca, the 1942 film"). A landmark word after it makes a landmark ("Mosul Dam")."""
    if m.source in ("type", "demonym", "contextual") or all(c.kind == "demonym" for c in m.cands):
        return False
    if titled_work(doc, m):
        return True
    after = doc[m.span_end] if m.span_end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.is_alpha and after.lower_ not in w.type_words:
        if after.lower_ not in w.landmark:
            return True
        m.span_end, m.landmark = m.span_end + 1, True
    before = doc[m.span_start - 1] if m.span_start > 0 else None
    if before is not None and before.text[:1].isupper() and before.is_alpha and before.pos_ == "PROPN":
        if (longer := index.lookup(doc[before.i : m.end].text)) and m.start == m.span_start:
            m.start = m.span_start = before.i  # "Kellem Wollega" beside the gazetteer's "Wollega"
            m.cands = longer
        elif before.lower_ not in w.generic and before.lower_ not in w.titles:
            return True
    if before is not None and before.lower_ in w.not_place:
        return True
    tail = [t.lower_ for t in doc[m.span_end : m.span_end + 8]] + [""]
    i = 1 if tail[0] in (",", "is", "was") else 0
    words = list(takewhile(lambda t: t.isalnum() and t not in ("of", "in", "for", "from"), tail[i + 2 :]))  # "the 1942 film"
    return tail[i] in ("the", "a", "an") and any(word in w.not_place for word in words)


def appositive_list(doc: Doc, end: int) -> int | None:
    """Where the names start that a plural type word takes in apposition ("the two regions
    affected, North-West and South-West, ..."; "both provinces, Papua and West Papua"):
    after a comma right behind the word, or behind one lower-case word qualifying it."""
    j = end + 1 if end < len(doc) and doc[end].is_lower and doc[end].pos_ in ("VERB", "ADJ") else end
    return j + 1 if j + 1 < len(doc) and doc[j].text == "," else None


def titled_work(doc: Doc, m: Mention) -> bool:
    """"told The Irrawaddy", "a report by The Hindu": a name after a capitalised "The"
    inside a sentence written in lower case is a title (an outlet, a book, a film), not the
    region or city it is named after: "The" right after a word, not opening the sentence or
    following a dash. A country keeps its article ("The Gambia"), and a headline written in
    title case says nothing either way."""
    i = m.span_start - 1
    if i < 1 or doc[i].text != "The" or not doc[i - 1].is_alpha or any(c.kind == "country" for c in m.cands):
        return False  # "IMPHAL — The Manipur government": a sentence's opening word, wherever the parser starts it
    if m.span_end < len(doc) and doc[m.span_end].is_lower and doc[m.span_end].pos_ == "NOUN":
        return False  # "told The Manipur government": the place qualifies a noun
    words = [t for t in doc[i].sent if t.is_alpha]
    return 2 * sum(t.is_lower for t in words) > len(words)


def qualify(doc: Doc, mentions: list[Mention], w: Words) -> list[Mention]:
    """Read what a place's neighbours say: "Hyderabad, Pakistan", "Sirsa in Haryana",
    "Melbourne, Victoria", lists ("Victoria, Western Australia and Tasmania"), "Pakistan's
    Punjab", "Iraqi Kurdistan", "Indian-administered Kashmir", "the Belgian province of Limburg"."""
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        between = [t.lower_ for t in doc[m.span_end : nxt.span_start]] if nxt is not None else []
        if 0 < len(between) <= 5 and w.qualifiers & set(between) and all(t in w.qualifiers or t in CONTAINERS for t in between):
            # "Hyderabad, Pakistan", "Trujillo, in the La Libertad region", "Tamale, capital of the Northern Region"
            if m.span_end > m.end and all(c.kind == "demonym" for c in m.cands) and nxt.cands and not {c.country for c in m.cands} & {c.country for c in nxt.cands}:
                dropped.add(i)  # "the Rohingya camp areas in Teknaf": where a people lives abroad, not their land
                continue
            m.countries |= {c.country for c in nxt.cands if c.kind == "country"}
            m.adm1s |= {c.adm1 for c in nxt.cands if c.kind == "region"}
            if m.hint == "demonym" and all(c.adm1 for c in m.cands):  # "a Tibetan county of Qinghai", not "the Dutch province of"
                ours = {c.country for c in m.cands}
                m.cands += tuple(Candidate(c.country, c.adm1, "demonym", c.pop, c.name) for c in nxt.cands if c.kind == "region" and c.country in ours)
            nxt.adm1s |= {c.adm1 for c in m.cands if c.kind in ("city", "district", "landmark") and c.adm1}
        gap = [t.lower_ for t in doc[m.span_end : nxt.span_start]] if nxt is not None else []
        if nxt is not None and 0 < len(gap) <= 2 and all(t in w.connectors or t in w.neighbour_words for t in gap) and gap[0] in w.connectors:
            # "Kayin and Mon", "Kayin State and neighbouring Mon": places of one list
            if len(ours := {c.country for c in m.cands}) == 1:
                nxt.near |= ours
            if len(theirs := {c.country for c in nxt.cands}) == 1:
                m.near |= theirs
            m.cue = nxt.cue = True
        before = mentions[i - 1] if i > 0 else None
        if before is not None and [t.lower_ for t in doc[before.span_end : m.start]] in (["'s"], ["’s"]):
            m.adm1s |= {c.adm1 for c in before.cands if c.kind == "region"}  # "Sichuan province's Aba county"
        if before is None or not any(c.kind in ("country", "demonym") and not c.adm1 for c in before.cands):
            continue
        nationals = {c.country for c in before.cands if c.kind in ("country", "demonym") and not c.adm1}
        between = [t.lower_ for t in doc[before.span_end : m.start]]
        if between in ([], ["-"]) or (len(between) == 2 and between[0] == "-" and between[1] in w.administered):
            if any(c.kind == "demonym" for c in before.cands) or between:
                m.countries |= nationals  # "Iraqi Kurdistan", "Indian-administered Kashmir": one place
                m.span_start = before.span_start
                dropped.add(i - 1)
        elif between in (["'s"], ["’s"], ["of"], ["of", "the"]) or (2 <= len(between) <= 3 and between[0] in w.type_words and between[1] == "of"):
            m.countries |= nationals  # "Pakistan's Punjab", "the Belgian province of Limburg"
    return [m for i, m in enumerate(mentions) if i not in dropped]
