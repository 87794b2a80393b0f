"""Status stage: is each trigger asserted, negated or hypothetical? (a NegEx over the parse)

Like negspacy, the algorithm is one small class and its vocabulary is data
(`models/vocab/event_rules.json`, swapped through the `rules_file` config); the answer
is `Span._.status` on every span of `doc.spans["cutoff_triggers"]`.

- negated: a negation on the trigger's own clause ("had not implemented a block",
  "is not blocked", "no shutdown", "no SIM cards would be deactivated", "without any
  interruption", "without limiting text messages", "nobody will lose their number"), a
  denial or prohibition governing it ("denied that ... was cut", "prohibits the
  authorities from cutting"), a rumour it is told as ("rumours spread that the government
  had cut ..."), or an order to do it that was revoked ("suspended his order to block
  Telegram"). A denied reluctance is none ("has not hesitated to cut", "did not refrain
  from blocking").
- hypothetical: a modal of possibility ("may extend", "could cut"), a plan or fear
  governing it ("plans to block", "is believed ... would adopt"), a condition ("if"),
  or "would" with no reporting verb above it: "said they would deactivate ... by
  May 7" is an announced measure, asserted.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.frame_rules import load_frame_rules
from pipeline.components.rules import load_rules

if not Span.has_extension("status"):
    Span.set_extension("status", default="asserted")


@Language.factory(
    "cutoff_status",
    default_config={"spans_key": "cutoff_triggers", "rules_file": "vocab/event_rules.json"},
)
def make_status(nlp: Language, name: str, spans_key: str, rules_file: str) -> "StatusDetector":
    return StatusDetector(name, spans_key=spans_key, rules_file=rules_file)


class StatusDetector:
    def __init__(self, name: str, *, spans_key: str, rules_file: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.rules = load_rules(rules_file)
        self.frame = load_frame_rules()

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """The vocabulary is read at construction; nothing to train."""

    def __call__(self, doc: Doc) -> Doc:
        dated = {i for e in doc.ents if e.label_ in ("DATE", "TIME") for i in range(e.start, e.end)}  # "two days later"
        for span in doc.spans.get(self.spans_key, []):
            span._.status = self.status(span, dated)
        return doc

    def status(self, span: Span, dated: set[int] = frozenset()) -> str:
        """`dated`: token positions inside date expressions, whose "later" is no plan."""
        r = self.rules
        root = span.root
        local, beyond = own_clause(root)
        if conditional(local, r):
            return "hypothetical"  # "fined if they did not block Snapchat": a condition, not a denial
        if consequent(local, beyond, r):
            return "hypothetical"  # "unless the state steps in, the app will go dark on Sunday"
        if root.dep_ == "pobj" and root.head.lower_ in ("for", "of") and root.head.head.lemma_.lower() in r["pending_nouns"]:
            return "hypothetical"  # "extended the deadline for the deactivation of SIMs": not yet done
        if empowered(root, r) or warned_of(local, r):
            return "hypothetical"  # "a bill giving police powers to block sites", "cautioned against cutting data"
        if asked_how(root):
            return "hypothetical"  # "people asking how to disable the function": a question, not a measure
        reach = negation_reach(local, r)
        if any(negated(t, span) and not litotes(t, r) for t in local[:reach]):
            return "negated"
        if any(t.lemma_.lower() in r["negation_verbs"] and not (negated(t) and litotes(t, r)) for t in local[1:reach] + (beyond if reach == len(local) else [])):
            return "negated"
        if no_one(span, self.frame["negative_pronouns"]) or rumoured(local, beyond, r) or (root.dep_ in ("pobj", "pcomp") and root.head.lower_ in r["negation_preps"]) or cancelled_loss(span, r) \
                or falsified(root, r):
            return "negated"  # "no SIM cards would be deactivated", "without any interruption to internet access"
        for t in root.ancestors:
            if t.pos_ == "NOUN" and t.lower_ in r["hypothetical_words"]:
                return "negated" if negated(t) else "hypothetical"
            if t.pos_ == "NOUN" and t.lemma_.lower() in r["negation_nouns"]:
                return "negated"  # "rumours that the government had switched off the internet"
            if revoked_order(t, r):
                return "negated"  # "the judge suspended his order to block Telegram"
        for t in local:
            if any(c.dep_ == "mark" and c.lower_ in r["hypothetical_marks"] for c in t.children):
                return "hypothetical"
            if any(c.lower_ in r["hypothetical_words"] and c.dep_ in ("advmod", "acomp", "amod", "attr", "npadvmod") and c.i not in dated
                   and not (c.lower_ in r["future_adverbs"] and past(t)) for c in t.children):
                return "hypothetical"
        if imperative(root):
            return "hypothetical"  # "Please switch off calls from overseas!": advice, not a measure
        if root.pos_ == "NOUN" and root.dep_ == "dobj" and root.head.lemma_.lower() in r["hypothetical_verbs"]:
            return "hypothetical"  # "attacked the regulator for considering a ban"
        governors = [t for t in local[1:] + beyond if t.pos_ in ("VERB", "AUX")]
        if any(t.lemma_.lower() in r["hypothetical_verbs"] and not (t.tag_ == "VBG" and t.dep_ in ("advcl", "prep", "pcomp")) and not attributed_fact(t, root, r) for t in governors):
            return "hypothetical"
        cue = range(*span._.cue) if span._.cue else range(0)  # "could no longer reach": no possibility, a loss
        modals = {c.lower_ for t in local for c in t.children if c.dep_ == "aux" and c.i not in cue}
        if modals & r["hypothetical_modals"]:
            return "hypothetical"
        if modals & {"would", "'d"}:
            reported = any(t.lemma_.lower() in r["report_verbs"] for t in beyond)
            return "asserted" if reported else "hypothetical"
        return "asserted"


def past(verb: Token) -> bool:
    """The clause of `verb` tells what happened: a past verb, or a past auxiliary with it
    ("were widened", "had cut")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def attributed_fact(verb: Token, trigger: Token, rules: dict) -> bool:
    """"Access is believed to have been blocked since Tuesday", "the army is thought to have
    cut the lines": a passive verb of belief over a perfect infinitive reports a past fact
    on others' word, not a speculation; "is believed to be planning to block" is still one."""
    if verb.lemma_.lower() not in rules["attribution_verbs"] or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    chain = [trigger, *trigger.ancestors]
    below = next((chain[k - 1] for k, t in enumerate(chain) if k and t.i == verb.i), None)
    return below is not None and below.dep_ == "xcomp" and below.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VB" for c in below.children)


