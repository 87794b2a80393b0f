"""How users get service back or around a measure (spec 4.3), as the sentence that tells the
measure or the one after it says: a remedy phrase counts where the sentence speaks of getting
service back or of what users must do, not where it only describes a state ("registered
SIMs") or an outcome whose means the sentence names otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.linking.descriptions import describes_tool
from pipeline.components.linking.fallbacks import fallback
from pipeline.components.rules import governing_verb, in_cause_phrase, in_target

if TYPE_CHECKING:
    from pipeline.components.linking.records import Mention


def add_remedies(m: Mention, spans: list[Span], rules: dict) -> None:
    """Remedies said as such: a place or desk named ("a business hall", "customer service")
    counts only where the sentence speaks of getting service back or of what users must do.
    A carrier's desk where users must show their ID is an application made there in person
    (`registration`), as the README's coding rules read "apply at a business hall"."""
    sent = spans[0].sent if spans else None
    spans = [s for s in spans if not (s.label_ == "REMEDY" and s.id_ == "circumvention" and no_way_round(s, m, rules))]
    backed = (sent is not None and obliged(sent, rules)) or any(s.label_ == "RESTORE" for s in spans)
    done_there = {s.id_ for s in spans if s.label_ == "REMEDY" and s.id_ != "carrier_contact" and not outcome_only(s, spans, rules)}
    for s in spans:
        if s.label_ == "JUSTIFICATION":
            m.justification.add(s.id_)
        elif s.label_ == "REMEDY" and s.id_ == "carrier_contact" and s.root.pos_ != "VERB" and done_there and not contacted(s, done_there, rules):
            if backed and "id_verification" in done_there and not in_target(s, rules):
                m.remedies.add("registration")  # "take an ID card to a business hall": applying there in person
                m.remedy_text += [s.text] if s.text not in m.remedy_text else []
            continue  # "re-register at a business hall": the desk is where another remedy is done
        elif s.label_ == "REMEDY" and (backed or s.id_ in rules["self_evident_remedies"]) and (not in_target(s, rules) or got_through(s, rules)) and not in_cause_phrase(s, None, rules) \
                and not unreachable(s, rules) and not registered_thing(s) and not outcome_only(s, spans, rules) \
                and not describes_tool(s, spans, rules) and not penalised_use(s, rules) and not habitual(s, rules) and not after_a_step(s):
            m.remedies.add(s.id_)
            if s.text not in m.remedy_text:
                m.remedy_text.append(s.text)
    if (channel := fallback(spans, m.services | m.platforms, rules)) is not None:
        m.remedies.add("circumvention")  # "switched to home Wi-Fi": another channel that still works
        m.remedy_text += [channel.text] if channel.text not in m.remedy_text else []


def challenged(m: Mention) -> bool:
    """"A petition was filed to stop the deactivation", "the court ruled that the ban was
    illegal": the measure a court challenge names back is the one in force that users went
    to court over, whatever status its own wording gives it (`discourse.absorbed`)."""
    return "legal_challenge" in m.remedies


def dated_earlier(dates: list[Span], published: str) -> bool:
    """A court challenge told in a sentence dated a year before publication ("access came
    back in 2019 after the court ruled ..."): it speaks of an old measure, not the one of the day."""
    return published[:4].isdigit() and any(d.label_ == "DATE" and d._.date and d._.date["value"][:4] < published[:4] for d in dates)


def works_round(m: Mention, rules: dict) -> bool:
    """A VPN or proxy named as the way round ("which VPNs could get them back onto the apps"):
    it gets round a block or a slowdown, not a network that is off (`discourse.absorbed`)."""
    return "circumvention" in m.remedies and any(w.lower() in rules["block_workarounds"] for t in m.remedy_text for w in t.split())


def obliged(sent: Span, rules: dict) -> bool:
    """The sentence says what users must, can or are told to do ("have to register", "can
    restore it at a police station", an instruction). "Have" counts as a duty, not as the auxiliary of a
    perfect tense ("the police have warned ... about attacks on police stations"), which
    only tells what happened."""
    return imperative(sent) or any((t.lower_ in rules["obligation_words"] or t.lemma_.lower() in rules["obligation_words"])
                                   and not (t.lemma_.lower() == "have" and t.dep_ in ("aux", "auxpass"))
                                   and (t.lemma_.lower() not in rules["request_verbs"] or asked_of_users(t, rules)) for t in sent)


