"""Page furniture: the lines a news page carries besides its report (bylines, share and subscription
prompts, "Related News", notes on the article itself, photo credits), for the segment stage, and for
ingest to pass them over when it looks for a title."""

from __future__ import annotations

import re

from generator.byline import PAPER_WORDS, WIRE_NAMES, credit_line
from generator.sentences import count_words, ends_sentence, split_sentences
from generator.textutil import MONTHS, WEEKDAYS, content_stems

_SCREENSHOT = r"screen\s?(?:shot|grab)s?"
"""A screenshot, as a credit names it ("Screenshot via ...", "Screen grab from ...")."""
BYLINE = re.compile(
    # a name, perhaps with others and an outlet, and nothing else ("By Jane Doe and John Roe, Reuters"), not
    # a sentence opening on "By" ("By Monday, the toll had risen", "By contrast, exports fell")
    r"^\(?(?i:by)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}"
    r"(?:\s*(?:,|\||/|&|(?i:and|in|for))\s*[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*)*)*[.)]?$"
    r"|^\(?(?i:written by|reporting by|writing by|editing by|edited by|compiled by|produced by)\b"
    # a time stamp ("Updated: 3:45 PM", "Published on June 19"), not "Updated figures show"
    rf"|^(?i:(?:last )?(?:updated|published|posted)(?:\s*:|\s+(?:on\s+|at\s+)?(?:\d|{'|'.join(WEEKDAYS + MONTHS)})))"
    # a label ("Photo: Reuters", "Image caption,", "Sources: AP"), not "Photo evidence shows", "Sources said"
    r"|^(?i:(?:file )?(?:photo|image|picture)s?(?: caption| source| credit)?\s*[:,|]|sources?\s*:)"
    # a credit to whoever gave a picture or video ("VIDEO COURTESY LT. GOV. JANE DOE", "Courtesy of the family")
    r"|^(?i:(?:(?:photo|image|picture|video)s?\s+)?courtesy(?:\s+of)?\b)"
    # or a screenshot's ("Screenshot via video courtesy The White House", "Screen grab from state TV")
    rf"|^(?i:{_SCREENSHOT}\s+(?:\w+\s+){{0,3}}?(?:via|from|courtesy)\b)"
    # a pointer to a video or gallery ("Watch: ...", "WATCH | ...", "In pictures - ...")
    r"|^(?i:watch|video|listen|gallery|in pictures)\s*(?::|\||\s[\u2013\u2014-]\s)"
    r"|^(?i:editor[\'\u2019]?s note|correction|clarification|update)\s*:")
LINKS = re.compile(r"^(?:RELATED|MORE|SEE ALSO|ALSO READ|READ (?:MORE|ALSO|NEXT)|Related|See also|Also read"
                   r"|Read (?:more|also|next))\s*\|")
