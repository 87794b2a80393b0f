"""Argument linking (the `cutoff_events` stage): turns trigger mentions into events, each
with its own place, date, actors, services, platforms, targets and remedies.

How a hand coder reads an article, as rules over the parse and the gazetteer spans:
1. Each sentence with a trigger gives one mention per status; a sentence naming several
   regions is split at each region (`mentions`).
2. A mention's place is a region, city or regional carrier in its own part of the
   sentence; with none, a mention of the same kind of measure inherits the place of the
   one before it; a country named alone (or "nationwide") makes it national (`places`,
   `discourse`).
3. Restriction type and services follow from the objects of the trigger, spec 4.1-4.2
   (`arguments`); dates from the trigger's clause (`dates`).
4. Sentences without a trigger that follow one (remedies, reasons, penalties) add to the
   latest mention: "users must present their ID cards to request reactivation" (`discourse`).
5. Mentions with the same status, place and restriction whose dates agree (or one is
   undated) are one event; a different date in the same place is a different event (`records`).
What the rules know of the whole article is one `ArticleContext` per Doc (`context`); the
order of the passes is `component.EventLinker.__call__`. The result is `Doc._.events`, a
list of dicts with the event fields of the spec that come from the text;
`pipeline.extract` adds the article's metadata and ids.
"""

from pipeline.components.linking import component  # noqa: F401  (registers the cutoff_events factory)
