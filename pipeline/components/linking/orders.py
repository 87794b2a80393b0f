"""Who a sentence about an order names, and as what: who gave it (its subject, its owner),
who was told to carry it out, whether it orders a cut at all (not a restoration), and the
clause role a body has where the parser slipped on a parenthesis."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.rules import load_rules

ACTOR_RULES = "vocab/actor_rules.json"  # word lists of the actor rules (members.py reads its member_preps too)


def clause_role(root: Token) -> tuple[str, Token]:
    """The dependency and head a body has in its clause. A parenthesis after a body that a
    clause opener introduces misleads the parser ("as the Authority (ZICTA) ordered a
    suspension": "as" a preposition, the Authority its object, "ordered" with no subject):
    the finite verb right after the body's phrase, subjectless, is the body's. So does a
    participle phrase after the body ("the Magistrate, exercising the authority of a law,
    suspends ...": the body the subject of "exercising", that the clausal subject of the verb):
    the verb is the body's."""
    if root.dep_ == "nsubj" and root.head.tag_ == "VBG" and root.head.dep_ == "csubj" and root.head.head.pos_ == "VERB":
        return "nsubj", root.head.head
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
    that orders or complies ("issued by the home department", "issued through the
    regulator", "which ordered the suspension", "said it had implemented the decision");
    not whom it tells to carry it out (its objects: "instructed the police to ...") nor who
    is only asked to comply ("could be restored if the apps comply")."""
    words = rules["order_words"]
    dep, head = clause_role(root)
    if dep != root.dep_:  # "as the Authority (ZICTA) ordered ..."
        return orders(head, rules)
    if (owner := order_owner(root, rules)) is not None and root.dep_ != "poss" and root.head.lower_ not in rules["order_preps"]:
        return not restores(owner)  # "a letter from X", "the X directive"
    if root.dep_ == "poss" or (root.dep_ == "pobj" and root.head.lower_ in rules["order_preps"] and root.head.dep_ != "agent"):
        return (root.head if root.dep_ == "poss" else root.head.head).lemma_.lower() in words
    if root.dep_ == "nsubj":
        verb = root.head
    elif root.dep_ == "pobj" and (root.head.dep_ == "agent" or root.head.lower_ in load_rules(ACTOR_RULES)["relay_preps"]):
        verb = root.head.head  # "issued by X", "issued through X": X gave it or passed it on
    else:
        return False
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in words:  # "the order, issued by X", "the order, which was issued by X"
        return True
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in load_rules(ACTOR_RULES)["enabling_verbs"]:
        return False  # "the order lets the army's units conduct raids": whom it helps
    return any(orders(c, rules) for c in root.children if c.dep_ == "relcl") or orders(verb, rules)


def orders(verb: Token, rules: dict) -> bool:
    """`verb`, or a clause below it with the same doer ("said it had implemented",
    "confirmed they had received the directive", "told customers in a message that it was
    complying"), orders or complies, not as a condition or a maybe. Whom it tells (its objects)
    and clauses with a doer of their own are someone else's."""
    words, stack = rules["order_words"], [verb]
    speakers = rules["speaker_pronouns"] | set(load_rules(ACTOR_RULES)["person_pronouns"])  # "X told reporters she had issued a decree"
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
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative") and all(g.lower_ in speakers for g in subjects):
                stack.append(c)
    return False


def restores(verb: Token) -> bool:
    """An order (verb or noun) to give service back: what it tells done ("to restore
    access", "the lifting of the ban", "a directive to restore access") is a restoration."""
    words = load_rules(ACTOR_RULES)["restore_words"]
    told = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj", "acl")]
    told += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]  # "an order for the restoration of"
    return any(t.lemma_.lower() in words for t in told)


def told(root: Token) -> bool:
    """A carrier an order tells to act ("A and B were ordered to enforce the block", "the
    regulator instructed A to ..."), or one it was sent to ("the directive was sent to A, B
    and C", "a letter addressed to providers including A"): it carries the measure out, or,
    told to restore it, had."""
    rules = load_rules(ACTOR_RULES)
    root = staff_of(root, rules)
    if root.dep_ == "pobj" and root.head.lower_ in rules["member_preps"] and root.head.head.pos_ in ("NOUN", "PROPN"):
        root = root.head.head  # "providers including A": the providers are who was told
    if root.dep_ in ("nsubjpass", "dobj", "dative") and root.head.lemma_.lower() in rules["recipient_verbs"]:
        return True
    if root.dep_ != "pobj" or root.head.lower_ != "to" or root.head.head.lemma_.lower() not in rules["sending_verbs"]:
        return False
    verb = root.head.head
    sent = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] + ([verb.head] if verb.dep_ == "acl" else [])
    return any(t.lemma_.lower() in rules["order_nouns"] for t in sent)


def notified(root: Token, trigs: list[Span], rules: dict) -> bool:
    """A carrier whose subscribers got word of the cut from it ("subscribers of A and B
    received messages saying mobile data had been suspended"): it carried the cut out and
    told its customers so."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    holders = root.head.head
    verb = holders.head
    return (holders.lower_ in rules["subscriber_nouns"] and holders.dep_ == "nsubj"
            and verb.lemma_.lower() in load_rules(ACTOR_RULES)["notice_verbs"] and any(verb in t.root.ancestors for t in trigs))


def staff_of(root: Token, rules: dict) -> Token:
    """The people of a carrier an order went to ("the nodal officers of A, B and C", "the
    head of A"): they stand in the clause for the carrier, as told or sent to. A list the
    parser reads as names of one another ("A, B, C/D") is one list. Not the carrier's
    customers ("subscribers of A were told to register"): only its staff act for it."""
    while root.dep_ in ("nmod", "compound") and root.head.pos_ == "PROPN" and root.head.i != root.i:
        root = root.head
    owner = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() in rules["staff_nouns"]:
        return owner
    return root


def staff_ordered(root: Token, rules: dict) -> bool:
    """A body whose head or officer is the subject of an order to cut ("the head of the
    Commission, A B, ordered providers to suspend ..."): the person gave the order for the
    body, as coders credit the body."""
    staff = staff_of(root, load_rules(ACTOR_RULES))
    return staff.i != root.i and staff.dep_ == "nsubj" and orders(staff.head, rules)


def order_on_the_cut(root: Token, trigs: list[Span], rules: dict) -> bool:
    """A body written as the modifier of an order noun the cut's verb (or its object) hangs on
    ("suspended on government instructions", "blocked as per the ministry's directive") or that tells the
    cut ("a home department order said data will stay off", in_order): it gave the order."""
    order = root.head
    if root.dep_ not in ("compound", "amod", "poss") or order.pos_ != "NOUN" or order.lemma_.lower() not in rules["order_words"]:
        return False
    verb = order
    while verb.dep_ in ("pobj", "prep", "advmod") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i != order.i and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "cut access on the government's instructions": the parser hangs the phrase on the cut's object
    return any(verb.i == t.root.i or in_order(root, t, rules) for t in trigs)


def order_owner(root: Token, rules: dict) -> Token | None:
    """The order noun a body's phrase gives the author of ("a letter from the X Director",
    "the X order", "instructions from X", "a directive received from X"), through names and
    owner prepositions only; or the order that a clause says came from it ("the suspension
    orders came from X")."""
    preps = load_rules(ACTOR_RULES)["owner_preps"]
    t = root
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ in ("acl", "relcl"):
        t = root.head.head  # "the order issued by X", "the order, which was issued by X": X wrote the order the clause describes
        return t.head if t.head.pos_ == "NOUN" and t.head.lemma_.lower() in rules["order_words"] else None
    while t.dep_ in ("compound", "nmod", "poss", "pobj", "appos", "conj", "prep") and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ not in preps:
            return None
        via = t.lower_
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            if via == "from" and t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in rules["order_words"]:
                return t.head  # "a directive received from X"
            said = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in rules["order_words"]]
            return said[0] if via == "from" and said else None
        if t.pos_ == "NOUN" and t.lemma_.lower() in rules["order_words"]:
            return t
    return None


def in_order(root: Token, trig: Span, rules: dict) -> bool:
    """The body wrote or gave the order that says or makes the cut: the order noun is the
    subject of the verb the trigger's clause hangs from ("a letter from X said SIMs will be
    deactivated", "a home department order said data will stay off"; "'...,' read the order
    passed by X", where the parser takes the inverted subject for an object), the source
    the clause cites ("according to the X order, services will be suspended"), the occasion
    a phrase of the cut's clause gives ("blocked ..., following a request from X") or holds
    the trigger ("X's order to block the SIMs")."""
    owner = order_owner(root, rules)
    if owner is None or restores(owner):
        return False
    above = {a.i for a in (trig.root, *trig.root.ancestors)}
    verb = owner.head
    if owner.dep_ == "pobj" and verb.head.lower_ in rules["source_preps"]:
        verb = verb.head.head  # "according to the order": the clause it is the source of
    inverted = owner.dep_ == "dobj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    cited = owner.dep_ in ("nsubj", "nsubjpass") or inverted or verb.i != owner.head.i
    occasion = owner.dep_ == "pobj" and verb.dep_ in ("prep", "advcl") and verb.head.i in above  # "following a request from X"
    return owner.i in above or (cited and verb.i in above) or occasion


def doer_of_another(root: Token, trigs: list[Span], measures: list[Span]) -> bool:
    """A body that is the subject of another measure's verb, where this measure's verb has
    a subject of its own ("A blocked X on Monday while B blocked Y on Tuesday"): that
    measure's doer, not this one's. A verb with no subject of its own ("A blocked X and cut
    Y") shares the one before it."""
    dep, head = clause_role(root)
    if dep != "nsubj" or not any(c.dep_ in ("nsubj", "nsubjpass") for t in trigs for c in t.root.children):
        return False
    return head.i not in {t.root.i for t in trigs} and head.i in {t.root.i for t in measures if t.label_ != "LIFT"}


def hears_case(verb: Token) -> bool:
    """A court's verb whose object is a step of a hearing ("issued notices to the regulator",
    "sought replies from the ministry"): the court hears a case against the measure."""
    nouns = load_rules(ACTOR_RULES)["court_procedure_nouns"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def staff_told(root: Token, told_bodies: set[int], rules: dict) -> bool:
    """A carrier whose spokesperson or official says that the operators, or "we", were told
    to act ("'All operators have been instructed to suspend services,' a spokesperson for A
    said"): A is one of them and carried the order out. `told_bodies` are the tokens of the
    generic carrier nouns of the sentence."""
    person = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("for", "of", "at") else root.head if root.dep_ == "poss" else None
    if person is None or person.dep_ != "nsubj" or person.lemma_.lower() not in rules["reporting_people"]:
        return False
    verb, words = person.head, load_rules(ACTOR_RULES)["recipient_verbs"]
    if verb.lemma_.lower() not in rules["source_verbs"]:
        return False
    return any(t.lemma_.lower() in words and any(c.dep_ == "nsubjpass" and (c.i in told_bodies or c.lower_ in rules["speaker_pronouns"])
                                                  for c in t.children) for t in verb.subtree if t.i != verb.i)