"""A line of links to other stories under a label and a bar ("RELATED| Storm moves off the coast | Streets flood
...", "MORE|Storm plows across the state"), however long; not a headline under a label ("LATEST | ..."), a table's
row or a sentence ("More| than 200 people died")."""
# Matched against the lower-cased text: an IGNORECASE search of this alternation is several times slower.
BOILERPLATE = re.compile(
    # Phrases that news sentences use too ("said on Telegram", "market share on", "subscribe to the view",
    # "copyright infringement", "become a member of NATO", "read more than", "follow US sanctions") only at a
    # line's start or in the shape furniture gives them.
    r"related (?:news|articles|stories|posts)|^related\s*:|^\W*(?:read (?:more|also|next)|also read|see also)\b|"
    r"(?:read (?:more|also|next)|also read|see also)\s*[:|]|join (?:our\b|us (?:on|at|for|in)\b)|"
    r"our (?:whatsapp|telegram)|^\W*(?:join|follow|subscribe to)\b.{0,40}\b(?:whatsapp|telegram)|follow us (?:on|at|for)\b|"
    r"^\W*(?:subscribe|sign up)\b|(?:subscribe|sign up) (?:now|today|here|for free|(?:for|to) (?:our|the \S+ newsletter))|"
    r"(?:you're|you are) (?:currently )?a (?:free |paid )?subscriber|(?:our|free) (?:[\w'\u2019-]+ ){0,4}newsletter|"
    r"^\W*share (?:this|on)\b|click here|all rights reserved|^\W*copyright\b|copyright (?:\(c\)|\d{4})|\u00a9|"
    r"^\W*(?:swipe|click|tap|scroll)\b.{0,20}?\bto (?:see|view|read|watch|enlarge|expand)\b|"  # a gallery's prompt
    r"^\W*advertisement\W*$|continues? (?:below|after) (?:this |the )?(?:advertisement|ad)\b|"
    r"^\W*(?:license|licence|buy|purchase|download) (?:this )?(?:photo|image|picture)s?\W*$|"
    r"^\W*(?:the )?(?:story|article|text) continues below\b|^\W*continue reading\W*$|"
    r"cookies? (?:policy|settings|preferences)|(?:we|site|website) uses? cookies|"
    r"^\W*(?:terms of (?:use|service)|privacy policy)|(?:our|see|read) (?:terms of (?:use|service)|privacy policy)|"
    r"download (?:the|our)\b.{0,40}\bapp\b|google news|"
    # "For all the latest headlines follow our ... channel", "follow our WhatsApp channel", not "follow our allies"
    r"^\W*for (?:all )?(?:the )?latest (?:headlines|news|updates)\b|\bfollow our (?:[\w'\u2019-]+ ){0,3}channel\b|"
    r"recommended for you|^\W*most (?:read|popular)\W*$|catch all the|trending now|you may also like|comments? \(\d+\)|"
    r"contributed (?:to this report|reporting)|additional reporting by|leave a (?:reply|comment)|"
    r"email address will not be published|required fields are marked|thanks (?:its|our) sponsors|"
    r"become a (?:subscriber|sponsor)|^\W*become a member|by becoming a member|become (?:our|a) patron\b|"
    r"^\W*site (?:icon|logo)\b|\bshare (?:icons?|buttons?)\b|\breproduction\b.{0,120}\b(?:forbidden|prohibited)\b|"
    r"support (?:our|independent|local) journalism|"
    r"(?:relies|rely|depends?) on (?:readers|supporters) like you|consider (?:making )?a (?:contribution|donation)|"
    # notes on the article itself: where it first ran, whose views it holds, when it was changed
    r"originally (?:published|appeared)|views expressed (?:in|here|are)|a version of this (?:article|story) appear|"
    # "Views are the author's own.", "Opinions are those of the writer.", not "his views are well known"
    r"^\W*(?:the )?(?:views|opinions)\b.{0,60}?\b(?:are|is) (?:solely |entirely |strictly )?"
    r"(?:(?:the|my|his|her|their) "
    r"(?:(?:authors?|writers?)['\u2019]?s? )?own(?:\W*$|,|\s+and\b)|(?:those )?of the (?:authors?|writers?)\b)|"
    r"this (?:article|story|piece|post) (?:was )?(?:first |originally )?(?:published|appeared|republished) (?:on|in|at|by|with)\b|"
    r"this is a (?:developing|breaking)(?: news)? (?:story|update)|this story is developing|check back (?:for|later)|"
    r"solely responsible for all content|merely an (?:allegation|accusation)|trust principles|^disclaimer\b|^disclosure(?: statement)?:|"
    r"(?:declares?|has|have) no (?:conflicts? of interest|competing interests?)|"
    r"this (?:story|article|report|post|page) (?:has been|was|is|will be) (?:updated|corrected|amended|auto-generated)|"
    r"(?:^|min read )last updated|syndicated feed|live blog|breaking news alerts|listen to this (?:article|story)|"
    # a live page's notes on itself ("The headline has been updated on this post.", "We've paused today's live
    # coverage", "See what you missed below and follow the AP's latest coverage ...")
    r"^\W*(?:the|this) (?:headline|post|story|article|page)(?: (?:of|on) this (?:post|story|article|page))? "
    r"(?:has been|was) (?:updated|corrected|amended|changed)|"
    r"\b(?:paused|ended|resumed|concluded) (?:our|today['\u2019]s|this|the) live (?:coverage|updates)\b|"
    r"^\W*see what you (?:missed|need)\b|refresh (?:the|this) page\b|"
    r"\bbrings? (?:our|this|today['\u2019]s) (?:live )?(?:coverage|blog|updates)\b.{0,80}?\bto an end\b|"
    r"^\W*that['\u2019]?s (?:all|it) (?:from (?:us|me)|for (?:today|tonight|now))\b|"
    r"\b(?:follow|read|see) (?:our|the [\w.'\u2019-]+|[\w.-]+['\u2019]s?) "
    r"(?:latest|live|full|continuing) (?:coverage|updates)\b|"
    r"copyright (?:[\w&.,'\u2019-]+ ){1,6}(?:limited|ltd|inc|llc|plc)\b|"
    # the outlet pointing the reader to more of its own ("For more on this story, see our report on page 4",
    # "See the full statement for details"), not news that opens on the words ("For more than a decade",
    # "See-through panels", "\"See you in court,\" he said")
    r"^[^\w\"'\u201c\u2018]*for (?:more|further|the latest|full) (?:news|coverage|information|details|stories|updates|"
    r"analysis|on|about)\b.{0,120}?(?:,\s*(?:please )?(?:see|visit|read|go to|click|tap|turn to|follow|listen to|"
    r"watch|head to)\b|\b(?:page|p\.) \d|\]\(|https?://|www\.|\bour (?:[\w'\u2019-]+ ){0,3}(?:report|coverage|"
    r"story|stories|page|site|website|section|live blog|explainer)\b)|"
    r"^[^\w\"'\u201c\u2018]*see\s.{0,160}?\bfor (?:(?:more|further|full|additional) )?(?:details|information|"
    r"background)\b|^[^\w\"'\u201c\u2018]*see\s.{0,160}?\bfor more\W*$|"
    r"^[^\w\"'\u201c\u2018]*see (?:\[|(?:(?:the )?page|p\.|pp\.) ?\d)|"
    # the outlet pointing to its own pages ("... each week in our Your Money section")
    r"\bin our (?:[\w'\u2019&-]+ ){0,3}(?:section|column|podcast|series|newsletter|app)\b|"
    r"appeared first on|may not be (?:published|reproduced)|licensing rights|opens (?:in )?(?:a )?new (?:tab|window)|"
    r"^\W*contact us\b|contact us (?:at|on|via|by)\b|news tip|thank(?:s| you) for reading|bringing you|independent global news organi[sz]ation|"
    r"enable javascript|javascript is (?:disabled|required)|browser does(?: not|n't) support|"
    r"[\w.+-]+@[\w-]+\.[a-z]{2,}",  # an e-mail address: a contact line
)
ANNOUNCES = re.compile(
    r"^(?![^:]*:\s*\w)here(?:'s|\u2019s| is| are)\b.{0,60}?\b(?:takeaways|what (?:we|you) (?:know|need to know)|what to know|"
    r"things to know|key points|what happened)\b")