def conditional(local: list[Token], rules: dict) -> bool:
    """The trigger's own clause is a condition ("if they did not block Snapchat", "unless
    carriers cut ..."): what it says, negated or not, is not reported as done."""
    return any(c.dep_ == "mark" and c.lower_ in rules["hypothetical_marks"] - {"once"} for t in local for c in t.children)


def consequent(local: list[Token], beyond: list[Token], rules: dict) -> bool:
    """The trigger's own clause is what follows from a condition ("unless the state steps in,
    the app will go dark", "lines will be cut if owners fail to register"): an "if" or
    "unless" clause hangs on it, or its subject is anyone at all who does something ("anyone
    who misses the date will have the line blocked"), and the clause tells the future ("even
    if it was criticised, the internet was cut" tells what happened; "stops calls unless the
    customer opts in" a measure in force with a way out)."""
    marks = rules["hypothetical_marks"] - {"once", "whether"}
    for verb in local + beyond:  # "anyone who ... will have the line blocked": the subject of the holding verb
        if any(c.dep_ == "nsubj" and c.lower_ in rules["generic_pronouns"] and any(r.dep_ == "relcl" for r in c.children) for c in verb.children):
            return future(verb, rules)
    if not future(next((t for t in local if _finite(t)), local[-1]), rules):
        return False  # "stops calls from abroad unless the customer opts in": in force, with a way out
    return any(c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for t in local for c in t.children)  # not "still open, if slowly"


