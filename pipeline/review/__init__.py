"""`cutoff review`: a researcher checks and corrects a store's events in a local web page.

    corrections.py  the review tables: begin, save, delete, add, accept, no event (no web code)
    fields.py       the spec's vocabularies and a form's values turned into an event's fields
    queue.py        the articles to review, least confident first, with filters and progress
    highlight.py    an article's text cut into pieces marked with the spans each event came from
    gold.py         reviewed articles as gold JSONL (spec section 5), and exports rebuilt
    app.py          the Flask application (pages and JSON actions)
    security.py     token, CSRF, Origin and Host checks, Content-Security-Policy
    server.py       serve it on 127.0.0.1 and print its address

Only `app.py`, `security.py` and `server.py` import Flask; the rest is plain Python on the store.
"""