"""The article announcing itself: "Here are the key takeaways from ...", "Here's what we know" (not when the
fact follows a colon: "Here is what happened: the ship lost power ..."). Boilerplate in the body; an
explainer's headline may read so ("Here's what you need to know about the summit")."""
SUBJECT_WORDS = 2
"""Content words a headline announcing its article goes on with to name what it is about."""
NEWSROOM = re.compile(
    r"\b(?:reached out to|contacted|approached)\b.{0,80}?\bfor (?:a )?comment\b|\brequests? for comment\b|"
    r"\b(?:did not|didn't|has not|hasn't|have not|haven't)(?: immediately)? (?:respond|reply|return)(?:ed)? to "
    r"(?:\w+ ){0,2}(?:requests?|e-?mails?|calls?|messages?|inquiries|inquiry|queries)\b")
"""The newsroom's own asking (matched against the lower-cased text): "The Daily has reached out to the firm for
comment but did not get a response by its deadline", "Acme did not immediately respond to a request for
comment". A note on the reporting, not a fact of the story; "declined to comment" is the party's reaction."""
NEWSROOM_WORDS = 45
"""Words under which a sentence holding the newsroom's asking is no more than that note."""
TO_THE_READER = re.compile(
    r"""(?:get|watch|download|visit|read|click|tap|subscribe|sign up|listen|e-?mail|share|check|find out|"""
    r"""save|add|upgrade|follow|become|consider|"""
    r"""learn more|stay (?:tuned|informed|up to date)|don't miss|want more)(?![\w-])"""
    r"""(?=.*(?:\b(?:our|(?-i:us)|you|your)\b|latest (?:news|updates|headlines)\b|\b(?:video|article|story|link|blog|page) (?:above|below)\b|\bhere[.:!]?$"""
    r"""|\bthe (?:full |whole |complete |original |entire )?(?:article|story|piece|post)(?:\s+(?:for|here|in full|on|at)\b|\W*$)))""",
    re.IGNORECASE)
