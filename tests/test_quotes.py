"""Quotes, their kind and their speaker: a table of real news text, each row verbatim from the seeds or the framing set,
then rows of news sentences written for the speaker rules (invented names).

Sources: seeds/ (the five Israel–Morocco articles) and bench/framing/texts/ (21 public news texts, see its README).
Each row is a paragraph (or more, apart by blank lines) and, for every quote in it in order, (kind, speaker, verb).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from framediff.article import Article, RawArticle
from framediff.frame import find_quotes
from framediff.reading.articles import prepare_article


def article(text: str) -> Article:
    return replace(prepare_article(RawArticle(source="x.txt", text=text, format="text", encoding="utf-8", label="x")), id="x")


CASES = [
    # An inverted attribution whose role says whose it is, in names and numbers; the parser made the speaker the object
    # of "asked"; the quote after it goes on in the same voice (a trial's).
    ("\"Painful for whom?\" asked Teamsters Local 710 president Rick Dunleavy. \"Not for the people in the corner office.\"",
     [("speech", "Rick Dunleavy", "asked"), ("speech", "Rick Dunleavy", "asked")]),
    # The appositive the parser hangs on the person spoken for names the spokesman (BASIL dev).
    ("A spokesman for Mr. Hunter, Michael Harrison, said Tuesday that the congressman “believes this action is purely "
     "politically motivated,” and referred a reporter to a letter that Mr. Hunter’s lawyer, Gregory A. Vega, sent this "
     "month to Rod J. Rosenstein, the deputy attorney general.",
     [("speech", "Michael Harrison", "said")]),
    # Two subjects are the parser's error: the nearer the verb is the writer, not the chairman written to (a trial's).
    ("In a letter to the committee chairman, Rep. Daniel Voss, her attorney Peter Kline wrote that Ms. Ellison \"will "
     "respectfully decline to answer questions\" on the advice of counsel.",
     [("speech", "Peter Kline", "wrote")]),
    # A partial quote inside reported speech is a quotation, and the subject of "told" speaks it (seeds/002).
    ("Departing for Rabat on Tuesday, Gantz told reporters he was embarking on \"the first formal visit\" by an Israeli defense "
     "minister to Morocco – implicit acknowledgement of discreet relations dating back decades.",
     [("speech", "Gantz", "told")]),
    # "according to" names the speaker; the title goes (seeds/003).
    ("According to Mr. Gantz, it concerns “the regulation of cooperation in matters of intelligence, the sale of security "
     "materials, joint training and the strengthening of close ties between the defense industries” of the two countries.",
     [("speech", "Gantz", "according to")]),
    # A name in quotation marks is a title, nobody's statement (seeds/003).
    ("This new historic phase in the rapprochement between Tel Aviv and Rabat is in line with the “Abraham Agreements”, "
     "negotiated with the help of former US President Donald Trump.",
     [("title", None, None)]),
    # The aside names the speaker; whoever is told (Israel's Kan broadcaster) does not speak; the next paragraph, a quote
    # alone, goes on in the same voice (seeds/004).
    ("“This is a deal that will enable us to help them with what they need from us, of course subject to our interests in "
     "the region,” the aide, Zohar Palti, told Israel’s Kan broadcaster.\n\n“Morocco has for years been battling terror on "
     "several fronts, and is a country that is struggling against al Qaeda and global jihadi groups.”",
     [("speech", "Zohar Palti", "told"), ("speech", "Zohar Palti", "told")]),
    # A quote of two sentences, attributed after it closes, with the closing mark glued to the verb (seeds/003).
    ("“I thank King Mohammed VI and the Minister of Defense for their work in developing relations between the two countries. "
     "We have taken a historic step today, ”Minister Gantz said on Twitter.",
     [("speech", "Gantz", "said")]),
    # "?"/"!" quote and its attribution in one sentence; a platform is never the speaker (bench/framing 12).
    ("“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day.",
     [("speech", "Trump", "tweeted")]),
    # A role speaks when no one is named (bench/framing 16).
    ("\"We got her, we got her!\" officers announced on their radios.", [("speech", "officers", "announced")]),
    # "describe ... as" governs a two-word quote: the chief minister's words, not a scare quote (bench/framing 04).
    ("Delhi’s Chief Minister Arvind Kejriwal turned to Twitter last month to describe his city as a “gas chamber.”",
     [("speech", "Arvind Kejriwal", "describe")]),
    # One word in quotation marks that nobody is said to say is a scare quote, with no speaker (bench/framing 04).
    ("Another cloud of choking smoke and dust is set to descend upon the 20 million residents of Delhi this week, with "
     "forecasters warning that air pollution is likely to reach “severe” or “emergency” levels on Wednesday.",
     [("scare", None, None), ("scare", None, None)]),
    # Titles of films among names (bench/framing 06).
    ("Disney’s $6.99-a-month service is stocked with movies and TV shows from Pixar Animation, “Star Wars,” Marvel Studios and "
     "classic Disney fare, including “Mary Poppins” and “Bambi.”",
     [("title", None, None), ("title", None, None), ("scare", None, None)]),
    # The subject speaks, never the correspondent told; titles and the long aside go (bench/framing 10).
    ("Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation against Islamic State in Iraq and "
     "Syria, told VOA Pentagon correspondent Carla Babb on Nov. that the Russian and Syrian defense ministry’s claim “is "
     "patently false,” and that “the United States is not preventing people from leaving Rukban.”",
     [("speech", "Sean Robertson", "told"), ("speech", "Sean Robertson", "told")]),
    # "He said" is the last person the text made the subject; two quotes of one sentence are both his (seeds/002).
    ("Zohar Palti, head of the Defense Ministry's Political-Security Bureau, called the visit unprecedented and \"one of the peak "
     "[achievements] of the Abraham Accords.\" He said Morocco had \"over the years accepted Jews, protected them and maintained "
     "their tradition,\" and noted that Rabat \"has been fighting terror on a number of fronts over the years.\"",
     [("speech", "Zohar Palti", "called"), ("speech", "Zohar Palti", "said"), ("speech", "Zohar Palti", "noted")]),
    # A quote that is a whole sentence is said, however short (bench/framing 14).
    ("“That’s perfect,” Boudreau said. “It’s the mark of a true competitor doing things for the team.”",
     [("speech", "Boudreau", "said"), ("speech", "Boudreau", "said")]),
]

# Speakers in news sentences written for these tests in the way news is written (names invented), one row per rule of
# issue 28's speaker: the subject of the speech verb, never a law or the person told, titles stripped, "he" and "she"
# for the person the text last made the subject, a role for the one person the text gives it.
CASES += [
    # an inverted attribution the tagger reads as an adjective ("added Marsh"): Marsh speaks
    ("“Show up on time and bring your own gloves. And never leave a tool in the yard,” added Marsh, who runs the program for the county.",
     [("speech", "Marsh", "added")]),
    # a role set beside a name, then a relative clause of speech: the person, not the role
    ("Enter Ms. Ortega — a former city council aide who describes herself on Instagram as “a proud daughter of the Bronx and all its bodegas” — whose posts had a sharper edge.",
     [("speech", "Ortega", "describes")]),
    # "She said Ortiz would …" goes on about whoever "she" is: the later "she said" is Hale, not Ortiz
    ("Ms. Hale says that if elected she would sit on the budget committee. She said Ms. Ortiz, though, would likely chair that committee if her party wins the council.\n\n“You can have someone who has fought for this district for twenty years, or you can have someone who never lived here,” she said.",
     [("speech", "Hale", "said")]),
    # a document stands for its author: "He" is Keller, whose letter the text made the subject, not Brandt
    ("It was the first resignation of a sitting director since 1990, when Mr. Brandt quit over a budget dispute.\n\nMr. Keller’s letter did not single out any decision.\n\nHe said the agency had failed at “the most basic duty it has to the people it serves.”",
     [("speech", "Keller", "said")]),
    # a colon after "was quick to retort", where the parser makes the quote the main clause
    ("Ryan said the plan would cut the deficit. Harmon was quick to retort: “With all due respect, that's just a bunch of nonsense.”", [("speech", "Harmon", None)]),
    # a paragraph ending in a colon introduces the quote that opens the next
    ("Mayor Ellen Park responded to the allegations in a statement on Friday afternoon:\n\n“I have no idea whether the report is true or not, but I had nothing to do with it.”",
     [("speech", "Ellen Park", "responded")]),
    # a subject that counts one of a group names no one: the name before the verb does, not the chairman quoted before
    # (a ninth trial's governor probe)
    ("The board's chairman, Harold Voss, said the panel had \"found sufficient cause to proceed.\" One of the two members who "
     "voted against opening the inquiry, Angela Moreno, said the evidence \"shows a chaotic emergency response, not corruption.\"",
     [("speech", "Harold Voss", "said"), ("speech", "Angela Moreno", "said")]),
    # "with" a person and a participle: the person speaks, not the main verb's subject (a ninth trial's Fox); and not whoever
    # the main verb's "with" names before a comma (BASIL dev, Fox: Bloomberg's words, not Trump's)
    ('Democrats blasted the bill, with Sen. Priya Natarajan, D-Ore., claiming it "would let agents deport children without a hearing."',
     [("speech", "Priya Natarajan", "claiming")]),
    ("Bloomberg contrasted his business history with Trump's, saying \"I’ve built a business, and I didn’t start it with a "
     "million-dollar check from my father.\"", [("speech", "Bloomberg", "saying")]),
    # a participle after a reported clause and its comma goes with the one who reports, not the reported clause's subject
    # (a twelfth trial's community paper: the union's word, not the officer's)
    ('The Millbrook police union denied that the officer did anything wrong, calling the shooting "justified."',
     [("speech", "the Millbrook police union", "calling")]),
    # a tabloid's verbs of speaking (a fifteenth trial's): "fumed", "raged" (the parser's lemma is "rag"), "sobbed"
    ('"Those men were sent into a death trap, and everybody up top knew it," fumed former miner Ray Dowell, 61.',
     [("speech", "Ray Dowell", "fumed")]),
    ('"This is a gut punch to every family in this town, and Harlow should be ashamed," raged Mayor Tom Rizzo.',
     [("speech", "Tom Rizzo", "raged")]),
    ('"I am sorry, and I will spend the rest of my life trying to make this right," Kessel sobbed.',
     [("speech", "Kessel", "sobbed")]),
    # a thirty-eighth trial's tabloid: "sniffed"
    ('"This is a correlation dressed up as a crisis," sniffed Castlebrook University statistician Alan Whitcombe.',
     [("speech", "Alan Whitcombe", "sniffed")]),
    # a fortieth trial's tabloid: "bragged that" before the quotation
    ('City Hall insists nobody\'s taxes are going up — yet. Mayor Linda Okafor bragged that "every dollar comes back to '
     'Riverton within fifteen years." Don\'t hold your breath.', [("speech", "Linda Okafor", "bragged")]),
    # a fortieth trial's wire: two people of one surname, each quote given to the one named in full just before it
    ('Marco Bundi, a spokesman for the railway, said the line had been inspected on Monday and no damage had been found. '
     '"We will investigate every minute of that inspection," Bundi said.\n\nClaudia Bundi, who runs a hotel in Bergün, '
     'said she took in about 60 passengers who had not been hurt. "They were soaked and in shock," she said.',
     [("speech", "Marco Bundi", "said"), ("speech", "Claudia Bundi", "said")]),
    # ... but not where the attribution gives an honorific the full names do not tell, nor a bragging about another's words
    # (a second reader's)
    ('Engineers were inspecting a bridge, according to Marco Bundi, a spokesman for the railway. Claudia Bundi, who runs the '
     'Hotel Kurhaus, took in 40 passengers.\n\n"We expect to reopen the line on Friday at the earliest," Mr. Bundi said.',
     [("speech", "Mr. Bundi", "said")]),
    # a forty-fourth trial's tabloid: a surname the small model reads as a place ("Helen Park", a FAC), beside another Park
    ('Helen Park, 61, who led the study, said: "We did not go looking for this."\n\nFuming Sen. Thomas Park slammed the '
     'greedy company, saying it "knew, or should have known, about these risks."',
     [("speech", "Helen Park", "said"), ("speech", "Thomas Park", "saying")]),
    # a CRN report (bench/framing, November 2019): a sentence's opening "Hosting Cook" is no person the later "Cook said"
    # could be
    ('Salesforce CEO Marc Benioff welcomed Apple CEO Tim Cook to the stage on Tuesday.\n\nHosting Cook at Dreamforce "is our '
     'dream," Benioff said.\n\n"I can feel him and his presence when I come here," Cook said.',
     [("speech", "Marc Benioff", "said"), ("speech", "Tim Cook", "said")]),
    # ... but not a surname the attribution gives bare, after the other's honorific, nor a title inside a name the small
    # model misreads (a second reader's)
    ('Barack and Michelle Obama joined hundreds of mourners in Chicago for the funeral.\n\nMrs Obama, dressed in black, sat '
     'in the front pew.\n\n"She was a giant of our party and a friend to my family," Obama said in his eulogy.',
     [("speech", "Obama", "said")]),
    ('Mayor Chokwe Antar Lumumba said crews had restored full pressure across the city overnight.\n\n"The water is safe to '
     'drink," Jackson Mayor Lumumba said.', [("speech", "Chokwe Antar Lumumba", "said")]),
    # a forty-fourth trial's regional paper: a couple, each quoted by a pronoun after an honorific, are two speakers
    ('Peter and Anne Holroyd, both 67, from Headingley, were among about 1,200 people evacuated from the town.\n\nMr Holroyd, '
     'a retired teacher, said the couple had been asleep when the water arrived.\n\n"Anne grabbed our passports and we went '
     'up to the third floor," he said.\n\nMrs Holroyd said the couple hoped to fly home from Genoa on Monday.\n\n"We were '
     'lucky," she said.', [("speech", "Mr Holroyd", "said"), ("speech", "Mrs Holroyd", "said")]),
    ('Mayor Linda Okafor bragged about an editorial in the Riverton Ledger that called the subsidy "the smartest investment '
     'this city has made in fifty years."', [("speech", None, None)]),
    # and the wire's councilwoman, named in full in the sentence before, where the article names a judge of her surname too
    ('Four council members voted against the plan, led by Councilwoman Grace Chen. "We are handing a billionaire a blank '
     'check and calling it economic development," said Councilwoman Chen.\n\nIn August, Superior Court Judge Martin Chen '
     'dismissed a lawsuit by opponents. "The council acted within its authority," Judge Chen wrote.',
     [("speech", "Grace Chen", "said"), ("speech", "Martin Chen", "wrote")]),
    # ... but what is snorted or sniffed is taken, not said, where the quotation is its object (a second reader's)
    ('Prosecutor Lisa Moreno said Dale Kessler snorted "at least two lines of cocaine in the hour before he got behind the '
     'wheel".', [("speech", "Lisa Moreno", "said")]),
    # a name the small model cuts at its particle, its last word read as a place (a twenty-third trial's, and its shorter form)
    ('"This is a day of European solidarity," Commission President Ursula von der Leyen told reporters as she left the summit '
     'building.', [("speech", "Ursula von der Leyen", "told")]),
    ('"This is a day of European solidarity," Ursula von der Leyen said.', [("speech", "Ursula von der Leyen", "said")]),
    # and her surname later, particles and all, is the one full name the article gives (a second reader's: not "Leyen")
    ('"We are in an era of rearmament," Commission President Ursula von der Leyen told reporters in Brussels. "Europe is ready '
     'to massively boost its defence spending," von der Leyen said.',
     [("speech", "Ursula von der Leyen", "told"), ("speech", "Ursula von der Leyen", "said")]),
    # a twenty-fourth trial's: the small model reads "Okafor told Reed" whole as a work; the article names her in full
    ('Judge Patricia Okafor called the killing of Darnell Hayes senseless. "You took a young man\'s life over nothing," Okafor '
     'told Reed before announcing the sentence.', [("speech", "Patricia Okafor", "told")]),
    # a twenty-second trial's: a partisan site's "gloated"
    ('Open-borders activists celebrated. Nadia Farouk, a lawyer for the left-wing American Immigrant Rights Project, gloated '
     'that states "cannot write their own immigration codes."', [("speech", "Nadia Farouk", "gloated")]),
    # a chant is no verb of speaking: its participle hangs on the one heckled (a second reader's), and a song is sung
    ('As she left, Noem was confronted by protesters chanting "ICE out of Chicago!"', [("speech", None, None)]),
    ('Students chanted the school fight song, "On, Wisconsin," as the team took the field.', [("scare", None, None)]),
    # what a statement says, in the verb's own "in a statement", is reported even in two words (the parser hangs the clause
    # on "statement"); not what a letter the subject sent says (BASIL dev, NYT: "sent her a letter citing ...")
    ('Ridgeline said in a statement that it was "cooperating fully" with federal inspectors.',
     [("speech", "Ridgeline", "said")]),
    # a surname with small words in it, which the parser reads apart ("den" as a verb): the whole name (a sixteenth trial's)
    ('Mayor Bas van den Tillaar of Vlissingen called it "a frightening morning for our town".',
     [("speech", "Bas van den Tillaar", "called")]),
    # an inverted attribution whose name the parser hangs on a relative clause after it: the name after the verb speaks
    ('"My son told me the first thing he wanted was a cheeseburger," said Donna Pratt, whose son Caleb, 24, was among the '
     "last brought up.", [("speech", "Donna Pratt", "said")]),
    # but not a name whose person owns the speaker (a second reader's)
    ('"My son told me he was hungry," said Donna Pratt\'s husband, whose son Caleb, 24, was among the last brought up.',
     [("speech", None, None)]),
    # what something is called, as a habit, is a term, nobody's words; what someone called it is theirs (BASIL dev, NYT)
    ('The bill would end the practice of releasing migrants with a court date years away, a policy critics call "catch and release."',
     [("scare", None, None)]),
    ("Todd Akin, running as the Republican nominee for Senate in Missouri, defended what he called “legitimate rape,” a remark "
     "that was overwhelmingly offensive to women.", [("speech", "Todd Akin", "called")]),
    # a place named after a titled person is no person (a second reader's case)
    ('"We are ready for the storm," the Queen Elizabeth Hospital said.', [("speech", None, None)]),
    # what he calls something is his word (a second reader's case)
    ('The governor attacked what he calls "a witch hunt."', [("speech", "the governor", "calls")]),
    # a place before the title, which the small model reads with the name as a work's title (an eighth trial's flood)
    ('"The water came faster than anyone predicted," Kessling Mayor Ruth Abernathy told reporters.', [("speech", "Ruth Abernathy", "told")]),
    # a role in lower case after a company the small model reads as a work (a twenty-ninth trial's, fictional)
    ('"The safety of our customers is our highest priority, and we are acting quickly to fix these vehicles," Norvale spokesperson '
     'Anika Shah said.', [("speech", "Anika Shah", "said")]),
    # a company the small model reads as a work's title (a twenty-fifth trial's derailment)
    ('"We are deeply sorry for the disruption this has caused, and we are committed to making the Westbrook community whole," '
     'Great Lakes Southern said in a statement, which did not address what caused the crash.',
     [("speech", "Great Lakes Southern", "said")]),
    # a title without quotation marks speaks through no document of its own (a second reader's)
    ('"The bank knew exactly what it was doing," Dirty Money says in its final episode.', [("speech", None, None)]),
    # an exclamation and its attribution, parsed as two sentences side by side
    ("“Stop lying!” Mr. Ruiz wrote.", [("speech", "Ruiz", "wrote")]),
    # a quote left open at a paragraph's end goes on in the next, which only closes it
    ('"I am pleased to announce that Dana Ruiz will lead the department," Holt wrote on Twitter.\n\n"Dana has a long record of service in this state.\n\nShe will be great!"',
     [("speech", "Holt", "wrote"), ("speech", "Holt", "wrote"), ("speech", "Holt", "wrote")]),
    # a closing mark after a comma never opens a quote
    ('"Mr. Ortega, who I do not know, was appointed in 2015.\n\nHe was supposed to leave in February but he just resigned," Mayor Holt tweeted.',
     [("speech", "Holt", "tweeted"), ("speech", "Holt", "tweeted")]),
    # a law or code says things but is nobody's speaker
    ("The state’s Code of Ethics says that an official “shall not accept any gift of value from a registered lobbyist.”", [("speech", None, None)]),
    ("The 14th Amendment states that “all persons born or naturalized in the United States are citizens of the United States.”", [("speech", None, None)]),
    # a role the text gives one person by an appositive
    ("Jorge Rivas, a Mexican-born journalist, was removed from the news conference last year.\n\n“He tried to silence me,” the journalist told a local station.",
     [("speech", "Jorge Rivas", "told")]),
    # a whole modifier of a role, and no name the text gives it
    ("“He tried to silence me,” the Mexican-born journalist told a local station.", [("speech", "the Mexican-born journalist", "told")]),
    # a person by party is a person, not the party
    ("“There is a whole lot of anger,” said one Democrat who opposed her, who requested anonymity in order to speak freely.",
     [("speech", "one Democrat", "said")]),
    # a lawsuit that speaks is not the words of whoever commented on it
    ("Colorado’s attorney general, Dana Ruiz, said in a statement that the lawsuit was “without merit.”\n\n“The federal drug laws do not permit a patchwork of state policies,” the lawsuit says.",
     [("speech", "Dana Ruiz", "said"), ("speech", None, None)]),
    # a quote inside a sentence of the outlet's own borrows no speaker from the sentence beside it
    ("Ms. Keane had argued that a small presence should remain in the region. Troops were withdrawn despite the concern of many legislators that “leaving would strengthen the hand of our rivals.”",
     [("speech", None, None)]),
    # a conjunction that opens a sentence is no first name
    ("While Ortega was in Mexico City, he spoke at length.\n\n“I invited him to come and apologize,” Ortega said.",
     [("speech", "Ortega", "said")]),
    # a middle name is not the start of the name: "Ruth Bader Ginsburg", not "Bader Ginsburg"
    ("Justice Ruth Bader Ginsburg spoke to reporters on Sunday.\n\n“I can’t imagine what the country would be,” Ginsburg told the paper.",
     [("speech", "Ruth Bader Ginsburg", "told")]),
    # "the attorney general" is the one person the article gives that office
    ("Attorney General Eric Walsh visited the school on Wednesday.\n\n“We will not rest until this case is solved,” the attorney general said.",
     [("speech", "Eric Walsh", "said")]),
    # "he" for a role the text never names is that role
    ("Pointing to his years as a recovering gambler, the radio host urged the party to begin a program of recovery.\n\n“Hello, my name is the Republican Party, and I have a problem,” he declared.",
     [("speech", "the radio host", "declared")]),
    # a show's name in a name's place is a title, though its first word is a verb
    ("A more relaxed Tom Harkin doubled down on several remarks in an interview Sunday on NBC’s “Meet the Press,” where he defended his recent claims.",
     [("title", None, None)]),
    # a newspaper that reports speaks
    ("But the Times reported that “an examination of his remarks shows that he does not volunteer the fact.”",
     [("speech", "the Times", "reported")]),
    # a word inside the quote that the parser makes the verb's subject is not the speaker; the name outside is
    ('"His conduct should deeply concern every American," House Oversight Chairman Mark Dalton, R-N.C., said in a statement to reporters.',
     [("speech", "Mark Dalton", "said")]),
    # a party tag beside an office is no name
    ('"The law protects every house of worship," reads a statement from Senate Majority Leader Tom Keller\'s office (D-Nev.).',
     [("speech", "Senate Majority Leader Tom Keller's office", "reads")]),
    # a surname two people share ("Lily and Rose Harmon") is neither of them when it stands alone: with its honorific it
    # is the one the attribution names
    ("A staffer's post criticized Lily and Rose Harmon, the mayor's daughters.\n\n“You want to cut the ribbon?” Mr. Harmon asked his daughters.",
     [("speech", "Mr. Harmon", "asked")]),
    # "the lawmaker" is the one member of Congress the article names
    ("Three days after a video surfaced showing Ohio Rep. Dan Corwin in a shoving match with a student, the lawmaker said he is “profoundly” sorry for the scuffle.",
     [("speech", "Dan Corwin", "said")]),
    # a role given by a possessive appositive ("Aitan Goelman, Strzok's attorney") is that person
    ("“This decision should trouble every citizen,” said Lena Haas, Keller’s attorney, on Monday.\n\nKeller’s attorney also said the bureau had “reversed the decision of the career official who reviewed the case.”",
     [("speech", "Lena Haas", "said"), ("speech", "Lena Haas", "said")]),
    # a user's trial: a title before the full name hid it ("Prefect Claire Dubois"), so the surname alone after the quote
    # named nobody; and the inverted subject after a role the parser takes for a verb ("said engineer Paul Roche")
    ("Prefect Claire Dubois said rescue divers had pulled 31 people out of the water.\n\n\"We are still searching for two "
     "people who may be missing,\" Dubois told reporters at the scene.",
     [("speech", "Dubois", "told")]),
    ("\"The structure was old,\" said engineer Paul Roche.", [("speech", "Paul Roche", "said")]),
    ("\"The structure was old,\" said the lawyer for Paul Roche.", [("speech", "the lawyer", "said")]),  # not Paul Roche
    # a hyphenated surname keeps its hyphen, and merges with the full name the article gives (BASIL dev, the Times, as a
    # user's trial found it: "Campa Najjar")
    ("Ammar Campa-Najjar, a Democrat, is running against Mr. Hunter.\n\n“The division, chaos and corruption in Washington has "
     "gone too far,” Mr. Campa-Najjar said in a statement.", [("speech", "Ammar Campa-Najjar", "said")]),
    # "he" after a fan the paragraph does not name is that fan, not the speaker a quotation before named (a nineteenth
    # trial's tabloid, tests/data/stadium-crush)
    ("\"I couldn't breathe, people were falling on top of each other,\" said Jamie Porter, 23, a Rovers fan from Eastfield.\n\n"
     "Another fan, who asked not to be named, told the Clarion that stewards had been nowhere to be seen when the gate swung "
     "open. \"There was nobody in charge. Nobody,\" he said.", [("speech", "Jamie Porter", "said"), ("speech", "another fan", "said")]),
    # but a role that only did something is no speaker: the pronoun reads on back (a second reader's cases)
    ("“We heard screaming and ran towards the gate,” said Jamie Porter, a season-ticket holder for twenty years.\n\n"
     "The crush began when a supporter fell near the turnstiles.\n\n“I tried to pull him up, but people kept pushing from "
     "behind,” he said.", [("speech", "Jamie Porter", "said"), ("speech", "Jamie Porter", "said")]),
    # a role that did something else in the sentence before may or may not be the speaker: nobody is named
    ("Detective Inspector Mark Hale said officers were called at 7pm.\n\nThe victim was pronounced dead at the scene.\n\n"
     "“This was a tragedy that should never have happened,” he said.", [("speech", None, None)]),
    ("Detective Inspector Mark Hale said officers were called at 7pm.\n\nA neighbour heard shouting and ran outside.\n\n"
     "“I saw him lying in the road and I just started screaming,” he said.", [("speech", None, None)]),
    ("Margaret Hill was rescued from the upstairs bedroom of her home in Leeds.\n\nAs a firefighter carried her down the "
     "ladder, she said: “I thought I was going to die.”", [("speech", "Margaret Hill", "said")]),
    # "the guard said": a guard speaks as the role (a twenty-first trial's tabloid)
    ("A Fenmore guard, who asked not to be named, said the escape was \"a disaster waiting to happen.\"\n\n\"We've been "
     "begging for more staff for years,\" the guard said.", [("speech", "a Fenmore guard", "said"), ("speech", "the guard", "said")]),
    # a title with its portfolio runs on into the name (a thirty-first trial's wire; the second written for this test)
    ("\"This is not charity, it is a partnership between equals,\" EU Commissioner for International Partnerships Katarina "
     "Lindqvist told reporters after the closing session.", [("speech", "Katarina Lindqvist", "told")]),
    ("\"We are ready,\" Secretary of State for Health Maria Lopez told reporters.", [("speech", "Maria Lopez", "told")]),
    # a body that speaks as one (a thirty-third trial's newspaper)
    ("\"We are deeply sorry for the disruption this will cause our customers,\" the airline said in a statement, adding that "
     "all affected passengers had been offered a full refund.", [("speech", "the airline", "said")]),
    # a statement with no author speaks for who put it out in an earlier sentence without a quotation (a thirty-fourth
    # trial's sports desk); the lawsuit a person commented on stays nobody's (above)
    ("The Championship club confirmed the decision in a statement on Sunday morning, after the board held an emergency meeting "
     "on Saturday evening.\n\n\"The club would like to thank Neil for his hard work and commitment, and wishes him well for "
     "the future,\" the statement said.", [("speech", "the Championship club", "said")]),
    ("Senator Ruth Alder cited a report by the Government Accountability Office.\n\n\"Oversight was weak,\" the report said.",
     [("speech", None, None)]),
    # a second reader's: a nearer sentence that names another's statement, or whose statement it was, ends the search
    ("The Championship club confirmed the decision in a statement on Sunday morning.\n\nWarnock later thanked supporters in a "
     "statement of his own.\n\n\"I have loved every minute of my time here and I wish the club every success,\" the statement "
     "said.", [("speech", None, None)]),
    ("The Championship club confirmed the decision in a statement on Sunday morning.\n\nA statement from the league followed "
     "hours later.\n\n\"We wish both parties well,\" the statement said.", [("speech", None, None)]),
    # a second reader's: a name read whole stays whole, a portfolio's last word is no first name, and a staff member's
    # principal is not the speaker
    ("\"We are ready,\" Minister for Defence Ng Eng Hen told reporters.", [("speech", "Ng Eng Hen", "told")]),
    ("\"We are ready,\" Minister for Foreign Affairs José Manuel Albares told reporters.", [("speech", "José Manuel Albares", "told")]),
    ("\"We are ready,\" Minister for Foreign Affairs Sugiono told reporters.", [("speech", "Sugiono", "told")]),
    ("\"We are ready,\" Press Secretary for Governor Kathy Hochul said.", [("speech", "Press Secretary", "said")]),
    # a forty-sixth trial's broadsheet: the parse reads no subject in the sentence that names the first minister, and her
    # "She promised …" went to the returning officer named before her; it is nobody's the report names
    ("The result was declared shortly before 3am by Daniel Okafor, the chief returning officer, who said the count had been "
     "conducted \"calmly and without any irregularities\".\n\nSpeaking to supporters in Port Casimir, Marisol Cárdenas, the "
     "first minister, said: \"Tonight the people of Tarvos have chosen to write their own future.\" She promised to govern "
     "\"for those who voted No as much as for those who voted Yes\".",
     [("speech", "Daniel Okafor", "said"), ("speech", None, None), ("speech", None, None)]),
    # "continued to spend" goes on doing, not speaking: the treasurer's words are nobody's the sentence names (BASIL dev, Fox)
    ("Hunter allegedly was aware of what he and his wife were doing and continued to spend campaign funds on personal expenses "
     "despite multiple warnings from his campaign treasurer about “questionable purchases.”", [("scare", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_quotes_kinds_and_speakers(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    quotes = find_quotes(article(text))
    assert [(q.kind, q.speaker, q.verb) for q in quotes] == expected


@pytest.mark.parametrize(("text", "_"), CASES, ids=[c[0][:40] for c in CASES])
def test_quote_offsets_slice_the_article(text: str, _: object) -> None:
    a = article(text)
    for q in find_quotes(a):
        assert q.start is not None and q.end is not None
        assert " ".join(a.text[q.start : q.end].split()) == q.text


def test_a_surname_merges_with_the_full_name_given_elsewhere_in_the_story() -> None:
    # seeds/002: "Benny Gantz" early on, "Gantz said" later
    text = ("RABAT – Israeli Defense Minister Benny Gantz signed on Wednesday a defense memorandum with his Moroccan counterpart, "
            "Abdellatif Loudiyi, on the first day of his two-day visit to the North African kingdom meant to bolster defense ties "
            "between the two countries.\n\n"
            "The agreement, Gantz said, \"is a very significant thing that would let us exchange opinions, facilitate joint projects "
            "and enable Israeli exports.\"")
    assert [q.speaker for q in find_quotes(article(text))] == ["Benny Gantz"]


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        # one person, named in full in one event and by surname in another
        ({"Gantz": 2, "Benny Gantz": 1, "Zohar Palti": 4}, {"Benny Gantz": 3, "Zohar Palti": 4}),
        # two people share the surname: the surname alone stays as it was
        ({"Trump": 3, "Donald Trump": 2, "Melania Trump": 1}, {"Trump": 3, "Donald Trump": 2, "Melania Trump": 1}),
        # a role is never merged into a name
        ({"the official": 1, "Benny Gantz": 1}, {"the official": 1, "Benny Gantz": 1}),
        # one person with and without a middle initial, and by surname (a user's trial: Trump counted three times in a
        # batch summary of BASIL dev), but two people whose middles differ stay two
        ({"Donald J. Trump": 34, "Donald Trump": 28, "Trump": 24}, {"Donald J. Trump": 86}),
        ({"George W. Bush": 3, "George H.W. Bush": 2, "George Bush": 1}, {"George W. Bush": 3, "George H.W. Bush": 2, "George Bush": 1}),
    ],
)
def test_speakers_merge_across_a_batch_summary(counts: dict[str, int], expected: dict[str, int]) -> None:
    from collections import Counter

    from framediff.corpus.summary import merge_speakers

    assert dict(merge_speakers(Counter(counts))) == expected


@pytest.mark.parametrize(("written", "name"), [
    ("Rep. Darrell Issa, R-Calif.", "Darrell Issa"),
    # the entity the tagger gives "Chief Executive Dana Whitfield" when "Whitfield" is resolved to it (a trial's)
    ("Executive Dana Whitfield", "Dana Whitfield"),
    ("Assemblyman Dale Hughes", "Dale Hughes"),
    ("Commissioner Roger Goodell", "Roger Goodell"),
    # a fifty-eighth trial's "according to Special Agent in Charge Thomas Reyes": the tagger's person is "Charge Thomas Reyes"
    ("Charge Thomas Reyes", "Thomas Reyes"),
    ("Special Agent Dana Cole", "Dana Cole"),
    ("Special Envoy Richard Grenell", "Richard Grenell"),  # a second reader's; and "Special Olympics" is a body's name
    ("Special Olympics", "Special Olympics"),
])
def test_a_speakers_name_is_written_without_a_title(written: str, name: str) -> None:
    from framediff.frame.speech_words import clean_name

    assert clean_name(written) == name


@pytest.mark.parametrize("case, company", [("company-disney", "Disney"), ("company-ford", "Ford"), ("company-porsche", "Porsche"),
                                           ("company-tyson", "Tyson"), ("companyalone", "Perdue"),
                                           ("company-disney-quoted", "Disney")])
def test_a_companys_statement_stays_the_companys(case: str, company: str) -> None:
    # a second reader's wires (tests/data/not-quoted-apart, fictional): '…," Tyson said in a statement on Tuesday.' in an
    # article that names John Tyson too had been given to him ("who speaks: John Tyson"); so had Disney's, Ford's and
    # Porsche's, and Perdue's where the wire writes "Perdue will close its poultry processing plant"; and Disney's where
    # Abigail Disney, its critic, is quoted by name too
    from pathlib import Path

    text = (Path(__file__).resolve().parent / "data" / "not-quoted-apart" / case / "wire.txt").read_text(encoding="utf-8")
    speakers = [q.speaker for q in find_quotes(article(text)) if q.speaker and company in q.speaker]
    assert speakers[0] == company  # the company's statement comes first; Abigail Disney's own words follow it


def test_a_person_quoted_by_name_is_the_speaker_of_his_statement_too() -> None:
    # tests/data/mayor-library/q_stmt, a second reader's (fictional): '…," Okafor said in a statement.' beside '…," Okafor
    # told reporters.' is the mayor's; a first version kept it "Okafor" and listed the mayor as two speakers
    from pathlib import Path

    text = (Path(__file__).resolve().parent / "data" / "mayor-library" / "q_stmt" / "wire.txt").read_text(encoding="utf-8")
    assert [q.speaker for q in find_quotes(article(text))] == ["David Okafor", "David Okafor", "Ruth Adeyemi"]


@pytest.mark.parametrize("text, surname, first, body", [
    # second readers' (fictional): how an article writes a company of a family's name
    ("Perdue will close its poultry processing plant in Fruitland.", "Perdue", "Jim", True),
    ("Perdue will close\nits poultry processing plant in Salisbury.", "Perdue", "Jim", True),  # hard-wrapped
    ("Ford's shares fell 2 percent in morning trading.", "Ford", "Bill", True),
    ("Tyson's chief executive, Donnie King, said the plant had lost money.", "Tyson", "John", True),
    ("Perdue Farms will close its plant in Fruitland.", "Perdue", "Jim", True),
    # a person's: a headline run into the next line, "its" further on, a part of a person's, the person's full name
    ("Mayor Okafor proposes closing two libraries\n\nRiverton will close two of its branch libraries.", "Okafor", "David", False),
    ("Okafor said the city would keep its main library open.", "Okafor", "David", False),
    ("Okafor’s spokeswoman, Lena Marsh, said the vote was on May 5.", "Okafor", "David", False),
    ("Cheers broke out at Okafor's campaign headquarters on Fourth Street.", "Okafor", "David", False),
    ("Okafor's prize-winning tomato plants were stripped to the stems.", "Okafor", "Grace", False),
    ("Bill Ford, the executive chairman, told shareholders that quality was improving.", "Ford", "Bill", False),
])
def test_a_name_is_written_as_a_companys(text: str, surname: str, first: str, body: bool) -> None:
    from framediff.frame.people import written_as_body

    assert written_as_body(text, surname, first) is body