def future(verb: Token, rules: dict) -> bool:
    """The clause of `verb` tells what is still to come ("will have", "would go dark")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in rules["future_modals"] for c in verb.children)


def litotes(token: Token, rules: dict) -> bool:
    """A denied reluctance ("has not hesitated to shut down", "never shied away from
    blocking"): two negatives that assert the measure, not deny it."""
    return token.lemma_.lower() in rules["reluctance_words"] or token.lower_ in rules["reluctance_words"]


def negation_reach(local: list[Token], rules: dict) -> int:
    """How far up the trigger's clause a negation still denies it: not past a verb that
    presupposes its complement ("residents do not know that the internet was cut")."""
    for k, t in enumerate(local[1:], start=1):
        if t.lemma_.lower() in rules["factive_words"] or t.lower_ in rules["factive_words"]:
            return k
    return len(local)


def imperative(root: Token) -> bool:
    """A bare verb with no subject or auxiliary that opens its sentence or follows "please"."""
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in root.children):
        return False
    first = next((t for t in root.sent if not (t.is_punct or t.is_space)), None)
    return root == first or any(t.lower_ == "please" for t in root.doc[max(root.sent.start, root.i - 2):root.i])


def revoked_order(token: Token, rules: dict) -> bool:
    """An order or a law that was taken back or halted: "suspended his order", "the order was
    withdrawn", "a court halted the statute banning the game app"."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in rules["order_words"] | rules["law_nouns"] and token.head.lemma_.lower() in rules["revoke_verbs"]


def empowered(trigger: Token, rules: dict) -> bool:
    """The measure is what a power is for, not its use: an infinitive (or an "of" phrase)
    under a noun of power ("powers to block websites", "the right to cut data", "the
    power of suspension"), beside one as the object of its verb ("gives police powers to
    block"), or under a verb that grants one ("empowers officials to switch off networks");
    not a power used ("used its powers to switch off the network")."""
    if trigger.dep_ == "pobj":
        if trigger.head.lower_ != "of":
            return False
        head = trigger.head.head
    elif trigger.dep_ in ("acl", "advcl", "xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        head = trigger.head
    else:
        return False
    nouns = [head] if head.pos_ == "NOUN" else [g for c in head.children for g in (c, *c.children) if g.dep_ in ("dobj", "dative")
                                                  or (g.dep_ == "pobj" and g.head.lower_ != "by")] \
        if trigger.dep_ in ("advcl", "xcomp") else []  # "gives police (in Uganda) powers to block"; not "ordered by the authorities to cut"
    for noun in nouns:
        if noun.lower_ in rules["power_nouns"]:
            return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in rules["power_use_verbs"])
    return head.pos_ == "VERB" and head.lemma_.lower() in rules["empowering_verbs"]


def warned_of(local: list[Token], rules: dict) -> bool:
    """The measure is what someone warned of or against ("cautioned the ministry against
    cutting mobile data", "warned of blocking the app"): feared, not done. The "of" may
    hang on the one warned."""
    verb = next((k for k, t in enumerate(local) if k and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or local[verb].lemma_.lower() not in rules["warning_verbs"]:
        return False
    return any(t.dep_ == "prep" and t.lower_ in ("of", "against") for t in local[1:verb])


def ordered(span: Span, rules: dict) -> bool:
    """The trigger is what an order asks for ("had ordered that access be suspended",
    "his order to block Telegram")."""
    return any(t.lemma_.lower() in rules["order_words"] for t in span.root.ancestors)


def own_clause(token: Token) -> tuple[list[Token], list[Token]]:
    """The trigger with its ancestors up to the head of the finite clause it is in, and the
    verbs that clause is the complement of ("said that ...", "is believed that ...").
    Marks and modals count only in the first part: a parser that hangs "began blocking"
    under an "unless" clause must not make the blocking conditional; an adverbial clause
    ("after X began blocking") is not governed by the verb it hangs on, nor is a clause a
    wh-word opens ("did not say why the internet was cut")."""
    local, beyond = [token], []
    current = token
    while not _finite(current) and not _asked_about(current) and current.head.i != current.i:
        current = current.head
        local.append(current)
    while current.dep_ in ("ccomp", "xcomp", "conj", "parataxis") and current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            beyond.append(current)
    return local, beyond


def _asked_about(token: Token) -> bool:
    """"(has not explained) why mobile data was cut": a clause opened by a wh-word tells a
    fact the sentence asks about; what is said of the asking does not reach it."""
    return token.dep_ != "relcl" and any(c.tag_ == "WRB" and c.i < token.i for c in token.children)  # not "the region, where ..."


def _finite(token: Token) -> bool:
    return token.tag_ in ("VBD", "VBP", "VBZ", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in token.children)


def no_one(trigger: Span, negative_pronouns: set[str] = frozenset()) -> bool:
    """"No" before the trigger's own subject or object ("no SIM cards would be deactivated",
    "cut no lines"), or a subject that is no one ("nobody will lose their number"), other
    than a "no" that is the trigger ("had no mobile data"); not one of a verb above it
    ("the decision to cut ... had no basis in law")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            any(g.dep_ == "det" and g.lower_ == "no" and not trigger.start <= g.i < trigger.end for g in c.children)
            or (c.dep_ != "dobj" and c.lower_ in negative_pronouns))
        for c in trigger.root.children
    )