"""A line that opens by telling the reader what to do next and points to the outlet or the page ("Get
the latest news delivered to your inbox", "Watch the video above", "Visit our live blog", "Read the article
for a more detailed version", "Check your airline's app before setting off"): news sentences report what
someone did, they do not address the reader."""


_CAPS_BRACKET = (r"\[(?!(?:UPDATED?|VIDEO|LIVE|AUDIO|PHOTOS?|WATCH|LISTEN|READ MORE)\b)(?=[^\]]*[A-Z])"
                 r"[A-Z0-9][A-Z0-9 .&/'-]{1,40}\]")
"""A credit in square brackets and capitals, as some papers close a caption ("... late Tuesday. [NEWS1]", "...
aired by broadcaster MBC. [SCREEN CAPTURE]", "[YONHAP]"); not a label ("[UPDATED]", "[VIDEO]") nor a number."""
_CAPS_CREDIT = re.compile(_CAPS_BRACKET)
CREDIT_TAIL = re.compile(r"\(([^()]{2,80})\)(?:\s*\([^()]{2,80}\))*(?:\s*/\s*[^()/]{2,40})?\s*$"
                         rf"|(?:^|\s)[-\u2013\u2014]+\s*(?i:{WIRE_NAMES})\s*$"
                         r"|\s(?:REUTERS|AFP|AP|EPA|XINHUA)/[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*$"
                         r"|(?<=[.!?])\s+(?i:photo|image|picture|credit)s?\s*:\s*[^.!?:]{2,60}$"
                         rf"|(?:(?<=[.!?\"\u201d])\s*|^){_CAPS_BRACKET}\s*$")
"""A credit in brackets closing a segment: "(AP Photo/Jane Doe)", "... Putin. (Photo: AP)", "(ANI Photo)(ANI)",
"(centre) (AP)", perhaps with the photographer's name after a slash ("(Photo by JANE DOE/AFP via Getty
Images) / JANE DOE"); an agency's name after a dash ("... after the quake. \u2014 AFP"); or an agency's
photographer in its own style ("... watch the final - Madrid, Spain REUTERS/Jane Doe"); or a labelled credit
after the caption's last sentence ("... the closest to the epicentre. Photo: Jane Doe / The National", "...
in Athens. Credit: Press Office of the Greek PM"); or one in square brackets and capitals (:data:`_CAPS_BRACKET`)."""
_CREDIT_LINE = re.compile(r"[^()]{0,80}/[^()]{0,80}|[^():]{0,60}(?i:getty images|shutterstock)")
"""A credit standing alone: "Jane Doe/AP Photo", "AFP via Getty Images"."""
_CREDIT_LABEL = re.compile(r"(?i:photo|image|picture|credit)s?\s*:\s*"
                           r"((?:[A-Z][\w.'-]*|via|and|for)(?:\s+(?:[A-Z][\w.'-]*|via|and|for|of|the)){0,6})")