def asked_of_users(verb: Token, rules: dict) -> bool:
    """"Subscribers were told to re-register", "the carrier asked customers to visit a branch":
    a request is a duty of those it asks when they are people (or unnamed: "were asked to ...").
    "Asked operators to register the numbers" asks a carrier or a body to act, and "asked the
    branch whether the lines would return" is a question: neither says what users must do."""
    if any(c.dep_ in ("ccomp", "advcl", "xcomp") and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children) for c in verb.children):
        return False
    asked = [c for c in verb.children if c.dep_ in (("nsubjpass",) if any(a.dep_ == "auxpass" for a in verb.children) else ("dobj", "dative"))]
    return all(a.pos_ == "PRON" or a.lemma_.lower() in rules["person_nouns"] | rules["subscriber_nouns"] for a in asked)


def imperative(sent: Span) -> bool:
    """An instruction to the reader ("To reconnect, visit any branch with your ID card"):
    a bare verb at the root with no subject tells users what to do, as "must" does."""
    root = sent.root
    return root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in root.children) \
        or purpose_then_step(sent)


def purpose_then_step(sent: Span) -> bool:
    """"To reconnect, dial the code", "To re-submit, text your number to the short code": a
    sentence that opens with what users want and goes on, after the comma, with no subject of
    its own, is an instruction however the parser reads the verb after it (often a noun:
    "dial", "text"). "To curb fraud, the regulator barred ..." goes on with its subject."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "to" or words[1].pos_ not in ("VERB", "AUX") and words[1].tag_ != "VB":
        return False
    comma = next((t for t in words[2:8] if t.text == ","), None)
    if comma is None or comma.i + 1 >= sent.end:
        return False
    step = sent.doc[comma.i + 1]
    return step.is_lower and step.is_alpha and step.pos_ not in ("DET", "PRON", "PROPN", "AUX") \
        and step.dep_ not in ("nsubj", "nsubjpass", "expl")


def penalised_use(s: Span, rules: dict) -> bool:
    """"Lines cut for using software to bypass the filters", "blocked after making use of VPNs
    to evade the firewall", "after they installed software that gets around the filters": a
    workaround in the use the measure punished, not a way users got round it."""
    return s.id_ == "circumvention" and any(penalised_clause(t, rules) for t in (s.root, *s.root.ancestors))


def penalised_clause(t: Token, rules: dict) -> bool:
    """"for using ...", "caught using ...", or a clause of use "after they installed software
    that gets around ..."."""
    preps = rules["penalised_use_preps"]
    if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ in preps:
        return True
    if t.tag_ == "VBG" and t.dep_ in ("xcomp", "advcl", "acl") and t.head.lemma_.lower() in rules["caught_verbs"]:
        return True
    return t.lemma_.lower() in rules["cause_verbs"] and any(c.dep_ == "mark" and c.lower_ in preps for c in t.children)


def no_way_round(s: Span, m: Mention, rules: dict) -> bool:
    """A workaround that cannot get round this measure: a VPN when the measure blocks VPNs
    ("blocked unregistered VPNs ... users had used VPNs to reach X" gets round the X block,
    not this one), or any workaround in a report that tells one as what a measure cut or
    punished people for ("cut the lines of people who install software to bypass the
    filters"): there "I used the VPN to check my mail" tells the use punished."""
    if "vpn" in m.services and any(t.lower_ in rules["block_workarounds"] for t in s):
        return True
    return any(o.label_ == "REMEDY" and o.id_ == "circumvention" and punished(o, rules) for o in s.doc.spans.get("cutoff", []))


def punished(s: Span, rules: dict) -> bool:
    """A workaround told as the use a measure punished: "for using ..." or a clause on the
    people a cut or penalty hit ("lines of users who installed VPNs were cut")."""
    if penalised_use(s, rules):
        return True
    said = people_clause(s, rules)  # not "users who switched to VPNs were not affected"
    return said is not None and not any(c.dep_ == "neg" for c in said[0].children) and any(hit(t, rules) for t in said)


def got_through(s: Span, rules: dict) -> bool:
    """"The site still loads for people on a VPN", "users who moved to a VPN could post",
    "people with SIM cards bought across the border pick up its networks": a workaround
    that describes people whose own clause says what they still do is how they got round
    the measure. "Lines of users who used VPNs were cut" describes whom the measure hit:
    the people's clause is a cut, a penalty, or denied."""
    if s.id_ != "circumvention":
        return False
    said = people_clause(s, rules)
    return said is not None and not any(c.dep_ == "neg" for c in said[0].children) and not any(hit(t, rules) for t in said)