def rumoured(local: list[Token], beyond: list[Token], rules: dict) -> bool:
    """The clause is what a rumour says ("after rumours spread online that the government
    had switched off the internet"): the verb it completes has a rumour for its subject,
    or, as the parser often hangs such a clause elsewhere, a rumour and at most a verb and
    an adverb stand right before its "that"."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in rules["negation_nouns"] for v in beyond for c in v.children):
        return True
    mark = next((c for t in local for c in t.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return False
    before = mark.doc[max(mark.sent.start, mark.i - 3):mark.i]
    return any(t.lemma_.lower() in rules["negation_nouns"] and all(u.pos_ in ("VERB", "ADV") for u in before[k + 1:]) for k, t in enumerate(before))


def falsified(trigger: Token, rules: dict) -> bool:
    """The trigger is told inside a report that is the subject of a clause calling it false
    ("the story that the army switched off mobile data is untrue", "claims that the
    network was cut are baseless"): a denial of the report, so of the measure. Not when that
    clause is itself negated ("the report ... is not wrong"), nor when the subject is the
    measure or whoever took it ("the decision to block the site was wrong", "the minister,
    who blocked the site, was wrong"): criticism, which takes the measure as done."""
    for t in trigger.ancestors:
        if t.dep_ == "relcl":
            return False
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.lemma_.lower() not in rules["report_nouns"]:
            return False  # "the decision to block the site was wrong": criticism, not denial
        verb = t.head
        return not negated(verb) and any(c.dep_ in ("acomp", "attr") and c.lower_ in rules["falsity_words"] and not negated(c) for c in verb.children)
    return False


def cancelled_loss(span: Span, rules: dict) -> bool:
    """An absence that denies a cut rather than reporting a loss: "without any interruption
    to internet access", "deactivated no lines", "no SIM cards would be deactivated" (but
    "residents have no mobile data" is a loss)."""
    if span.label_ != "TRIGGER" or span.id_ != "absence":
        return False
    if any(c.dep_ == "pobj" and c.lemma_.lower() in rules["back_reference_nouns"] for t in span for c in t.children):
        return True
    noun = span.root.head
    verb = noun.head
    return span.root.dep_ == "det" and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ == "VERB" \
        and verb.lemma_.lower() not in rules["possession_verbs"]


def negated(token: Token, trigger: Span | None = None) -> bool:
    """A negation attached to the token itself ("not blocked", "no shutdown", "never cut"),
    other than one inside the trigger ("had no mobile data", "would not open", "have not
    been able to send": the negation is the trigger, or its `cue`)."""
    start, end = (trigger._.cue or (trigger.start, trigger.end)) if trigger is not None else (0, 0)
    return any((c.dep_ == "neg" or (c.lower_ in ("no", "never") and c.dep_ in ("det", "advmod"))) and not start <= c.i < end for c in token.children)


def asked_how(verb: Token) -> bool:
    """An infinitive under a question word ("how to disable calls from abroad", "whether to
    block it"): what someone asks about, not what was done."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.tag_ == "WRB" or (c.dep_ == "mark" and c.lower_ in ("whether", "if")) for c in verb.children)