"""A labelled credit: "Photo: Reuters", "Credit: Jane Doe for The Times", "Photo: Press Office of the Greek
PM"; its words are names, so a heading such as "Photos: scenes from the capital" is not one."""
_CREDIT_SOURCE = re.compile(r"(?i:source)\s*:[^:/]{2,50}/[^:/]{2,50}")
"""A picture's source with its photographer: "Source: Jane Doe/Daily News"."""
_CREDIT_WORD = re.compile(r"\b(?:(?i:photos?|photograph|images?|pictures?|getty|shutterstock|file|credit|afp|reuters|"
                          r"xinhua|bloomberg|upi|yonhap|kcna|tass|sputnik|anadolu)|AP|AAP|EPA|PA|ANI|PTI|IANS)\b")
"""A word a photo credit names: a picture agency, or the word photo or image."""
_NAME_SLASH = r"[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2}\s*/\s*"
"""A photographer's name of two or three words, then the slash before whom they shoot for."""
_PHOTOGRAPHER = re.compile(rf"\(\s*{_NAME_SLASH}[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){{0,6}}\s*\)")
"""A photographer's name and whom they shoot for, in brackets: "(Jane Doe/Allied Joint Force Command)"."""
_STAFF_CREDIT = re.compile(rf"{_NAME_SLASH}"
                           r"(?P<paper>(?:The\s+)?[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,4})")
"""A staff photographer's name and the paper's, alone on a line: "Ichiro Ohara / The Yomiuri Shimbun" (the
paper named as one: :data:`~generator.byline.PAPER_WORDS`)."""
_PICTURE = re.compile(r"(?i:photo|image|picture)s?\b")
"""A credit that says it is one for a picture ("Photo: ...")."""
_COURTESY = re.compile(rf"(?i:{_SCREENSHOT}\b[^.!?]{{0,40}}?\b(?:courtesy(?:\s+of)?|via|from)|"
                       r"(?:(?:photo|image|picture|video|footage)s?\b[^.!?]{0,40}?\b)?courtesy(?:\s+of)?)"
                       r"\s+[^.!?]{2,60}\.?")
"""A credit naming where a picture comes from: "Screenshot via video courtesy The White House.", "Photo
courtesy of the family", "Courtesy the White House.", "Screen grab from state TV"."""
_CREDIT_DOTS = re.compile(r"(?i:credit)(?:\.{2,}|\u2026)\s*\S.{0,80}")
"""A credit set off by dots: "Credit...Pool photo by Jane Doe"."""
CAPTION_SENTENCES = 2
"""Sentences a caption closed by its credit may run to; in a longer paragraph only the last before the
credit is the caption."""


def is_credit(text: str) -> bool:
    """Whether ``text`` is a photo credit, or a caption closed by one, rather than a sentence: it ends
    without sentence punctuation on a credit in brackets, or is a short credit line, naming a picture
    agency or the word photo (:data:`_CREDIT_WORD`), or a photographer (:data:`_PHOTOGRAPHER`). Markdown
    emphasis closing it is left aside ("*Flooded fields. (PTI Photo)*")."""
    text = text.rstrip("*_ ")
    short = count_words(text, 13) <= 12
    if short and _PICTURE.match(text) and _credit_line(text.removesuffix(".")):
        return True  # "Photo: JANE DOE/AFP.", with its full stop or without (not "\u00a9 2024 Thomson/Reuters.")
    if short and _COURTESY.fullmatch(text):
        return True  # "Screenshot via video courtesy The White House.", full stop and all
    if short and (staff := _STAFF_CREDIT.fullmatch(text)) and not PAPER_WORDS.isdisjoint(
            staff.group("paper").lower().split()):
        return True  # "Ichiro Ohara / The Yomiuri Shimbun"
    if ends_sentence(text.rstrip(")")):
        return False
    tail = CREDIT_TAIL.search(text)
    if tail:
        credit = tail.group(0).strip()
        return bool(_CREDIT_WORD.search(credit) or _PHOTOGRAPHER.fullmatch(credit)
                    or _CAPS_CREDIT.fullmatch(credit))
    return short and _credit_line(text)