def people_clause(s: Span, rules: dict) -> list[Token] | None:
    """The verb of the clause of the people a workaround describes, with its complements
    ("were unable", "face arrest"), or None where it describes no people."""
    people = next((t for t in s.root.ancestors if t.pos_ in ("NOUN", "PRON") and t.lemma_.lower() in rules["person_nouns"]), None)
    verb = governing_verb(people) if people is not None else None
    if verb is None:
        return None
    return [verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp", "dobj", "attr"))]


def hit(t: Token, rules: dict) -> bool:
    """A word of a measure: a cut trigger, a penalty or a word of being out of reach."""
    return t.lemma_.lower() in rules["caught_verbs"] | rules["out_of_reach_words"] \
        or any(tr.start <= t.i < tr.end for tr in t.doc.spans.get("cutoff_triggers", []))


def habitual(s: Span, rules: dict) -> bool:
    """"VPNs are commonly used to bypass filters", "people often download VPN apps from the
    store": a workaround in a clause an adverb of habit qualifies says what tools are for or
    what people do as a rule, not how users got round this measure. The clause ends at the
    first verb with a subject of its own."""
    if s.id_ != "circumvention":
        return False
    for t in (s.root, *s.root.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ in rules["habit_adverbs"] for c in t.children):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False
    return False


def contacted(s: Span, done_there: set[str], rules: dict) -> bool:
    """"Can contact their call centres or service shops for identity checks": a desk that is
    the object of a verb of reaching it (one of a list joined by "or" or "and" too) is a way
    back users take by contacting the carrier, when what the sentence says is done there is a
    check or an application. "Called the hotline and was told to go to the police station"
    names another way (`means_remedies`): the call was no way back."""
    if done_there & rules["means_remedies"]:
        return False
    desk = s.root
    while desk.dep_ in ("conj", "compound"):
        desk = desk.head
    verb = next((v for v in (desk.head, desk.head.head) if v.pos_ == "VERB"), desk)
    return desk.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in rules["contact_verbs"]


def after_a_step(s: Span) -> bool:
    """"Restored after 15 days", "back only after a five-day suspension": a line that comes
    back by itself once a length of time is over. "Restored after completing an identity
    check", "reconnected only after signing an undertaking": the line comes back after a step
    users take, which the sentence names as a remedy of its own, and no time is sat out."""
    after = s[-1]
    if s.id_ != "waiting_period" or after.lower_ != "after":
        return False
    told = {t.i for c in after.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree}
    lengths = [d for d in s.doc.spans.get("cutoff_dates", []) if d.label_ == "DURATION"]
    return not any(t.i in told for d in lengths for t in d)


def registered_thing(s: Span) -> bool:
    """"Registered SIMs", "SIMs registered under the names of the dead": a participle that
    describes what is registered tells a state, not the step users take to get service back."""
    return len(s) == 1 and s.root.tag_ == "VBN" and s.root.dep_ in ("amod", "acl") and s.id_ == "registration"


def outcome_only(s: Span, spans: list[Span], rules: dict) -> bool:
    """"Get their SIMs unblocked", "have the line reconnected": the outcome of a step, which is
    asking the carrier for it unless the sentence names another way (a police station, the
    hotline, a court); then that way is the remedy and the outcome adds none."""
    return s.id_ == "registration" and s[0].lemma_.lower() in rules["outcome_verbs"] \
        and any(o.label_ == "REMEDY" and o.id_ in rules["means_remedies"] for o in spans)


def unreachable(s: Span, rules: dict) -> bool:
    """A helpline or desk said to be out of reach itself ("the 8300 helpline, which is
    currently inaccessible", "the hotline is down too") is something the measure cut, no
    way back to service."""
    root = s.root
    said = [t for t in root.subtree if t.i not in range(s.start, s.end) and any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.i != root.i and root in a.ancestors)]
    if root.dep_ in ("nsubj", "nsubjpass"):
        said += [c for c in root.head.children if c.dep_ in ("acomp", "attr", "advmod", "prt")]
    return any(t.lower_ in rules["unreachable_words"] for t in said)


def window_to_act(duration: Span, rules: dict) -> bool:
    """"Users have one week to re-verify their details", "will get 450 days to reactivate
    the SIM", a deadline "extended by another 90 days": the time users are given to take
    the way back, told with the verb that gives it, not how long a line stays cut before it
    comes back by itself (no `waiting_period`)."""
    verb = next((t for t in duration.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in rules["window_verbs"]
