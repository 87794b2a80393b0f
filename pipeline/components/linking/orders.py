"""Who a sentence about an order names, and as what: who gave it (its subject, its owner),
who was told to carry it out, whether it orders a cut at all (not a restoration), and the
clause role a body has where the parser slipped on a parenthesis."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.rules import load_rules

ACTOR_RULES = "vocab/actor_rules.json"  # word lists only the actor rules read


def clause_role(root: Token) -> tuple[str, Token]:
    """The dependency and head a body has in its clause. A parenthesis after a body that a
    clause opener introduces misleads the parser ("as the Authority (ZICTA) ordered a
    suspension": "as" a preposition, the Authority its object, "ordered" with no subject):
    the finite verb right after the body's phrase, subjectless, is the body's."""
    if root.dep_ == "pobj" and root.head.lower_ in load_rules(ACTOR_RULES)["clause_openers"]:
        after = next((t for t in root.doc[root.right_edge.i + 1 : root.sent.end] if not t.is_punct), None)
        verb = after.head if after is not None and after.dep_ in ("aux", "auxpass") else after
        if (verb is not None and verb.pos_ == "VERB" and verb.i > root.i and verb.tag_ in ("VBD", "VBZ", "VBP")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)):
            return "nsubj", verb
    return root.dep_, root.head


def gives_order(root: Token, rules: dict) -> bool:
    """In a sentence about an order, who gave or carried it out: the order's owner ("the
    ministry's instructions", "on the orders of X"), or the subject or agent of a clause
    that orders or complies ("issued by the home department", "which ordered the
    suspension", "said it had implemented the decision"); not whom it tells to carry it out
    (its objects: "instructed the police to ...") nor who is only asked to comply ("could
    be restored if the apps comply")."""
    words = rules["order_words"]
    dep, head = clause_role(root)
    if dep != root.dep_:  # "as the Authority (ZICTA) ordered ..."
        return orders(head, rules)
    if root.dep_ == "poss" or (root.dep_ == "pobj" and root.head.lower_ in rules["order_preps"] and root.head.dep_ != "agent"):
        return (root.head if root.dep_ == "poss" else root.head.head).lemma_.lower() in words
    if root.dep_ == "nsubj":
        verb = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    else:
        return False
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in words:  # "the order, issued by X"
        return True
    return any(orders(c, rules) for c in root.children if c.dep_ == "relcl") or orders(verb, rules)


def orders(verb: Token, rules: dict) -> bool:
    """`verb`, or a clause below it with the same doer ("said it had implemented",
    "confirmed they had received the directive", "told customers in a message that it was
    complying"), orders or complies, not as a condition or a maybe. Whom it tells (its objects)
    and clauses with a doer of their own are someone else's."""
    words, stack = rules["order_words"], [verb]
    while stack:
        v = stack.pop()
        if any(c.dep_ == "mark" and c.lower_ in rules["hypothetical_marks"] or c.dep_ == "aux" and c.lower_ in rules["hypothetical_modals"]
               for c in v.children):
            continue  # "if the apps comply", "it may go to court to enforce it"
        if restores(v):
            continue  # "ordered the carriers to restore access": no order to cut
        if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in words or any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words for c in v.children):
            return True
        for c in v.children:
            subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative") and all(g.lower_ in rules["speaker_pronouns"] for g in subjects):
                stack.append(c)
    return False


def restores(verb: Token) -> bool:
    """An order to give service back: what it tells done ("to restore access", "the
    lifting of the ban") is a restoration."""
    words = load_rules(ACTOR_RULES)["restore_words"]
    return any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.lemma_.lower() in words for c in verb.children)


def told(root: Token) -> bool:
    """A carrier an order tells to act ("A and B were ordered to enforce the block", "the
    regulator instructed A to ..."): it carries the measure out, or, told to restore it, had."""
    return root.dep_ in ("nsubjpass", "dobj", "dative") and root.head.lemma_.lower() in load_rules(ACTOR_RULES)["recipient_verbs"]