def names_picture(text: str) -> bool:
    """Whether a credit says it is one for a picture ("(EPA PHOTO)", "Photo: ..."): never a wire story's
    sign-off."""
    return _PICTURE.search(text) is not None


def _credit_line(text: str) -> bool:
    """Whether ``text`` is a short credit standing alone ("Jane Doe/AP Photo", "Photo: Reuters")."""
    return bool(_CREDIT_SOURCE.fullmatch(text) or _CREDIT_LABEL.fullmatch(text) or _CREDIT_DOTS.fullmatch(text)
                or (_CREDIT_LINE.fullmatch(text) and _CREDIT_WORD.search(text)))


def boilerplate(text: str, headline: bool = False) -> bool:
    """Whether ``text`` (under 30 words) is a prompt or a note on the page or the article ("Related News",
    "Join our WhatsApp group", "This post will be updated as new information is available."), a line of
    links (:data:`LINKS`, of any length), an embedded post (:data:`EMBEDDED_POST`, of any length), or the
    newsroom's asking for comment (:data:`NEWSROOM`, under NEWSROOM_WORDS). Read as a ``headline``, a line
    announcing its article (:data:`ANNOUNCES`) and naming what about (SUBJECT_WORDS
    more content words: "... about the summit between Putin and Kim", not "Here's what we know at this
    hour", nor a list's opening "Here are the key points:") is none."""
    if LINKS.match(text):
        return True
    lowered = text.lower()
    if EMBEDDED_POST.search(lowered):
        return True
    if NEWSROOM.search(lowered):
        return count_words(text, NEWSROOM_WORDS) < NEWSROOM_WORDS
    if BOILERPLATE.search(lowered) is None:
        announced = ANNOUNCES.search(lowered)
        if announced is None or (headline and len(content_stems(text[announced.end():])) >= SUBJECT_WORDS
                                 and not text.rstrip().endswith(":")):
            return False
    return count_words(text, 30) < 30


EMBEDDED_POST = re.compile(rf"\bpic\.twitter\.com/\w|^\W*[-\u2013\u2014]\s*[^()\n]{{1,60}}\(@\w{{1,30}}\)\s+"
                           rf"(?:{'|'.join(MONTHS)})\s+\d{{1,2}},\s+\d{{4}}\W*$")
"""A social-media post as an embed leaves it in the page's text: its picture link ("... #Jakarta
pic.twitter.com/4hXw1iCWOq") or its sign-off alone after a dash ("\u2014 Wonderful Indonesia (@wonderfulid)
September 1, 2024"; not a sentence naming an account and a day).
Its words are the poster's, hashtags and all, not the article's; matched against the lower-cased text."""


def credit_or_prompt(text: str) -> bool:
    """Whether ``text`` (under 20 words) is a byline, a time stamp or label, or a word to the reader."""
    return (BYLINE.match(text) is not None or TO_THE_READER.match(text) is not None) and count_words(text, 20) < 20


def furniture(line: str, headline: bool = False) -> bool:
    """Whether a line is page furniture rather than news or a headline: see the two above, a photo's
    credit or a caption closed by one (:func:`caption`), and a line that only credits an agency
    (:func:`~generator.byline.credit_line`: "\u2014 AFP", "Source: Reuters"), the first read as a
    ``headline`` if so asked."""
    return boilerplate(line, headline) or credit_or_prompt(line) or caption(line) or credit_line(line)


def caption(line: str) -> bool:
    """Whether a line is a photo's credit, or a caption closed by one (:func:`is_credit`) of no more than
    CAPTION_SENTENCES before it: a paragraph of the story run together with a caption is news."""
    if not is_credit(line):
        return False
    tail = CREDIT_TAIL.search(line.rstrip("*_ "))
    return tail is None or len(split_sentences(line, 0, tail.start())) <= CAPTION_SENTENCES
